import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { TaskRow } from '../../db/rows';
import type { TaskCreateInput, TaskErrorInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { batchRefusal, lockBatches } from '../batch/batch-rules';
import { changeActorOf } from '../change/change-log';
import { isPlainObject } from '../deep-merge';
import { writeMetadata } from '../metadata';
import { mutationTarget, projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, fromZod, isUniqueViolation, notFound } from '../user-errors';
import { upstreamId } from './external-id';
import { changeTaskStatus, createTaskRow } from './task-lifecycle';

/** PENDING or IN_PROGRESS -> COMPLETED (Scale `completed`). */
export const completeTask = (db: Database, actor: Actor, id: string) => changeTaskStatus(db, actor, 'complete', id);

/** PENDING or IN_PROGRESS -> FAILED (Scale `error`) with at least one error, kept on the task and in its event. */
export function failTask(db: Database, actor: Actor, id: string, errors: TaskErrorInput[] | null | undefined) {
  return changeTaskStatus(db, actor, 'fail', id, {
    refuse: () => (errors?.length ? null : failure('BAD_USER_INPUT', 'Give at least one error', ['errors'])),
    set: { errorsJson: JSON.stringify((errors ?? []).map((e) => ({ type: e.type, message: e.message ?? null }))) },
    message: (errors ?? []).map((e) => e.message ?? e.type).join('; '),
  });
}

/** An open task -> CANCELED (Scale `canceled`). */
export const cancelTask = (db: Database, actor: Actor, id: string) => changeTaskStatus(db, actor, 'cancel', id);

/** Any task but a deleted one -> DELETED (Scale `deleted`); it stays readable. */
export const deleteTask = (db: Database, actor: Actor, id: string) => changeTaskStatus(db, actor, 'delete', id);

const CreateInput = z.object({
  metadata: z.record(z.unknown(), { invalid_type_error: 'metadata must be a JSON object' }).nullish(),
  data: z.record(z.unknown(), { invalid_type_error: 'data must be a JSON object' }).nullish(),
  externalId: upstreamId.nullish(),
});

export async function createTask(db: Database, actor: Actor, input: TaskCreateInput): Promise<Result<TaskRow>> {
  const project = await projectTarget(actor, 'Mutation.taskCreate', input.projectId);
  if (isFailure(project)) return project;
  const objects = CreateInput.safeParse(input);
  if (!objects.success) return fromZod(objects.error);
  const now = new Date().toISOString();
  try {
    return await inTransaction(db, async (trx) => {
      // An empty id names no batch: NOT_FOUND, never an insert the foreign key refuses.
      if (input.batchId != null) {
        // The batch is locked until the task is in, so a concurrent batchCancel cannot slip between the check and the insert.
        const [batch] =
          tableOfId(input.batchId) === 'batch' ? await lockBatches(trx, input.projectId, { ids: [input.batchId] }) : [];
        const refused = batch ? batchRefusal(batch, 'PENDING') : { code: 'NOT_FOUND' as const, message: '' };
        if (refused?.code === 'NOT_FOUND') return notFound('batch of tasks in this project', ['input', 'batchId']);
        if (refused) return failure(refused.code, `The batch ${refused.message}`, ['input', 'batchId']);
      }
      const row = await createTaskRow(
        trx,
        'taskCreate',
        {
          id: newId('task'),
          projectId: input.projectId,
          batchId: input.batchId ?? null,
          kind: input.kind ?? 'GENAI',
          source: 'ANNOGRAPH',
          externalId: input.externalId ?? null,
          metadataJson: JSON.stringify(input.metadata ?? {}),
          dataJson: JSON.stringify(input.data ?? {}),
          createdAt: now,
          updatedAt: now,
        },
        actor,
      );
      return ok(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return failure('CONFLICT', 'The project has a task with this externalId already', ['input', 'externalId']);
    throw error;
  }
}

export async function setTaskMetadata(
  db: Database,
  actor: Actor,
  id: string,
  metadata: unknown,
  merge: boolean,
): Promise<Result<TaskRow>> {
  const target = await mutationTarget(actor, 'Mutation.taskSetMetadata', 'task', id);
  if (isFailure(target)) return target;
  if (!isPlainObject(metadata)) return failure('BAD_USER_INPUT', 'metadata must be a JSON object', ['metadata']);
  return ok(await writeMetadata(db, 'task', id, metadata, merge, changeActorOf(actor)));
}
