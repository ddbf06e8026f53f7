import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { MessageRow, ThreadRow, TurnRow } from '../../db/rows';
import type { MessageAppendInput, ThreadAppendInput, TurnAppendInput } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { compact } from '../scale/keys';
import { isFailure, mutationTarget } from '../mutation-target';
import { ok, type Result } from '../result';
import { upstreamRef } from '../task/external-id';
import { underOpenTask } from '../task/open-task';
import { failure, type Failure } from '../user-errors';
import { modelParametersProblem } from './model-parameters';
import { insertMessage, insertMessageChunks, insertThread, insertTurn } from './thread.repository';

// Conversations grow only while their task is open (underOpenTask).
const now = () => new Date().toISOString();

/** An upstream id given to an append (externalId, sourceId), checked like every upstream id; null when it fits. */
function idProblem(value: string | null | undefined, field: string): Failure | null {
  if (value == null) return null;
  const parsed = upstreamRef.safeParse(value);
  return parsed.success
    ? null
    : failure('BAD_USER_INPUT', `${field} ${parsed.error.issues[0].message}`, ['input', field]);
}

export async function appendThread(db: Database, actor: Actor, input: ThreadAppendInput): Promise<Result<ThreadRow>> {
  const task = await mutationTarget(actor, 'Mutation.threadAppend', 'task', input.taskId, ['input', 'taskId']);
  if (isFailure(task)) return task;
  const bad = idProblem(input.externalId, 'externalId');
  if (bad) return bad;
  return underOpenTask(db, task.id, ['input', 'taskId'], async (trx) => {
    const thread = await insertThread(trx, {
      id: newId('thread'),
      projectId: task.projectId,
      taskId: task.id,
      externalId: input.externalId ?? null,
      createdAt: now(),
    });
    recordChange(trx, {
      type: 'THREAD_CREATED',
      objectId: thread.id,
      projectId: thread.projectId,
      by: changeActorOf(actor),
      payload: { taskId: task.id },
    });
    return ok(thread);
  });
}

export async function appendTurn(db: Database, actor: Actor, input: TurnAppendInput): Promise<Result<TurnRow>> {
  const thread = await mutationTarget(actor, 'Mutation.turnAppend', 'thread', input.threadId, ['input', 'threadId']);
  if (isFailure(thread)) return thread;
  const bad = idProblem(input.externalId, 'externalId');
  if (bad) return bad;
  return underOpenTask(db, thread.taskId, ['input', 'threadId'], async (trx) => {
    const turn = await insertTurn(trx, {
      id: newId('turn'),
      projectId: thread.projectId,
      threadId: thread.id,
      externalId: input.externalId ?? null,
      createdAt: now(),
    });
    recordChange(trx, {
      type: 'TURN_CREATED',
      objectId: turn.id,
      projectId: turn.projectId,
      by: changeActorOf(actor),
      payload: { taskId: thread.taskId, threadId: thread.id },
    });
    return ok(turn);
  });
}

/** A message and its chunks, in one transaction. */
export async function appendMessage(
  db: Database,
  actor: Actor,
  input: MessageAppendInput,
): Promise<Result<MessageRow>> {
  const turn = await mutationTarget(actor, 'Mutation.messageAppend', 'turn', input.turnId, ['input', 'turnId']);
  if (isFailure(turn)) return turn;
  const bad = idProblem(input.sourceId, 'sourceId');
  if (bad) return bad;
  const outOfBounds = input.modelParameters ? modelParametersProblem(input.modelParameters) : null;
  if (outOfBounds) return failure('BAD_USER_INPUT', outOfBounds[1], ['input', 'modelParameters', outOfBounds[0]]);
  // The turn is visible, so is its thread (one project).
  const thread = (await actor.visible('thread').load(turn.threadId)) as ThreadRow | null;
  return underOpenTask(db, thread!.taskId, ['input', 'turnId'], async (trx) => {
    const message = await insertMessage(trx, {
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
    });
    await insertMessageChunks(
      trx,
      (input.chunks ?? []).map((c) => ({
        id: newId('messageChunk'),
        projectId: turn.projectId,
        messageId: message.id,
        type: c.type ?? 'text',
        text: c.text,
      })),
    );
    // One change for the message: its chunks are part of it.
    recordChange(trx, {
      type: 'MESSAGE_CREATED',
      objectId: message.id,
      projectId: message.projectId,
      by: changeActorOf(actor),
      payload: { taskId: thread!.taskId, threadId: thread!.id, turnId: turn.id, role: message.role },
    });
    return ok(message);
  });
}
