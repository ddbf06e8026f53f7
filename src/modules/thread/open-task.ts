import type { Database } from '../../db/database';
import { inTransaction, type Result } from '../result';
import { failure } from '../user-errors';
import { findTaskStatusById, lockOpenTaskById } from './thread.repository';

/**
 * Runs a write under an open task (DRAFT, PENDING, IN_PROGRESS) in one transaction that first locks the task row
 * and re-checks its status, so a write cannot land on a task completed at the same moment: conversations grow
 * and annotations change only while their task is open. A closed task answers INVALID_STATE_TRANSITION at `path`.
 */
export function underOpenTask<T>(
  db: Database,
  taskId: string,
  path: string[],
  work: (trx: Database) => Promise<Result<T>>,
): Promise<Result<T>> {
  return inTransaction(db, async (trx) => {
    if (!(await lockOpenTaskById(trx, taskId, new Date().toISOString()))) {
      const task = await findTaskStatusById(trx, taskId);
      return failure(
        'INVALID_STATE_TRANSITION',
        `The task is ${task?.status ?? 'gone'}: it is closed to changes`,
        path,
      );
    }
    return work(trx);
  });
}
