import type { Database } from '../../db/database';
import type { InsertableBatchRow } from '../../db/rows';
import type { TaskStatus } from '../../graphql/types.generated';

// The Scale import's writes and the Scale export's reads. The import is measured (bench): each function is one
// statement, as it was before it moved here; the rows of a chunk go in with insertRows (src/db/row-bundle.ts).

/** The project's Scale tasks with these external ids: what a record replaces or skips (by its hash). */
export function findScaleTasksByExternalIds(trx: Database, projectId: string, externalIds: readonly string[]) {
  return trx
    .selectFrom('task')
    .select(['id', 'externalId', 'sourceHash', 'deliveryId'])
    .where('projectId', '=', projectId)
    .where('source', '=', 'SCALE')
    .where('externalId', 'in', externalIds)
    .execute();
}

/** The batches that records name and the project did not have yet, in one statement. */
export async function insertBatches(trx: Database, rows: InsertableBatchRow[]): Promise<void> {
  await trx.insertInto('batch').values(rows).execute();
}

/** Tasks whose records changed: their subtree goes with them (foreign keys cascade). */
export async function deleteTasksByIds(trx: Database, ids: readonly string[]): Promise<void> {
  await trx.deleteFrom('task').where('id', 'in', ids).execute();
}

export function findThreadsByTaskIds(db: Database, taskIds: readonly string[]) {
  return db.selectFrom('thread').selectAll().where('taskId', 'in', taskIds).orderBy('id').execute();
}

export function findTurnsByThreadIds(db: Database, threadIds: readonly string[]) {
  return db.selectFrom('turn').selectAll().where('threadId', 'in', threadIds).orderBy('id').execute();
}

export function findMessagesByTurnIds(db: Database, turnIds: readonly string[]) {
  return db.selectFrom('message').selectAll().where('turnId', 'in', turnIds).orderBy('id').execute();
}

/** Every annotation of the tasks, whatever its level. */
export function findAnnotationsByTaskIds(db: Database, taskIds: readonly string[]) {
  return db.selectFrom('annotation').selectAll().where('taskId', 'in', taskIds).orderBy('id').execute();
}

/** What a Scale record calls each batch: its external id, else its name. */
export async function findBatchRefsByIds(db: Database, batchIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('batch').select(['id', 'name', 'externalId']).where('id', 'in', batchIds).execute();
  return new Map(rows.map((b) => [b.id, b.externalId ?? b.name]));
}

export async function findProjectNamesByIds(db: Database, projectIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('project').select(['id', 'name']).where('id', 'in', projectIds).execute();
  return new Map(rows.map((p) => [p.id, p.name]));
}

/**
 * One page of the tasks to export (`annograph export scale`): of a project or of a delivery, optionally of one
 * status, in id order after `after`.
 */
export function findTasksToExport(
  db: Database,
  of: { projectId?: string | null; deliveryId?: string | null; status?: TaskStatus | null },
  after: string,
  limit: number,
) {
  return db
    .selectFrom('task')
    .selectAll()
    .$if(!!of.projectId, (q) => q.where('projectId', '=', of.projectId!))
    .$if(!!of.deliveryId, (q) => q.where('deliveryId', '=', of.deliveryId!))
    .$if(!!of.status, (q) => q.where('status', '=', of.status!))
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}
