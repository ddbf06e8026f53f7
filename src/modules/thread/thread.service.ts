import type { Context } from '../../context';
import type { MessageAppendInput, ThreadAppendInput, TurnAppendInput } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { compact } from '../scale/keys';
import { isFailure, mutationTarget } from '../mutation-target';
import { withOpenTask } from '../task/open-task';
import { upstreamRef } from '../task/external-id';
import { failure, type Failure } from '../user-errors';
import { modelParametersProblem } from './model-parameters';

// Conversations grow only while their task is open (withOpenTask).
const now = () => new Date().toISOString();

/** An upstream id given to an append (externalId, sourceId), checked like every upstream id; null when it fits. */
function idProblem(value: string | null | undefined, field: string): Failure | null {
  if (value == null) return null;
  const parsed = upstreamRef.safeParse(value);
  return parsed.success
    ? null
    : failure('BAD_USER_INPUT', `${field} ${parsed.error.issues[0].message}`, ['input', field]);
}

export async function appendThread(ctx: Context, input: ThreadAppendInput) {
  const task = await mutationTarget(ctx, 'Mutation.threadAppend', 'task', input.taskId, ['input', 'taskId']);
  if (isFailure(task)) return task;
  const bad = idProblem(input.externalId, 'externalId');
  if (bad) return bad;
  const thread = await withOpenTask(ctx, task.id, ['input', 'taskId'], (trx) =>
    trx
      .insertInto('thread')
      .values({
        id: newId('thread'),
        projectId: task.projectId,
        taskId: task.id,
        externalId: input.externalId ?? null,
        createdAt: now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return isFailure(thread) ? thread : { thread, userErrors: [] };
}

export async function appendTurn(ctx: Context, input: TurnAppendInput) {
  const thread = await mutationTarget(ctx, 'Mutation.turnAppend', 'thread', input.threadId, ['input', 'threadId']);
  if (isFailure(thread)) return thread;
  const bad = idProblem(input.externalId, 'externalId');
  if (bad) return bad;
  const turn = await withOpenTask(ctx, thread.taskId, ['input', 'threadId'], (trx) =>
    trx
      .insertInto('turn')
      .values({
        id: newId('turn'),
        projectId: thread.projectId,
        threadId: thread.id,
        externalId: input.externalId ?? null,
        createdAt: now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return isFailure(turn) ? turn : { turn, userErrors: [] };
}

/** A message and its chunks, in one transaction. */
export async function appendMessage(ctx: Context, input: MessageAppendInput) {
  const turn = await mutationTarget(ctx, 'Mutation.messageAppend', 'turn', input.turnId, ['input', 'turnId']);
  if (isFailure(turn)) return turn;
  const bad = idProblem(input.sourceId, 'sourceId');
  if (bad) return bad;
  const outOfBounds = input.modelParameters ? modelParametersProblem(input.modelParameters) : null;
  if (outOfBounds) return failure('BAD_USER_INPUT', outOfBounds[1], ['input', 'modelParameters', outOfBounds[0]]);
  const thread = await ctx.loaders.rowById('thread').load(turn.threadId);
  const message = await withOpenTask(ctx, thread!.taskId, ['input', 'turnId'], async (trx) => {
    const row = await trx
      .insertInto('message')
      .values({
        id: newId('message'),
        projectId: turn.projectId,
        turnId: turn.id,
        role: input.role,
        text: input.text ?? null,
        createdAt: now(),
        referenceTextsJson: JSON.stringify((input.referenceTexts ?? []).map(compact)),
        attachmentsJson: JSON.stringify((input.attachments ?? []).map(compact)),
        reasoningJson: JSON.stringify((input.reasoning ?? []).map((content) => ({ content }))),
        sourceId: input.sourceId ?? null,
        modelParametersJson: input.modelParameters ? JSON.stringify(compact(input.modelParameters)) : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const chunks = (input.chunks ?? []).map((c) => ({
      id: newId('messageChunk'),
      projectId: turn.projectId,
      messageId: row.id,
      type: c.type ?? 'text',
      text: c.text,
    }));
    if (chunks.length) await trx.insertInto('messageChunk').values(chunks).execute();
    return row;
  });
  return isFailure(message) ? message : { message, userErrors: [] };
}
