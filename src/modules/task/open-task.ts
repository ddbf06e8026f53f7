import type { Database } from '../../db/database';
import { inTransaction, type Result } from '../result';
import { failure } from '../user-errors';
import { OPEN_TASK_STATUSES } from './task-transitions';
import { findTaskStatusById, touchTaskInStatuses } from './task.repository';

/**
 * Runs a write under an open task (DRAFT, PENDING, IN_PROGRESS) in one transaction that first locks the task row
 * (a no-op write) and re-checks its status, so a write cannot land on a task completed at the same moment:
 * conversations grow and annotations change only while their task is open. A closed task answers
 * INVALID_STATE_TRANSITION at `path` (and `inTransaction` rolls back).
 */
export function underOpenTask<T>(
  db: Database,
  taskId: string,
  path: string[],
  work: (trx: Database) => Promise<Result<T>>,
): Promise<Result<T>> {
  return inTransaction(db, async (trx) => {
    if (!(await touchTaskInStatuses(trx, taskId, OPEN_TASK_STATUSES, new Date().toISOString()))) {
      const status = await findTaskStatusById(trx, taskId);
      return failure('INVALID_STATE_TRANSITION', `The task is ${status ?? 'gone'}: it is closed to changes`, path);
    }
    return work(trx);
  });
}
