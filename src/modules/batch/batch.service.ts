import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { BatchRow } from '../../db/rows';
import type { BatchCreateInput, BatchStatus } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { isPlainObject } from '../deep-merge';
import { writeMetadata } from '../metadata';
import { actingUserId, isFailure, mutationTarget, projectTarget } from '../mutation-target';
import { inTransaction, ok, type Result } from '../result';
import { transitionRow } from '../state-transition';
import { MAX_UPSTREAM_ID_LENGTH } from '../task/external-id';
import { cancelPendingTasksOfBatch } from '../task/task-lifecycle';
import { failure, fromZod, isUniqueViolation } from '../user-errors';
import { insertBatch } from './batch.repository';

// Scale's batch state machine (reference/upstream-apis.md §002), with Scale's own words for sourceStatus.
const CHANGES = {
  finalize: { field: 'Mutation.batchFinalize', from: ['STAGING'], to: 'IN_PROGRESS', word: 'in_progress' },
  pause: { field: 'Mutation.batchPause', from: ['IN_PROGRESS'], to: 'PAUSED', word: 'paused' },
  resume: { field: 'Mutation.batchResume', from: ['PAUSED'], to: 'IN_PROGRESS', word: 'in_progress' },
  cancel: {
    field: 'Mutation.batchCancel',
    from: ['STAGING', 'IN_PROGRESS', 'PAUSED'],
    to: 'CANCELED',
    word: 'cancelled',
  },
} as const satisfies Record<string, { field: string; from: BatchStatus[]; to: BatchStatus; word: string }>;

export type BatchChange = keyof typeof CHANGES;

export async function changeBatchStatus(
  db: Database,
  actor: Actor,
  id: string,
  change: BatchChange,
): Promise<Result<BatchRow>> {
  const c = CHANGES[change];
  const target = await mutationTarget(actor, c.field, 'batch', id);
  if (isFailure(target)) return target;
  if (target.kind !== 'TASKS')
    return failure('PRECONDITION_FAILED', 'Only batches of tasks have this lifecycle', ['id']);
  const now = new Date().toISOString();
  return inTransaction(db, async (trx) => {
    const batch = await transitionRow(
      trx,
      'batch',
      id,
      c.from,
      { status: c.to, sourceStatus: c.word, updatedAt: now },
      change,
    );
    if (isFailure(batch)) return batch;
    const by = changeActorOf(actor);
    // `from`: the transition's one status, else the one read before (as a task's `seen`; null if it was no `from`).
    const from =
      c.from.length === 1
        ? c.from[0]
        : (c.from as readonly BatchStatus[]).includes(target.status)
          ? target.status
          : null;
    // Scale: canceling a batch cancels its tasks that have not started.
    const canceledTasks =
      change === 'cancel'
        ? await cancelPendingTasksOfBatch(trx, id, { userId: actingUserId(actor), actor: by }, now)
        : 0;
    recordChange(trx, {
      type: 'BATCH_STATUS_CHANGED',
      objectId: id,
      projectId: batch.projectId,
      by,
      payload: { from, to: c.to, ...(change === 'cancel' ? { canceledTasks } : {}) },
    });
    return ok(batch);
  });
}

const CreateInput = z.object({
  // Batch names are upstream references too (a Scale record names its batch): the same limit as upstream ids.
  name: z
    .string()
    .trim()
    .min(1, 'Name must not be empty')
    .max(MAX_UPSTREAM_ID_LENGTH, `Name must be at most ${MAX_UPSTREAM_ID_LENGTH} characters`),
  callback: z.string().max(2000).nullish(),
  metadata: z.record(z.unknown()).nullish(),
});

export async function createBatch(db: Database, actor: Actor, input: BatchCreateInput): Promise<Result<BatchRow>> {
  const project = await projectTarget(actor, 'Mutation.batchCreate', input.projectId);
  if (isFailure(project)) return project;
  const parsed = CreateInput.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const now = new Date().toISOString();
  const staging = input.staging ?? false;
  try {
    return await inTransaction(db, async (trx) => {
      const batch = await insertBatch(trx, {
        id: newId('batch'),
        projectId: input.projectId,
        kind: 'TASKS',
        name: parsed.data.name,
        status: staging ? 'STAGING' : 'IN_PROGRESS',
        sourceStatus: staging ? 'staging' : 'in_progress',
        source: 'ANNOGRAPH',
        callback: parsed.data.callback ?? null,
        metadataJson: JSON.stringify(parsed.data.metadata ?? {}),
        createdAt: now,
        updatedAt: now,
      });
      recordChange(trx, {
        type: 'BATCH_CREATED',
        objectId: batch.id,
        projectId: batch.projectId,
        by: changeActorOf(actor),
        payload: { kind: batch.kind, status: batch.status },
      });
      return ok(batch);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return failure('CONFLICT', 'The project has a batch with this name', ['input', 'name']);
    throw error;
  }
}

export async function setBatchMetadata(
  db: Database,
  actor: Actor,
  id: string,
  metadata: unknown,
  merge: boolean,
): Promise<Result<BatchRow>> {
  const target = await mutationTarget(actor, 'Mutation.batchSetMetadata', 'batch', id);
  if (isFailure(target)) return target;
  if (!isPlainObject(metadata)) return failure('BAD_USER_INPUT', 'metadata must be a JSON object', ['metadata']);
  return ok(await writeMetadata(db, 'batch', id, metadata, merge, changeActorOf(actor)));
}
