import type { Actor } from '../../auth/access';
import type { TaskRow } from '../../db/rows';
import { mutationTarget } from '../mutation-target';
import { isFailure } from '../result';
import { failure, type Failure } from '../user-errors';

// What the coding services (coding-task.service.ts, coding-data.service.ts) ask of the task a mutation names.

/** The refusal of a task that is no coding task, or null when it is one. */
export const notCoding = (task: TaskRow, path: string[]): Failure | null =>
  task.kind === 'CODING' ? null : failure('PRECONDITION_FAILED', 'Not a coding task', path);

/** A coding task the caller may change, or the failure to answer. */
export async function codingTarget(
  actor: Actor,
  field: Parameters<typeof mutationTarget>[1],
  id: string,
  path = ['id'],
): Promise<TaskRow | Failure> {
  const task = await mutationTarget(actor, field, 'task', id, path);
  if (isFailure(task)) return task;
  return notCoding(task, path) ?? task;
}

/** The refusal of a change to a task that is no DRAFT any more. */
export const notDraft = (status: string, what: string): Failure =>
  failure(
    'INVALID_STATE_TRANSITION',
    `Cannot ${what}: the task is ${status}, and only a DRAFT (IQB create) task can change`,
    ['id'],
  );
