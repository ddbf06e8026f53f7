import type { Context } from '../../context';
import type { Database } from '../../db/database';
import type { TaskRow } from '../../db/rows';
import type { CodingTaskCreateInput, CodingTaskUpdateInput, CodingTaskType } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isFailure, mutationTarget } from '../mutation-target';
import { transition } from '../state-transition';
import { failure, isForeignKeyViolation, notFound, type Failure } from '../user-errors';
import { instructionsProblem } from './coding-service-info';
import { appendTaskEvent } from '../task/task-events';

type Result = { task: TaskRow; userErrors: [] } | Failure;
const actorOf = (ctx: Context) => (ctx.access.viewer.kind === 'user' ? ctx.access.viewer.userId : null);

/** A coder of the project usable by code tasks (kind CODING), or the failure to answer. */
async function codingCoder(
  ctx: Context,
  projectId: string,
  coderId: string | null | undefined,
  path: string[],
): Promise<string | null | Failure> {
  if (coderId == null) return null;
  const coder = tableOfId(coderId) === 'coder' ? await ctx.loaders.rowById('coder').load(coderId) : null;
  return coder && coder.projectId === projectId && coder.kind === 'CODING'
    ? coder.id
    : notFound('coding coder of this project', path);
}

function checkInstructions(instructions: unknown, path: string[]): Failure | null {
  if (instructions == null) return null;
  const problem = instructionsProblem(instructions);
  return problem
    ? failure('BAD_USER_INPUT', `instructions do not satisfy codingService.instructionsSchema: ${problem}`, path)
    : null;
}

// PostgreSQL refuses NUL characters in text: no store keeps them.
const labelProblem = (label: string | null | undefined): Failure | null =>
  label?.includes('\u0000')
    ? failure('BAD_USER_INPUT', 'label must not contain NUL characters', ['input', 'label'])
    : null;

export async function createCodingTask(ctx: Context, input: CodingTaskCreateInput): Promise<Result> {
  if (
    tableOfId(input.projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.codingTaskCreate', { projectId: input.projectId }))
  ) {
    return notFound('project', ['input', 'projectId']);
  }
  const badLabel = labelProblem(input.label);
  if (badLabel) return badLabel;
  const bad = checkInstructions(input.instructions, ['input', 'instructions']);
  if (bad) return bad;
  const coderId = await codingCoder(ctx, input.projectId, input.coderId, ['input', 'coderId']);
  if (isFailure(coderId)) return coderId;
  const now = new Date().toISOString();
  const task = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('task')
      .values({
        id: newId('task'),
        projectId: input.projectId,
        kind: 'CODING',
        status: 'DRAFT',
        sourceStatus: 'create',
        source: 'ANNOGRAPH',
        codingType: input.type ?? 'UNKNOWN',
        label: input.label ?? null,
        instructionsJson: input.instructions == null ? null : JSON.stringify(input.instructions),
        coderId,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendTaskEvent(trx, row, 'CREATE', 'task created', actorOf(ctx));
    return row;
  });
  return { task, userErrors: [] };
}

/** A coding task the caller may change, or the failure to answer. */
async function codingTarget(ctx: Context, field: Parameters<typeof mutationTarget>[1], id: string, path = ['id']) {
  const task = await mutationTarget(ctx, field, 'task', id, path);
  if (isFailure(task)) return task;
  return task.kind === 'CODING' ? task : failure('PRECONDITION_FAILED', 'Not a coding task', path);
}

const notDraft = (status: string, what: string): Failure =>
  failure(
    'INVALID_STATE_TRANSITION',
    `Cannot ${what}: the task is ${status}, and only a DRAFT (IQB create) task can change`,
    ['id'],
  );

export async function updateCodingTask(ctx: Context, id: string, input: CodingTaskUpdateInput): Promise<Result> {
  const task = await codingTarget(ctx, 'Mutation.codingTaskUpdate', id);
  if (isFailure(task)) return task;
  const badLabel = labelProblem(input.label);
  if (badLabel) return badLabel;
  const bad = checkInstructions(input.instructions, ['input', 'instructions']);
  if (bad) return bad;
  const coderId = await codingCoder(ctx, task.projectId, input.coderId, ['input', 'coderId']);
  if (isFailure(coderId)) return coderId;
  const set = {
    updatedAt: new Date().toISOString(),
    ...(input.type != null ? { codingType: input.type as CodingTaskType } : {}),
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.instructions !== undefined
      ? { instructionsJson: input.instructions === null ? null : JSON.stringify(input.instructions) }
      : {}),
    ...(input.coderId !== undefined ? { coderId } : {}),
  };
  let updated: TaskRow | undefined;
  try {
    updated = await ctx.db
      .transaction()
      .execute((trx) =>
        trx
          .updateTable('task')
          .set(set)
          .where('id', '=', id)
          .where('status', '=', 'DRAFT')
          .returningAll()
          .executeTakeFirst(),
      );
  } catch (error) {
    // The coder was deleted meanwhile.
    if (isForeignKeyViolation(error)) return notFound('coding coder of this project', ['input', 'coderId']);
    throw error;
  }
  if (!updated) return notDraft(task.status, 'update');
  ctx.loaders.rowById('task').clear(id).prime(id, updated);
  return { task: updated, userErrors: [] };
}

/** Why a DRAFT coding task cannot be committed yet, or null when it is ready (the ics-frontend rule). */
async function notReady(trx: Database, task: TaskRow): Promise<string | null> {
  if (task.codingType === 'UNKNOWN' || !task.codingType) return 'the task type is UNKNOWN: set TRAIN or CODE';
  if (task.codingType === 'TRAIN') {
    if (!task.instructionsJson) return 'a train task needs instructions';
    // It learns only from responses with a code: without one it would train an empty coder.
    const coded = await trx
      .selectFrom('codingResponse')
      .innerJoin('dataChunk', 'dataChunk.id', 'codingResponse.chunkId')
      .select('codingResponse.id')
      .where('dataChunk.taskId', '=', task.id)
      .where('dataChunk.type', '=', 'INPUT')
      .where('codingResponse.code', 'is not', null)
      .limit(1)
      .executeTakeFirst();
    if (!coded)
      return 'a train task needs data: at least one data chunk with a coded response (a response with a code) to learn from';
  }
  if (task.codingType === 'CODE') {
    if (!task.coderId) return 'a code task needs a coder';
    const chunk = await trx
      .selectFrom('dataChunk')
      .select('id')
      .where('taskId', '=', task.id)
      .where('type', '=', 'INPUT')
      .limit(1)
      .executeTakeFirst();
    if (!chunk) return 'a code task needs at least one data chunk';
  }
  return null;
}

class NotReady extends Error {}

/** DRAFT -> PENDING when ready; the conditional update comes first, so data changes queue behind it. */
export async function commitTask(ctx: Context, id: string): Promise<Result> {
  const task = await codingTarget(ctx, 'Mutation.taskCommit', id);
  if (isFailure(task)) return task;
  try {
    const result = await ctx.db.transaction().execute(async (trx) => {
      const committed = await transition<TaskRow>(
        trx,
        'task',
        id,
        ['DRAFT'],
        { status: 'PENDING', sourceStatus: 'commit', updatedAt: new Date().toISOString() },
        'commit',
      );
      if (isFailure(committed)) return committed;
      const reason = await notReady(trx, committed);
      if (reason) throw new NotReady(reason);
      await appendTaskEvent(trx, committed, 'COMMIT', 'task committed', actorOf(ctx));
      return committed;
    });
    if (isFailure(result)) return result;
    ctx.loaders.rowById('task').clear(id).prime(id, result);
    return { task: result, userErrors: [] };
  } catch (error) {
    if (error instanceof NotReady)
      return failure('PRECONDITION_FAILED', `The task is not ready to commit: ${error.message}`, ['id']);
    throw error;
  }
}

/** PENDING or IN_PROGRESS -> CANCELED; a worker running it sees the abort at its next step. */
export async function abortTask(ctx: Context, id: string): Promise<Result> {
  const task = await codingTarget(ctx, 'Mutation.taskAbort', id);
  if (isFailure(task)) return task;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const aborted = await transition<TaskRow>(
      trx,
      'task',
      id,
      ['PENDING', 'IN_PROGRESS'],
      { status: 'CANCELED', sourceStatus: 'abort', updatedAt: new Date().toISOString() },
      'abort',
    );
    if (!isFailure(aborted)) await appendTaskEvent(trx, aborted, 'ABORT', 'aborted on request', actorOf(ctx));
    return aborted;
  });
  if (isFailure(result)) return result;
  ctx.loaders.rowById('task').clear(id).prime(id, result);
  return { task: result, userErrors: [] };
}

export { codingTarget, notDraft };
