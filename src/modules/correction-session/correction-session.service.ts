import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { CoderRow, CorrectionSessionRow } from '../../db/rows';
import type { CorrectionSessionCreateInput, CorrectionStatus } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { actingUserId, mutationTarget, projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, fromZod, notFound } from '../user-errors';
import {
  deleteCorrectionSessionById,
  findCoderPredictionsBySegmentIds,
  findDocumentIdsByProjectId,
  findSegmentIdsByDocumentIds,
  insertCorrectionSegments,
  insertCorrectionSession,
  insertCorrectionTags,
  insertDocumentGroup,
  insertDocumentGroupMembers,
  updateCorrectionSession,
  updateCorrectionSessionStarted,
} from './correction-session.repository';

const Create = z.object({
  sampleSize: z.number().int().min(1, 'sampleSize is at least 1').max(1000, 'sampleSize is at most 1000').nullish(),
  // PostgreSQL refuses NUL characters in text: no store keeps them.
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((v) => !v.includes('\u0000'), 'name must not contain NUL characters')
    .nullish(),
  description: z
    .string()
    .max(5000)
    .refine((v) => !v.includes('\u0000'), 'description must not contain NUL characters')
    .nullish(),
});

/** Documents in a reproducible random order: by a hash of the session's uuid and the document id. */
export function sampleDocuments(documentIds: string[], seed: string, size: number): string[] {
  const rank = (id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
  return documentIds
    .map((id) => ({ id, rank: rank(id) }))
    .sort((a, b) => a.rank.localeCompare(b.rank))
    .slice(0, size)
    .map((d) => d.id);
}

/**
 * Creates a correction session: CREATED, SAMPLING (a reproducible sample of the project's documents becomes the
 * session's document group), PREDICTING (the model's tags on their segments become the session's tags), STARTED,
 * all in one transaction.
 */
export async function createCorrectionSession(
  db: Database,
  actor: Actor,
  input: CorrectionSessionCreateInput,
): Promise<Result<CorrectionSessionRow>> {
  const project = await projectTarget(actor, 'Mutation.correctionSessionCreate', input.projectId);
  if (isFailure(project)) return project;
  const parsed = Create.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const coder =
    tableOfId(input.modelId) === 'coder'
      ? ((await actor.visible('coder').load(input.modelId)) as CoderRow | null)
      : null;
  if (!coder || coder.projectId !== input.projectId || coder.kind !== 'CLASSIFIER')
    return notFound('classifier of this project', ['input', 'modelId']);
  const now = new Date().toISOString();
  const uuid = randomUUID();
  const id = newId('correctionSession');
  const name = parsed.data.name ?? `Correction of ${coder.label}`;
  const sampleSize = parsed.data.sampleSize ?? 20;
  const setStatus = (trx: Database, status: CorrectionStatus) =>
    updateCorrectionSession(trx, id, { status, updatedAt: new Date().toISOString() });
  return inTransaction(db, async (trx) => {
    const documents = await findDocumentIdsByProjectId(trx, input.projectId);
    if (documents.length === 0)
      return failure('PRECONDITION_FAILED', 'The project has no documents to sample', ['input', 'projectId']);
    await insertCorrectionSession(trx, {
      id,
      projectId: input.projectId,
      coderId: coder.id,
      userId: actingUserId(actor),
      uuid,
      source: 'ANNOGRAPH',
      name,
      description: parsed.data.description ?? null,
      status: 'CREATED',
      classificationType: input.type ?? 'ABSA',
      sampleSize,
      createdAt: now,
      updatedAt: now,
    });
    await setStatus(trx, 'SAMPLING');
    const sample = sampleDocuments(documents, uuid, sampleSize);
    const groupId = newId('documentGroup');
    await insertDocumentGroup(trx, {
      id: groupId,
      projectId: input.projectId,
      name: `${name} sample`,
      origin: 'CORRECTION',
      createdAt: now,
    });
    await insertDocumentGroupMembers(trx, groupId, sample);
    await updateCorrectionSession(trx, id, { documentGroupId: groupId });
    await setStatus(trx, 'PREDICTING');
    const segmentIds = await findSegmentIdsByDocumentIds(trx, sample);
    await insertCorrectionSegments(trx, id, segmentIds);
    const predictions = await findCoderPredictionsBySegmentIds(trx, coder.id, segmentIds);
    await insertCorrectionTags(
      trx,
      predictions.map((p) => ({
        id: newId('correctionTag'),
        projectId: input.projectId,
        sessionId: id,
        segmentId: p.segmentId,
        class: p.class,
        label: p.label,
        spanStart: p.spanStart,
        spanEnd: p.spanEnd,
        text: p.text,
        status: 'READY' as const,
        predicted: 1,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const classes = [...new Set(predictions.map((p) => p.class).filter((c): c is string => !!c))].sort();
    const labels = [...new Set(predictions.map((p) => p.label).filter((l): l is string => !!l))].sort();
    const session = await updateCorrectionSessionStarted(trx, id, classes, labels);
    // One change for the session: its steps to STARTED happen in this one transaction, and its predicted tags are
    // part of what it was created with.
    recordChange(trx, {
      type: 'SESSION_CREATED',
      objectId: id,
      projectId: input.projectId,
      by: changeActorOf(actor),
      payload: { modelId: coder.id, documentGroupId: groupId, status: session.status, tags: predictions.length },
    });
    return ok(session);
  });
}

/** Deletes a correction session; its document group stays. Answers the deleted session's id. */
export async function deleteCorrectionSession(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  const target = await mutationTarget(actor, 'Mutation.correctionSessionDelete', 'correctionSession', id);
  if (isFailure(target)) return target;
  return inTransaction(db, async (trx) => {
    const deleted = await deleteCorrectionSessionById(trx, id);
    if (!deleted) return notFound('correction session', ['id']);
    recordChange(trx, {
      type: 'SESSION_DELETED',
      objectId: id,
      projectId: target.projectId,
      by: changeActorOf(actor),
    });
    return ok(deleted.id);
  });
}
