import type { Database } from '../../db/database';
import type { BatchKind, BatchStatus, TaskStatus, UserErrorCode } from '../../graphql/types.generated';
import { isOneOf } from '../../db/one-of';
import { isOpenTask } from '../task/task-lifecycle';

/**
 * The one rule for which batches take tasks, for every write path that puts a task in a batch (taskCreate, the
 * Scale import): only batches of tasks hold tasks, and a new or open task (DRAFT, PENDING, IN_PROGRESS) goes only
 * into a batch still running (Scale: a completed or cancelled batch takes none; canceling one cancels its PENDING
 * tasks). A closed task (completed, failed, canceled, deleted) may sit in any batch of tasks: that is history.
 */
export const BATCH_STATUSES_TAKING_TASKS: readonly BatchStatus[] = ['STAGING', 'IN_PROGRESS', 'PAUSED'];

export type BatchState = { id: string; name: string; externalId: string | null; status: BatchStatus; kind: BatchKind };

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

/**
 * Locks batches of a project for the rest of the transaction and reads their state: a no-op write (the row lock
 * on PostgreSQL, the write lock on SQLite), so a batchCancel cannot slip between the check and the insert.
 * By id, or by reference (a Scale batch is named by its external id or its name).
 */
export async function lockBatches(
  trx: Database,
  projectId: string,
  by: { ids: readonly string[] } | { refs: readonly string[] },
): Promise<BatchState[]> {
  const list = 'ids' in by ? by.ids : by.refs;
  if (list.length === 0) return [];
  return trx
    .updateTable('batch')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('projectId', '=', projectId)
    .where((eb) =>
      'ids' in by ? isOneOf(trx, 'id', list) : eb.or([isOneOf(trx, 'externalId', list), isOneOf(trx, 'name', list)]),
    )
    .returning(['id', 'name', 'externalId', 'status', 'kind'])
    .execute();
}
