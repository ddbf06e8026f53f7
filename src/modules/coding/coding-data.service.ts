import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { DataChunkRow } from '../../db/rows';
import type { CodingResponseInput } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { mutationTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, type Failure } from '../user-errors';
import { touchTaskInStatuses } from '../task/task.repository';
import { codingResponseRow, deleteDataChunk, insertCodingResponses, insertDataChunk } from './coding-data.repository';
import { codingTarget, notDraft } from './coding-target';

const MAX_RESPONSES = 10_000;
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const Value = z.union([scalar, z.array(z.string()), z.array(z.number()), z.array(z.boolean())]);
// IQB's ids (set, variable, subform) are at most 255 characters, like every upstream id Annograph keeps; PostgreSQL
// refuses NUL characters in text, so no store keeps them.
const MAX_ID = 255;
const upstreamId = (name: string) =>
  z
    .string()
    .max(MAX_ID, `${name} is at most ${MAX_ID} characters`)
    .refine((v) => !v.includes('\u0000'), `${name} must not contain NUL characters`);
const Response = z.object({
  setId: upstreamId('setId').pipe(z.string().min(1, 'setId must not be empty')),
  variableId: upstreamId('variableId').pipe(
    z.string().regex(/^[0-9a-zA-Z_-]+$/, 'variableId must match ^[0-9a-zA-Z_-]+$'),
  ),
  subform: upstreamId('subform').nullish(),
  value: Value,
});

/** The first response that is not one, as a user error naming its index. */
function badResponse(responses: CodingResponseInput[]): Failure | null {
  if (responses.length === 0 || responses.length > MAX_RESPONSES)
    return failure('BAD_USER_INPUT', `A chunk holds 1 to ${MAX_RESPONSES} responses`, ['responses']);
  for (let i = 0; i < responses.length; i++) {
    const parsed = Response.safeParse(responses[i]);
    if (!parsed.success)
      return failure('BAD_USER_INPUT', parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '), [
        'responses',
        String(i),
      ]);
  }
  return null;
}

/** Adds a chunk of responses to a DRAFT coding task; the task row is locked first, so a commit cannot slip between. */
export async function addTaskData(
  db: Database,
  actor: Actor,
  taskId: string,
  responses: CodingResponseInput[],
): Promise<Result<DataChunkRow>> {
  const task = await codingTarget(actor, 'Mutation.taskDataAdd', taskId, ['taskId']);
  if (isFailure(task)) return task;
  const bad = badResponse(responses);
  if (bad) return bad;
  const now = new Date().toISOString();
  return inTransaction(db, async (trx) => {
    if (!(await touchTaskInStatuses(trx, taskId, ['DRAFT'], now))) return notDraft(task.status, 'add data');
    const chunk = await insertDataChunk(trx, {
      id: newId('dataChunk'),
      projectId: task.projectId,
      taskId,
      type: 'INPUT',
      createdAt: now,
    });
    await insertCodingResponses(
      trx,
      responses.map((r) => codingResponseRow(task.projectId, chunk.id, r)),
    );
    recordChange(trx, {
      type: 'TASK_UPDATED',
      objectId: taskId,
      projectId: task.projectId,
      by: changeActorOf(actor),
      payload: { changed: ['dataChunks'], chunkId: chunk.id, responseCount: responses.length },
    });
    return ok(chunk);
  });
}

/** Deletes a data chunk of a DRAFT coding task; answers the deleted chunk's id. */
export async function deleteTaskData(db: Database, actor: Actor, chunkId: string): Promise<Result<string>> {
  const chunk = await mutationTarget(actor, 'Mutation.taskDataDelete', 'dataChunk', chunkId, ['chunkId']);
  if (isFailure(chunk)) return chunk;
  const committed = failure('INVALID_STATE_TRANSITION', 'The task was committed: its data can no longer be deleted', [
    'chunkId',
  ]);
  return inTransaction(db, async (trx) => {
    if (!(await touchTaskInStatuses(trx, chunk.taskId, ['DRAFT'], new Date().toISOString()))) return committed;
    const deleted = await deleteDataChunk(trx, chunkId);
    if (!deleted) return committed;
    recordChange(trx, {
      type: 'TASK_UPDATED',
      objectId: chunk.taskId,
      projectId: chunk.projectId,
      by: changeActorOf(actor),
      payload: { changed: ['dataChunks'], chunkId },
    });
    return ok(deleted.id);
  });
}
