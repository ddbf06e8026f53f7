import type { Context } from '../../context';
import type { Database } from '../../db/database';
import { inTransaction, isFailure, ok } from '../result';
import { failure, type Failure } from '../user-errors';
import { OPEN_TASK_STATUSES } from './task-lifecycle';
import { findTaskStatusById, touchTaskInStatuses } from './task.repository';

const closed = (status: string | undefined, path: string[]) =>
  failure('INVALID_STATE_TRANSITION', `The task is ${status ?? 'gone'}: it is closed to changes`, path);

/**
 * Locks an open task (DRAFT, PENDING, IN_PROGRESS) for the rest of the transaction (a no-op write), so a write under
 * it cannot land on a task completed at the same moment; the failure to answer when it is closed. Call it first
 * in the transaction (`inTransaction` rolls back on the failure).
 */
export async function lockOpenTask(trx: Database, taskId: string, path: string[]): Promise<Failure | null> {
  if (await touchTaskInStatuses(trx, taskId, OPEN_TASK_STATUSES, new Date().toISOString())) return null;
  return closed(await findTaskStatusById(trx, taskId), path);
}

/**
 * Runs a write under an open task in one transaction that first locks it (lockOpenTask), so a write cannot land on
 * a task completed at the same moment. Takes the request's context or a database.
 */
export async function withOpenTask<T>(
  ctxOrDb: Context | Database,
  taskId: string,
  path: string[],
  work: (trx: Database) => Promise<T>,
): Promise<T | Failure> {
  const db = 'loaders' in ctxOrDb ? ctxOrDb.db : ctxOrDb;
  const result = await inTransaction(db, async (trx) => (await lockOpenTask(trx, taskId, path)) ?? ok(await work(trx)));
  return isFailure(result) ? result : result.value;
}
