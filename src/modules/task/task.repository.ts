import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { InsertableTaskRow, TaskRow, UpdateableTaskRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';
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
  return rows.map((r) => ({ batchId: r.batchId as string, status: r.status, count: Number(r.count) }));
}

export function insertTask(db: Database, values: InsertableTaskRow): Promise<TaskRow> {
  return db.insertInto('task').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertTaskEvent(db: Database, values: Insertable<DB['taskEvent']>): Promise<void> {
  await db.insertInto('taskEvent').values(values).execute();
}

// Events per INSERT: 500 rows of 7 columns stay far below both stores' bind limits.
const EVENT_CHUNK = 500;

/** Many tasks' events, a multi-row insert per EVENT_CHUNK rows. */
export async function insertTaskEvents(db: Database, rows: Insertable<DB['taskEvent']>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += EVENT_CHUNK)
    await db
      .insertInto('taskEvent')
      .values(rows.slice(i, i + EVENT_CHUNK))
      .execute();
}

export async function findTaskStatusById(db: Database, id: string): Promise<TaskStatus | undefined> {
  return (await db.selectFrom('task').select('status').where('id', '=', id).executeTakeFirst())?.status;
}

/** Conditions of a task change beyond its status: the worker holding it, or a lease run out before `time`. */
export type TaskGuard = { claimedBy?: string; leaseExpiredAt?: string };

/**
 * The one conditional statement of a status change (DECISIONS.md D6): `UPDATE task SET … WHERE id = ? AND status
 * IN (from) [AND claimed_by = ?] [AND lease_until < ?] RETURNING *`; undefined when no row matched.
 */
export function updateTaskInStatus(
  db: Database,
  id: string,
  from: readonly TaskStatus[],
  set: UpdateableTaskRow,
  guard: TaskGuard = {},
): Promise<TaskRow | undefined> {
  return db
    .updateTable('task')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', from)
    .$if(guard.claimedBy !== undefined, (q) => q.where('claimedBy', '=', guard.claimedBy!))
    .$if(guard.leaseExpiredAt !== undefined, (q) => q.where('leaseUntil', '<', guard.leaseExpiredAt!))
    .returningAll()
    .executeTakeFirst();
}

/**
 * A no-op write on a task in one of `statuses` (only `updatedAt` changes): the row lock on PostgreSQL, the write
 * lock on SQLite, so nothing changes the status until the transaction ends. False when the task is in none of them.
 */
export async function touchTaskInStatuses(
  db: Database,
  id: string,
  statuses: readonly TaskStatus[],
  now: string,
): Promise<boolean> {
  const row = await db
    .updateTable('task')
    .set({ updatedAt: now })
    .where('id', '=', id)
    .where('status', 'in', statuses)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** The oldest coding task a worker may take: PENDING, or IN_PROGRESS with its lease run out before `now`. */
export function findClaimableCodingTask(db: Database, now: string) {
  return (
    db
      .selectFrom('task')
      .select(['id', 'status'])
      .where('kind', '=', 'CODING')
      // Only Annograph's own: a coding task a connector mirrors from the coding service is that service's to run.
      .where('source', '=', 'ANNOGRAPH')
      .where((eb) =>
        eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'IN_PROGRESS'), eb('leaseUntil', '<', now)])]),
      )
      .orderBy('id')
      .limit(1)
      .executeTakeFirst()
  );
}

/**
 * The batch's tasks in one status moved on, in one statement (DECISIONS.md D6): a batch's cancel takes its PENDING
 * tasks along (task-lifecycle.ts cancelPendingTasksOfBatch, which writes their events and changes).
 */
export function updateTasksOfBatchInStatus(db: Database, batchId: string, from: TaskStatus, set: UpdateableTaskRow) {
  return db
    .updateTable('task')
    .set(set)
    .where('batchId', '=', batchId)
    .where('status', '=', from)
    .returning(['id', 'projectId'])
    .execute();
}
