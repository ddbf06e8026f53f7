import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import { changeActorOf, recordChange } from '../change/change-log';
import { mutationTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, notFound } from '../user-errors';
import { deleteCoderUnlessInUse, findCoderIdById } from './coder.repository';

/** Deletes a coder unless an open task (DRAFT, PENDING, IN_PROGRESS) uses it; answers the deleted id. */
export async function deleteCoder(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  const coder = await mutationTarget(actor, 'Mutation.coderDelete', 'coder', id);
  if (isFailure(coder)) return coder;
  return inTransaction(db, async (trx) => {
    const deleted = await deleteCoderUnlessInUse(trx, id);
    if (deleted) {
      recordChange(trx, {
        type: 'CODER_DELETED',
        objectId: deleted.id,
        projectId: coder.projectId,
        by: changeActorOf(actor),
        payload: { kind: coder.kind },
      });
      return ok(deleted.id);
    }
    return (await findCoderIdById(trx, id))
      ? failure('PRECONDITION_FAILED', 'An open task uses this coder: abort or finish it first', ['id'])
      : notFound('coder', ['id']);
  });
}
