import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { InsertableTaskRow, TaskRow, UpdateableTaskRow } from '../../db/rows';
import type { ChangeType, TaskStatus } from '../../graphql/types.generated';
import { newRowId } from '../../ids';
import { changeActorOf, recordChange, workerActor, type ChangeActor } from '../change/change-log';
import { actingUserId, mutationTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Failure, type Result } from '../result';
import { failure } from '../user-errors';
import { appendTaskEvent } from './task-events';
import { TASK_TRANSITIONS, type TaskTransition, type TaskTransitionName } from './task-transitions';
import {
  findTaskStatusById,
  insertTask,
  insertTaskEvents,
  updateTaskInStatus,
  updateTasksOfBatchInStatus,
  type TaskGuard,
} from './task.repository';

// The one Task lifecycle (DECISIONS.md D2): its table (task-transitions.ts) and the one function that applies a
// change. Mutations (taskComplete … taskAbort) and the coding worker change a task's status through it alone.
export * from './task-transitions';

/** Who makes a change: the person of a request (null for a service token), or a worker by its id. */
export type TransitionActor = { userId: string | null; actor: ChangeActor } | { workerId: string };

export type TransitionOptions = {
  by: TransitionActor;
  /** The event's message; the transition's own when not given. */
  message?: string | null;
  /** Further columns the change writes (a task's errors, a worker's lease); the status is the table's alone. */
  set?: Omit<UpdateableTaskRow, 'status' | 'sourceStatus'>;
  /** Checked after the update, in its transaction: a failure rolls the change back and no event is written. */
  ready?: (trx: Database, task: TaskRow) => Promise<Failure | null>;
  /** The status the caller read before (for the change's `from` when the transition leaves from several). */
  seen?: TaskStatus;
  /** A worker's progress through its job, when it knows it: the change's `progress`. */
  progress?: { done: number; total: number };
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
  { by, message, set, ready, seen, progress }: TransitionOptions,
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
  const eventMessage = message === undefined ? t.message : message;
  await appendTaskEvent(trx, row, t.event, eventMessage, 'userId' in by ? by.userId : null);
  const from = t.from.length === 1 ? t.from[0] : seen && t.from.includes(seen) ? seen : null;
  recordChange(trx, {
    type: changeTypeOf(t, from),
    objectId: row.id,
    projectId: row.projectId,
    by: 'workerId' in by ? workerActor(by.workerId) : by.actor,
    payload: { from, to: t.to, event: t.event, message: eventMessage, ...(progress ? { progress } : {}) },
  });
  return ok(row);
}

/**
 * The change a transition records. A worker's progress keeps the status: it is the job's progress, not a change of
 * status. A deletion is TASK_DELETED (with its `from` and `to` like any status change), so who follows deletions
 * needs no look into TASK_STATUS_CHANGED payloads; the task stays readable.
 */
function changeTypeOf(t: TaskTransition, from: TaskStatus | null): ChangeType {
  if (t.to === 'DELETED') return 'TASK_DELETED';
  return from === t.to ? 'JOB_PROGRESS' : 'TASK_STATUS_CHANGED';
}

/**
 * Scale: canceling a batch cancels its tasks that have not started (PENDING -> CANCELED, the `cancel` transition's
 * status, word and ABORT event), in the batch's transaction: one update for all of them, their events in bulk, and
 * one TASK_STATUS_CHANGED each. The batch's own transition is the caller's.
 */
export async function cancelPendingTasksOfBatch(
  trx: Database,
  batchId: string,
  by: { userId: string | null; actor: ChangeActor },
  now: string,
): Promise<number> {
  const t = TASK_TRANSITIONS.cancel;
  const message = 'its batch was canceled';
  const rows = await updateTasksOfBatchInStatus(trx, batchId, 'PENDING', {
    status: t.to,
    sourceStatus: t.sourceStatus,
    updatedAt: now,
  });
  await insertTaskEvents(
    trx,
    rows.map((row) => ({
      id: newRowId('tev'),
      projectId: row.projectId,
      taskId: row.id,
      kind: t.event,
      message,
      actorId: by.userId,
      createdAt: now,
    })),
  );
  for (const row of rows)
    recordChange(trx, {
      type: 'TASK_STATUS_CHANGED',
      objectId: row.id,
      projectId: row.projectId,
      by: by.actor,
      payload: { from: 'PENDING', to: t.to, event: t.event, message, batchId },
    });
  return rows.length;
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
  { refuse, ...rest }: Omit<TransitionOptions, 'by'> & { refuse?: (task: TaskRow) => Failure | null } = {},
): Promise<Result<TaskRow>> {
  const { field } = TASK_TRANSITIONS[name];
  if (field === 'worker') throw new Error(`${name} is a worker's step`);
  const target = await mutationTarget(actor, field, 'task', id);
  if (isFailure(target)) return target;
  const refused = refuse?.(target);
  if (refused) return refused;
  return inTransaction(db, (trx) =>
    applyTaskTransition(trx, name, id, {
      seen: target.status,
      ...rest,
      by: { userId: actingUserId(actor), actor: changeActorOf(actor) },
    }),
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
  actor: Actor,
): Promise<TaskRow> {
  const row = await insertTask(trx, { ...values, ...TASK_CREATION[by] });
  await appendTaskEvent(trx, row, 'CREATE', 'task created', actingUserId(actor));
  recordChange(trx, {
    type: 'TASK_CREATED',
    objectId: row.id,
    projectId: row.projectId,
    by: changeActorOf(actor),
    payload: { kind: row.kind, status: row.status },
  });
  return row;
}
