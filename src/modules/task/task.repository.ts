import type { Database } from '../../db/database';
import type { TaskStatus } from '../../graphql/types.generated';

/** Tasks per status of many batches, in one grouped statement. */
export async function countTasksByBatchAndStatus(db: Database, batchIds: readonly string[]) {
  const rows = await db
    .selectFrom('task')
    .select(['batchId', 'status', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('batchId', 'in', batchIds)
    .groupBy(['batchId', 'status'])
    .orderBy('status')
    .execute();
  return rows.map((r) => ({ batchId: r.batchId as string, status: r.status as TaskStatus, count: Number(r.count) }));
}
