import type { Actor } from '../../auth/access';
import { ROOT_FIELD_RULES, type RootField, type Rule } from '../../auth/role-table';
import type { Database } from '../../db/database';
import type { InsertableTaskRow, TaskRow, UpdateableTaskRow } from '../../db/rows';
import type { Role, TaskEventKind, TaskStatus } from '../../graphql/types.generated';
import { actingUserId, mutationTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Failure, type Result } from '../result';
import { failure } from '../user-errors';
import { appendTaskEvent } from './task-events';
import { findTaskStatusById, insertTask, updateTaskInStatus, type TaskGuard } from './task.repository';

// The one Task lifecycle (DECISIONS.md D2): every status a task can have, every change between them, and the one
// function that applies a change. Mutations (taskComplete … taskAbort) and the coding worker go through it alone.

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

/** Who makes a change: the person of a request (null for a service token), or a worker by its id. */
export type TransitionActor = { userId: string | null } | { workerId: string };

export type TransitionOptions = {
  by: TransitionActor;
  /** The event's message; the transition's own when not given. */
  message?: string | null;
  /** Further columns the change writes (a task's errors, a worker's lease). */
  set?: UpdateableTaskRow;
  /** Checked after the update, in its transaction: a failure rolls the change back and no event is written. */
  ready?: (trx: Database, task: TaskRow) => Promise<Failure | null>;
};

/**
 * Applies a transition as one conditional statement (DECISIONS.md D6) and appends its event, in the caller's
 * transaction (run it in `inTransaction`, so a failure rolls back). Zero rows: INVALID_STATE_TRANSITION naming the
 * status the task has now. Authorization is the caller's (changeTaskStatus for mutations; workers have none).
 */
export async function applyTaskTransition(
  trx: Database,
  name: TaskTransitionName,
  taskId: string,
  { by, message, set, ready }: TransitionOptions,
): Promise<Result<TaskRow>> {
  const t: TaskTransition = TASK_TRANSITIONS[name];
  const workerId = 'workerId' in by ? by.workerId : null;
  if ((t.field === 'worker') !== (workerId !== null))
    throw new Error(`${name} is ${t.field === 'worker' ? "a worker's step" : 'a request of a person or a token'}`);
  const now = new Date().toISOString();
  const guard: TaskGuard = {
    ...(t.held ? { claimedBy: workerId! } : {}),
    ...(t.leaseExpired ? { leaseExpiredAt: now } : {}),
  };
  const row = await updateTaskInStatus(
    trx,
    taskId,
    t.from,
    {
      status: t.to,
      sourceStatus: t.sourceStatus,
      ...(t.keepsUpdatedAt ? {} : { updatedAt: now }),
      ...(t.completes ? { completedAt: now } : {}),
      ...set,
    },
    guard,
  );
  if (!row) {
    const current = await findTaskStatusById(trx, taskId);
    const condition = [
      t.from.join(', '),
      ...(t.held ? [`held by ${workerId}`] : []),
      ...(t.leaseExpired ? ['its lease run out'] : []),
    ];
    return failure(
      'INVALID_STATE_TRANSITION',
      `Cannot ${t.verb} a task that is ${current ?? 'gone'} (allowed from ${condition.join(', ')})`,
      ['id'],
    );
  }
  const refused = await ready?.(trx, row);
  if (refused) return refused;
  await appendTaskEvent(
    trx,
    row,
    t.event,
    message === undefined ? t.message : message,
    'userId' in by ? by.userId : null,
  );
  return ok(row);
}

/**
 * A mutation's change of status: the caller needs the transition's field on the task's project (NOT_FOUND when it
 * cannot see the task, FORBIDDEN thrown below the least role), then `refuse` may say no, then one transaction.
 */
export async function changeTaskStatus(
  db: Database,
  actor: Actor,
  name: TaskTransitionName,
  id: string,
  options: Omit<TransitionOptions, 'by'> & { refuse?: (task: TaskRow) => Failure | null } = {},
): Promise<Result<TaskRow>> {
  const { field } = TASK_TRANSITIONS[name] as TaskTransition;
  if (field === 'worker') throw new Error(`${name} is a worker's step`);
  const target = await mutationTarget(actor, field, 'task', id);
  if (isFailure(target)) return target;
  const refused = options.refuse?.(target);
  if (refused) return refused;
  const { refuse: _refuse, ...rest } = options;
  return inTransaction(db, (trx) =>
    applyTaskTransition(trx, name, id, { ...rest, by: { userId: actingUserId(actor) } }),
  );
}

// How a task enters the lifecycle: taskCreate submits it at once (Scale pending), codingTaskCreate makes a DRAFT
// (IQB create). Either way a CREATE event opens its timeline.
export const TASK_CREATION = {
  taskCreate: { status: 'PENDING', sourceStatus: 'pending' },
  codingTaskCreate: { status: 'DRAFT', sourceStatus: 'create' },
} as const satisfies Record<string, { status: TaskStatus; sourceStatus: string }>;

/** Inserts a new task in its first status with its CREATE event (call it in a transaction). */
export async function createTaskRow(
  trx: Database,
  by: keyof typeof TASK_CREATION,
  values: Omit<InsertableTaskRow, 'status' | 'sourceStatus'>,
  actorUserId: string | null,
): Promise<TaskRow> {
  const row = await insertTask(trx, { ...values, ...TASK_CREATION[by] });
  await appendTaskEvent(trx, row, 'CREATE', 'task created', actorUserId);
  return row;
}
