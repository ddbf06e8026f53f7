import type { Database } from '../../db/database';
import { isOneOf } from '../../db/one-of';
import type { InsertableBatchRow, UpdateableBatchRow } from '../../db/rows';
import type { BatchKind, BatchStatus } from '../../graphql/types.generated';

export type BatchState = { id: string; name: string; externalId: string | null; status: BatchStatus; kind: BatchKind };

/**
 * Locks batches of a project for the rest of the transaction: a no-op write (the row lock on PostgreSQL, the write
 * lock on SQLite), so a batchCancel cannot slip between the check and the insert. By id, or by reference (a Scale
 * batch is named by its external id or its name).
 */
function lockingBatches(
  trx: Database,
  projectId: string,
  by: { ids: readonly string[] } | { refs: readonly string[] },
) {
  return trx
    .updateTable('batch')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('projectId', '=', projectId)
    .where((eb) =>
      'ids' in by
        ? isOneOf(trx, 'id', by.ids)
        : eb.or([isOneOf(trx, 'externalId', by.refs), isOneOf(trx, 'name', by.refs)]),
    );
}

/** Locks batches (see lockingBatches) and reads their state. */
export async function lockBatches(
  trx: Database,
  projectId: string,
  by: { ids: readonly string[] } | { refs: readonly string[] },
): Promise<BatchState[]> {
  if (('ids' in by ? by.ids : by.refs).length === 0) return [];
  return lockingBatches(trx, projectId, by).returning(['id', 'name', 'externalId', 'status', 'kind']).execute();
}

export function insertBatch(trx: Database, row: InsertableBatchRow) {
  return trx.insertInto('batch').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Locks batches by reference and reads them whole: the connector's batch sync compares each field before it writes. */
export async function lockBatchRowsByRefs(trx: Database, projectId: string, refs: readonly string[]) {
  if (refs.length === 0) return [];
  return lockingBatches(trx, projectId, { refs }).returningAll().execute();
}

export function updateBatchById(trx: Database, id: string, set: UpdateableBatchRow) {
  return trx.updateTable('batch').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
