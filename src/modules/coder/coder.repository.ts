import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { DB } from '../../db/types.generated';
import type { Source } from '../../graphql/types.generated';

/** The statuses of a task that still needs its coder. */
const OPEN_TASK_STATUSES = ['DRAFT', 'PENDING', 'IN_PROGRESS'] as const;

/** Deletes a coder unless an open task (DRAFT, PENDING, IN_PROGRESS) uses it: one statement decides. */
export function deleteCoderUnlessInUse(db: Database, id: string) {
  return db
    .deleteFrom('coder')
    .where('id', '=', id)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('task')
            .select('task.id')
            .where('task.coderId', '=', id)
            .where('task.status', 'in', OPEN_TASK_STATUSES),
        ),
      ),
    )
    .returning('id')
    .executeTakeFirst();
}

export function findCoderById(db: Database, id: string) {
  return db.selectFrom('coder').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCoderIdById(db: Database, id: string) {
  return db.selectFrom('coder').select('id').where('id', '=', id).executeTakeFirst();
}

/** A coder's learned model (JSON text), for a code task; undefined when there is no such coder. */
export function findCoderModelById(db: Database, id: string) {
  return db.selectFrom('coder').select('modelJson').where('id', '=', id).executeTakeFirst();
}

/** Adds a coder, e.g. the one a train task learned (written in the transaction that finishes the task). */
export async function insertCoder(db: Database, coder: Insertable<DB['coder']>): Promise<void> {
  await db.insertInto('coder').values(coder).execute();
}

/** A project's coder of an upstream by its external id (a connector's coders and models). */
export function findCoderByExternalId(db: Database, projectId: string, source: Source, externalId: string) {
  return db
    .selectFrom('coder')
    .select(['id', 'label'])
    .where('projectId', '=', projectId)
    .where('source', '=', source)
    .where('externalId', '=', externalId)
    .executeTakeFirst();
}

export async function updateCoderLabel(db: Database, id: string, label: string, now: string): Promise<void> {
  await db.updateTable('coder').set({ label, updatedAt: now }).where('id', '=', id).execute();
}
