import { ROOT_FIELD_RULES, type RootField, type Rule } from '../../auth/role-table';
import type { Role, TaskEventKind, TaskStatus } from '../../graphql/types.generated';

// The one Task lifecycle (DECISIONS.md D2): every status a task can have and every change between them. The one
// function that applies a change is task-lifecycle.ts's applyTaskTransition.

export const TASK_STATUSES: readonly TaskStatus[] = [
  'DRAFT',
  'PENDING',
  'IN_PROGRESS',
  'COMPLETED',
  'FAILED',
  'CANCELED',
  'DELETED',
];

/** The statuses of an open task (DECISIONS.md D2): its conversation and annotations may still change. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['DRAFT', 'PENDING', 'IN_PROGRESS'];

export const isOpenTask = (status: TaskStatus) => OPEN_TASK_STATUSES.includes(status);

// One change of status: the statuses it leaves from, the status and upstream word (Scale or IQB) it writes, the
// event it appends (with its message when the caller gives none), and who may make it: the root field whose least
// role (role-table.ts, DECISIONS.md D3) the caller needs, or 'worker' for a worker's own step (no authorization).
export type TaskTransition = {
  from: readonly TaskStatus[];
  to: TaskStatus;
  sourceStatus: string;
  event: TaskEventKind;
  message: string | null;
  field: RootField | 'worker';
  leastRole: Role | 'worker';
  /** The word of the refusal, "Cannot <verb> a task that is …". */
  verb: string;
  /** Sets completedAt. */
  completes?: true;
  /** Leaves updatedAt as it is (a worker's progress is no change of the task). */
  keepsUpdatedAt?: true;
  /** Only the worker holding the task's lease (claimedBy) may make it. */
  held?: true;
  /** Only once the lease of the worker that held it ran out (a crashed worker's task). */
  leaseExpired?: true;
};

type Change = Omit<TaskTransition, 'field' | 'leastRole'>;

function leastRoleOf(field: RootField): Role {
  const rule: Rule = ROOT_FIELD_RULES[field];
  if (rule.scope !== 'project') throw new Error(`${field} is no project-scoped mutation`);
  return rule.role;
}
const byRequest = (field: RootField, change: Change): TaskTransition => ({
  ...change,
  field,
  leastRole: leastRoleOf(field),
});
const byWorker = (change: Change): TaskTransition => ({ ...change, field: 'worker', leastRole: 'worker' });

const ALL_BUT_DELETED = TASK_STATUSES.filter((s) => s !== 'DELETED');

export const TASK_TRANSITIONS = {
  // Scale's complete/error/cancel/delete (DECISIONS.md D2), with Scale's words.
  complete: byRequest('Mutation.taskComplete', {
    verb: 'complete',
    from: ['PENDING', 'IN_PROGRESS'],
    to: 'COMPLETED',
    sourceStatus: 'completed',
    event: 'FINISH',
    message: null,
    completes: true,
  }),
  fail: byRequest('Mutation.taskFail', {
    verb: 'fail',
    from: ['PENDING', 'IN_PROGRESS'],
    to: 'FAILED',
    sourceStatus: 'error',
    event: 'FAIL',
    message: null,
  }),
  cancel: byRequest('Mutation.taskCancel', {
    verb: 'cancel',
    from: OPEN_TASK_STATUSES,
    to: 'CANCELED',
    sourceStatus: 'canceled',
    event: 'ABORT',
    message: null,
  }),
  delete: byRequest('Mutation.taskDelete', {
    verb: 'delete',
    from: ALL_BUT_DELETED,
    to: 'DELETED',
    sourceStatus: 'deleted',
    event: 'DELETE',
    message: null,
  }),
  // The coding service's (IQB) commit and abort.
  commit: byRequest('Mutation.taskCommit', {
    verb: 'commit',
    from: ['DRAFT'],
    to: 'PENDING',
    sourceStatus: 'commit',
    event: 'COMMIT',
    message: 'task committed',
  }),
  abort: byRequest('Mutation.taskAbort', {
    verb: 'abort',
    from: ['PENDING', 'IN_PROGRESS'],
    to: 'CANCELED',
    sourceStatus: 'abort',
    event: 'ABORT',
    message: 'aborted on request',
  }),
  // The coding worker's steps (IQB start, progress, finish, fail); a takeover of a crashed worker's task is a WARNING.
  start: byWorker({
    verb: 'start',
    from: ['PENDING'],
    to: 'IN_PROGRESS',
    sourceStatus: 'start',
    event: 'START',
    message: 'started',
  }),
  resume: byWorker({
    verb: 'resume',
    from: ['IN_PROGRESS'],
    to: 'IN_PROGRESS',
    sourceStatus: 'start',
    event: 'WARNING',
    message: 'resumed: the previous worker stopped',
    leaseExpired: true,
  }),
  progress: byWorker({
    verb: 'record progress of',
    from: ['IN_PROGRESS'],
    to: 'IN_PROGRESS',
    sourceStatus: 'progress',
    event: 'PROGRESS',
    message: null,
    keepsUpdatedAt: true,
    held: true,
  }),
  finish: byWorker({
    verb: 'finish',
    from: ['IN_PROGRESS'],
    to: 'COMPLETED',
    sourceStatus: 'finish',
    event: 'FINISH',
    message: 'finished',
    completes: true,
    held: true,
  }),
  workerFail: byWorker({
    verb: 'fail',
    from: ['IN_PROGRESS'],
    to: 'FAILED',
    sourceStatus: 'fail',
    event: 'FAIL',
    message: null,
    held: true,
  }),
} as const satisfies Record<string, TaskTransition>;

export type TaskTransitionName = keyof typeof TASK_TRANSITIONS;
