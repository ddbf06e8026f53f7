import type { Database } from '../../db/database';

/** When each task was first taken up by a worker (its first START event), by task id. */
export async function findTaskStarts(db: Database, taskIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('taskEvent')
    .select(['taskId', (eb) => eb.fn.min('createdAt').as('startedAt')])
    .where('taskId', 'in', taskIds)
    .where('kind', '=', 'START')
    .groupBy('taskId')
    .execute();
  return new Map(rows.map((r) => [r.taskId, r.startedAt]));
}
