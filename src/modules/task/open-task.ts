import type { Context } from '../../context';
import type { Database } from '../../db/database';
import { failure, type Failure } from '../user-errors';
import { OPEN_TASK_STATUSES } from './task-lifecycle';

class TaskClosed extends Error {}

/**
 * Runs a write under an open task (DRAFT, PENDING, IN_PROGRESS) in one transaction that first locks the task row
 * and re-checks its status, so a write cannot land on a task completed at the same moment.
 */
export async function withOpenTask<T>(
  ctx: Context,
  taskId: string,
  path: string[],
  work: (trx: Database) => Promise<T>,
): Promise<T | Failure> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const open = await trx
        .updateTable('task')
        .set({ updatedAt: new Date().toISOString() })
        .where('id', '=', taskId)
        .where('status', 'in', OPEN_TASK_STATUSES)
        .returning('id')
        .executeTakeFirst();
      if (!open) throw new TaskClosed();
      return work(trx);
    });
  } catch (error) {
    if (!(error instanceof TaskClosed)) throw error;
    const task = await ctx.db.selectFrom('task').select('status').where('id', '=', taskId).executeTakeFirst();
    return failure('INVALID_STATE_TRANSITION', `The task is ${task?.status ?? 'gone'}: it is closed to changes`, path);
  }
}
