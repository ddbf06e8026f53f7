import type { BatchStatus, TaskStatus, UserErrorCode } from '../../graphql/types.generated';
import { isOpenTask } from '../task/task-lifecycle';
import type { BatchState } from './batch.repository';

// The lock that reads a batch's state for this rule is SQL, so it lives in batch.repository.ts (importable here too).
export { lockBatches, type BatchState } from './batch.repository';

/**
 * The one rule for which batches take tasks, for every write path that puts a task in a batch (taskCreate, the
 * Scale import): only batches of tasks hold tasks, and a new or open task (DRAFT, PENDING, IN_PROGRESS) goes only
 * into a batch still running (Scale: a completed or cancelled batch takes none; canceling one cancels its PENDING
 * tasks). A closed task (completed, failed, canceled, deleted) may sit in any batch of tasks: that is history.
 */
export const BATCH_STATUSES_TAKING_TASKS: readonly BatchStatus[] = ['STAGING', 'IN_PROGRESS', 'PAUSED'];

/** Why the batch cannot hold a task of this status, or null when it can. */
export function batchRefusal(
  batch: Pick<BatchState, 'status' | 'kind'>,
  taskStatus: TaskStatus,
): { code: UserErrorCode; message: string } | null {
  if (batch.kind !== 'TASKS') return { code: 'NOT_FOUND', message: 'is a batch of search sessions: it holds no tasks' };
  if (isOpenTask(taskStatus) && !BATCH_STATUSES_TAKING_TASKS.includes(batch.status)) {
    return {
      code: 'PRECONDITION_FAILED',
      message: `is ${batch.status}: it takes no new or open tasks (only ${BATCH_STATUSES_TAKING_TASKS.join(', ')} batches do)`,
    };
  }
  return null;
}
