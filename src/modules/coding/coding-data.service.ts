import { z } from 'zod';
import type { Context } from '../../context';
import type { CodingResponseInput } from '../../graphql/types.generated';
import { newId, newRowId } from '../../ids';
import { isFailure, mutationTarget } from '../mutation-target';
import { failure, notFound } from '../user-errors';
import { codingTarget, notDraft } from './coding-task.service';

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

/** Adds a chunk of responses to a DRAFT coding task; the task row is locked first, so a commit cannot slip between. */
export async function addTaskData(ctx: Context, taskId: string, responses: CodingResponseInput[]) {
  const task = await codingTarget(ctx, 'Mutation.taskDataAdd', taskId, ['taskId']);
  if (isFailure(task)) return task;
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
  const now = new Date().toISOString();
  const chunk = await ctx.db.transaction().execute(async (trx) => {
    const open = await trx
      .updateTable('task')
      .set({ updatedAt: now })
      .where('id', '=', taskId)
      .where('status', '=', 'DRAFT')
      .returning('id')
      .executeTakeFirst();
    if (!open) return null;
    const row = await trx
      .insertInto('dataChunk')
      .values({ id: newId('dataChunk'), projectId: task.projectId, taskId, type: 'INPUT', createdAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (let i = 0; i < responses.length; i += 500) {
      await trx
        .insertInto('codingResponse')
        .values(
          responses.slice(i, i + 500).map((r) => ({
            id: newRowId('resp'),
            projectId: task.projectId,
            chunkId: row.id,
            setId: r.setId,
            variableId: r.variableId,
            status: r.status,
            valueJson: JSON.stringify(r.value),
            subform: r.subform ?? null,
            code: r.code ?? null,
            score: r.score ?? null,
          })),
        )
        .execute();
    }
    return row;
  });
  if (!chunk) return { ...notDraft(task.status, 'add data'), chunk: null };
  return { chunk, userErrors: [] };
}

export async function deleteTaskData(ctx: Context, chunkId: string) {
  const chunk = await mutationTarget(ctx, 'Mutation.taskDataDelete', 'dataChunk', chunkId, ['chunkId']);
  if (isFailure(chunk)) return chunk;
  const deleted = await ctx.db.transaction().execute(async (trx) => {
    const open = await trx
      .updateTable('task')
      .set({ updatedAt: new Date().toISOString() })
      .where('id', '=', chunk.taskId)
      .where('status', '=', 'DRAFT')
      .returning('id')
      .executeTakeFirst();
    if (!open) return null;
    return trx.deleteFrom('dataChunk').where('id', '=', chunkId).returning('id').executeTakeFirst();
  });
  if (!deleted)
    return failure('INVALID_STATE_TRANSITION', 'The task was committed: its data can no longer be deleted', [
      'chunkId',
    ]);
  return { deletedChunkId: deleted.id, userErrors: [] };
}

/** Deletes a coder unless an open task (DRAFT, PENDING, IN_PROGRESS) uses it; one statement decides. */
export async function deleteCoder(ctx: Context, id: string) {
  const coder = await mutationTarget(ctx, 'Mutation.coderDelete', 'coder', id);
  if (isFailure(coder)) return coder;
  const deleted = await ctx.db.transaction().execute((trx) =>
    trx
      .deleteFrom('coder')
      .where('id', '=', id)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('task')
              .select('task.id')
              .where('task.coderId', '=', id)
              .where('task.status', 'in', ['DRAFT', 'PENDING', 'IN_PROGRESS']),
          ),
        ),
      )
      .returning('id')
      .executeTakeFirst(),
  );
  if (!deleted) {
    return (await ctx.db.selectFrom('coder').select('id').where('id', '=', id).executeTakeFirst())
      ? failure('PRECONDITION_FAILED', 'An open task uses this coder: abort or finish it first', ['id'])
      : notFound('coder', ['id']);
  }
  return { deletedCoderId: deleted.id, userErrors: [] };
}
