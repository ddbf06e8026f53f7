import { z } from 'zod';
import type { Context } from '../../context';
import type { TaskRow } from '../../db/rows';
import type { TaskCreateInput, TaskErrorInput, TaskStatus } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isPlainObject } from '../deep-merge';
import { writeMetadata } from '../metadata';
import { isFailure, mutationTarget } from '../mutation-target';
import { appendTaskEvent } from './task-events';
import { transition } from '../state-transition';
import { failure, fromZod, isUniqueViolation, notFound, type Failure } from '../user-errors';
import { batchRefusal, lockBatches } from '../batch/batch-rules';
import { upstreamId } from './external-id';
import { OPEN_TASK_STATUSES } from './task-lifecycle';

type Result = { task: TaskRow; userErrors: [] } | Failure;

// The task lifecycle (DECISIONS.md D2): which statuses each change leaves from, and the Scale word it writes.
const OPEN = OPEN_TASK_STATUSES as TaskStatus[];
const CHANGES = {
  complete: {
    field: 'Mutation.taskComplete',
    from: ['PENDING', 'IN_PROGRESS'],
    to: 'COMPLETED',
    word: 'completed',
    event: 'FINISH',
  },
  fail: { field: 'Mutation.taskFail', from: ['PENDING', 'IN_PROGRESS'], to: 'FAILED', word: 'error', event: 'FAIL' },
  cancel: { field: 'Mutation.taskCancel', from: OPEN, to: 'CANCELED', word: 'canceled', event: 'ABORT' },
  delete: {
    field: 'Mutation.taskDelete',
    from: ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED'],
    to: 'DELETED',
    word: 'deleted',
    event: 'DELETE',
  },
} as const;

const done = (ctx: Context, task: TaskRow): Result => {
  ctx.loaders.rowById('task').clear(task.id).prime(task.id, task);
  return { task, userErrors: [] };
};

export async function changeTaskStatus(
  ctx: Context,
  id: string,
  change: keyof typeof CHANGES,
  errors?: TaskErrorInput[],
): Promise<Result> {
  const c = CHANGES[change];
  const target = await mutationTarget(ctx, c.field, 'task', id);
  if (isFailure(target)) return target;
  if (change === 'fail' && !errors?.length) return failure('BAD_USER_INPUT', 'Give at least one error', ['errors']);
  const now = new Date().toISOString();
  const set = {
    status: c.to,
    sourceStatus: c.word,
    updatedAt: now,
    ...(change === 'complete' ? { completedAt: now } : {}),
    ...(change === 'fail'
      ? { errorsJson: JSON.stringify(errors!.map((e) => ({ type: e.type, message: e.message ?? null }))) }
      : {}),
  };
  const actor = ctx.access.viewer.kind === 'user' ? ctx.access.viewer.userId : null;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const changed = await transition<TaskRow>(trx, 'task', id, c.from, set, change);
    if (!isFailure(changed))
      await appendTaskEvent(
        trx,
        changed,
        c.event,
        change === 'fail' ? errors!.map((e) => e.message ?? e.type).join('; ') : null,
        actor,
      );
    return changed;
  });
  return isFailure(result) ? result : done(ctx, result);
}

const CreateInput = z.object({
  metadata: z.record(z.unknown(), { invalid_type_error: 'metadata must be a JSON object' }).nullish(),
  data: z.record(z.unknown(), { invalid_type_error: 'data must be a JSON object' }).nullish(),
  externalId: upstreamId.nullish(),
});

export async function createTask(ctx: Context, input: TaskCreateInput): Promise<Result> {
  if (
    tableOfId(input.projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.taskCreate', { projectId: input.projectId }))
  ) {
    return notFound('project', ['input', 'projectId']);
  }
  const objects = CreateInput.safeParse(input);
  if (!objects.success) return fromZod(objects.error);
  const now = new Date().toISOString();
  try {
    const task = await ctx.db.transaction().execute(async (trx) => {
      if (input.batchId) {
        // The batch is locked until the task is in, so a concurrent batchCancel cannot slip between the check and the insert.
        const [batch] =
          tableOfId(input.batchId) === 'batch' ? await lockBatches(trx, input.projectId, { ids: [input.batchId] }) : [];
        const refused = batch ? batchRefusal(batch, 'PENDING') : { code: 'NOT_FOUND' as const, message: '' };
        if (refused?.code === 'NOT_FOUND') return notFound('batch of tasks in this project', ['input', 'batchId']);
        if (refused) return failure(refused.code, `The batch ${refused.message}`, ['input', 'batchId']);
      }
      const row = await trx
        .insertInto('task')
        .values({
          id: newId('task'),
          projectId: input.projectId,
          batchId: input.batchId ?? null,
          kind: input.kind ?? 'GENAI',
          status: 'PENDING',
          sourceStatus: 'pending',
          source: 'ANNOGRAPH',
          externalId: input.externalId ?? null,
          metadataJson: JSON.stringify(input.metadata ?? {}),
          dataJson: JSON.stringify(input.data ?? {}),
          createdAt: now,
          updatedAt: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendTaskEvent(
        trx,
        row,
        'CREATE',
        'task created',
        ctx.access.viewer.kind === 'user' ? ctx.access.viewer.userId : null,
      );
      return row;
    });
    return isFailure(task) ? task : done(ctx, task);
  } catch (error) {
    if (isUniqueViolation(error))
      return failure('CONFLICT', 'The project has a task with this externalId already', ['input', 'externalId']);
    throw error;
  }
}

export async function setTaskMetadata(ctx: Context, id: string, metadata: unknown, merge: boolean): Promise<Result> {
  const target = await mutationTarget(ctx, 'Mutation.taskSetMetadata', 'task', id);
  if (isFailure(target)) return target;
  if (!isPlainObject(metadata)) return failure('BAD_USER_INPUT', 'metadata must be a JSON object', ['metadata']);
  return done(ctx, await writeMetadata(ctx.db, 'task', id, metadata, merge));
}

export { OPEN_TASK_STATUSES };
