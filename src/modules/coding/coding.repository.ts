import type { Database } from '../../db/database';

export function findChunksByTaskIds(db: Database, taskIds: readonly string[]) {
  return db.selectFrom('dataChunk').selectAll().where('taskId', 'in', taskIds).orderBy('id').execute();
}

/** The last PROGRESS event of each task (message `x/y`), in one statement. */
export async function findLastProgress(db: Database, taskIds: readonly string[]) {
  const rows = await db
    .selectFrom('taskEvent')
    .select(['taskId', 'message', 'id'])
    .where('taskId', 'in', taskIds)
    .where('kind', '=', 'PROGRESS')
    .orderBy('id')
    .execute();
  const last = new Map<string, string | null>();
  for (const r of rows) last.set(r.taskId, r.message);
  return last;
}
