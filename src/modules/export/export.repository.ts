import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { ExportJobRow, TaskRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';
import { claimJobById, findClaimableJobId, updateHeldJob } from '../../jobs/leased-job.repository';
import type { TaskFilter } from '../../graphql/types.generated';
import { applyTaskFilter } from '../task/task.lists';

// Every query of export jobs and of the tasks they page through. A job's claim and held writes are the leased-job
// queries (src/jobs/leased-job.repository.ts): a canceled or taken-over export writes nothing.

export function insertExportJob(db: Database, row: Insertable<DB['exportJob']>) {
  return db.insertInto('exportJob').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The first claimable job in id order, with its status (PENDING, or IN_PROGRESS for a takeover). */
export const findClaimableExportId = (db: Database, now: string) => findClaimableJobId(db, 'exportJob', now);

/** Claims a job if it is still claimable (one conditional update); undefined when another worker was first. */
export const claimExportById = (db: Database, id: string, now: string, workerId: string, leaseUntil: string) =>
  claimJobById(db, 'exportJob', id, now, workerId, leaseUntil);

/** A held write: the job's progress, lease or end; undefined when the job is no longer this worker's. */
export const updateHeldExport = (db: Database, id: string, workerId: string, set: Updateable<DB['exportJob']>) =>
  updateHeldJob(db, 'exportJob', id, workerId, set);

/** One conditional cancel (D6); undefined when the job is already final. */
export function cancelExportById(db: Database, id: string, now: string) {
  return db
    .updateTable('exportJob')
    .set({ status: 'CANCELED', finishedAt: now, claimedBy: null, leaseUntil: null })
    .where('id', '=', id)
    .where('status', 'in', ['PENDING', 'IN_PROGRESS'])
    .returningAll()
    .executeTakeFirst();
}

export function findExportJobById(db: Database, id: string): Promise<ExportJobRow | undefined> {
  return db.selectFrom('exportJob').selectAll().where('id', '=', id).executeTakeFirst();
}

/** COMPLETED jobs whose file is past its expiry and not yet swept, at most `limit`. */
export function findExpiredExports(db: Database, now: string, limit: number) {
  return db
    .selectFrom('exportJob')
    .select(['id', 'projectId', 'filePath'])
    .where('status', '=', 'COMPLETED')
    .where('expiresAt', '<=', now)
    .where('expiredAt', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function markExportExpired(db: Database, id: string, now: string) {
  return db
    .updateTable('exportJob')
    .set({ expiredAt: now })
    .where('id', '=', id)
    .where('expiredAt', 'is', null)
    .execute();
}

const tasksMatching = (db: Database, projectId: string, filter: TaskFilter) =>
  applyTaskFilter(db.selectFrom('task').where('task.projectId', '=', projectId), { ...filter, projectId: undefined });

/** How many of a project's tasks match the filter: counted, never listed. */
export async function countTasksToExport(db: Database, projectId: string, filter: TaskFilter): Promise<number> {
  const row = await tasksMatching(db, projectId, filter)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The next page of matching tasks after `after` (a task id; null: from the start), in id order: one keyset page. */
export function findTaskPage(
  db: Database,
  projectId: string,
  filter: TaskFilter,
  after: string | null,
  limit: number,
): Promise<TaskRow[]> {
  return tasksMatching(db, projectId, filter)
    .selectAll('task')
    .$if(after !== null, (q) => q.where('task.id', '>', after!))
    .orderBy('task.id')
    .limit(limit)
    .execute();
}
