import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../../context';
import type { Database } from '../../db/database';
import type { CorrectionSessionCreateInput, CorrectionStatus } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isFailure, mutationTarget } from '../mutation-target';
import { failure, fromZod, notFound, type Failure } from '../user-errors';

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

async function setStatus(trx: Database, id: string, status: CorrectionStatus) {
  await trx
    .updateTable('correctionSession')
    .set({ status, updatedAt: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/**
 * Creates a correction session: CREATED, SAMPLING (a reproducible sample of the project's documents becomes the
 * session's document group), PREDICTING (the model's tags on their segments become the session's tags), STARTED,
 * all in one transaction.
 */
export async function createCorrectionSession(ctx: Context, input: CorrectionSessionCreateInput) {
  if (
    tableOfId(input.projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.correctionSessionCreate', { projectId: input.projectId }))
  ) {
    return notFound('project', ['input', 'projectId']);
  }
  const parsed = Create.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const coder = tableOfId(input.modelId) === 'coder' ? await ctx.loaders.rowById('coder').load(input.modelId) : null;
  if (!coder || coder.projectId !== input.projectId || coder.kind !== 'CLASSIFIER')
    return notFound('classifier of this project', ['input', 'modelId']);
  const now = new Date().toISOString();
  const uuid = randomUUID();
  const id = newId('correctionSession');
  const viewer = ctx.access.viewer;
  const name = parsed.data.name ?? `Correction of ${coder.label}`;
  const session = await ctx.db.transaction().execute(async (trx) => {
    const documents = (
      await trx.selectFrom('document').select('id').where('projectId', '=', input.projectId).execute()
    ).map((d) => d.id);
    if (documents.length === 0)
      return failure('PRECONDITION_FAILED', 'The project has no documents to sample', ['input', 'projectId']);
    await trx
      .insertInto('correctionSession')
      .values({
        id,
        projectId: input.projectId,
        coderId: coder.id,
        userId: viewer.kind === 'user' ? viewer.userId : null,
        uuid,
        source: 'ANNOGRAPH',
        name,
        description: parsed.data.description ?? null,
        status: 'CREATED',
        classificationType: input.type ?? 'ABSA',
        sampleSize: parsed.data.sampleSize ?? 20,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await setStatus(trx, id, 'SAMPLING');
    const sample = sampleDocuments(documents, uuid, parsed.data.sampleSize ?? 20);
    const groupId = newId('documentGroup');
    await trx
      .insertInto('documentGroup')
      .values({ id: groupId, projectId: input.projectId, name: `${name} sample`, origin: 'CORRECTION', createdAt: now })
      .execute();
    for (let i = 0; i < sample.length; i += 200) {
      await trx
        .insertInto('documentGroupMember')
        .values(sample.slice(i, i + 200).map((documentId) => ({ groupId, id: documentId })))
        .execute();
    }
    await trx.updateTable('correctionSession').set({ documentGroupId: groupId }).where('id', '=', id).execute();
    await setStatus(trx, id, 'PREDICTING');
    const segments = await trx.selectFrom('segment').select(['id']).where('documentId', 'in', sample).execute();
    const segmentIds = segments.map((s) => s.id);
    for (let i = 0; i < segmentIds.length; i += 200) {
      await trx
        .insertInto('correctionSegment')
        .values(segmentIds.slice(i, i + 200).map((segmentId) => ({ sessionId: id, segmentId })))
        .execute();
    }
    // In slices of 500 ids: a large sample has more segments than a statement may bind.
    const predictions = [];
    for (let i = 0; i < segmentIds.length; i += 500) {
      predictions.push(
        ...(await trx
          .selectFrom('coderPrediction')
          .innerJoin('segment', 'segment.id', 'coderPrediction.segmentId')
          .select([
            'coderPrediction.segmentId',
            'coderPrediction.class',
            'coderPrediction.label',
            'segment.spanStart',
            'segment.spanEnd',
            'segment.text',
          ])
          .where('coderPrediction.coderId', '=', coder.id)
          .where('coderPrediction.segmentId', 'in', segmentIds.slice(i, i + 500))
          .orderBy('coderPrediction.segmentId')
          .execute()),
      );
    }
    for (let i = 0; i < predictions.length; i += 100) {
      await trx
        .insertInto('correctionTag')
        .values(
          predictions.slice(i, i + 100).map((p) => ({
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
        )
        .execute();
    }
    const classes = [...new Set(predictions.map((p) => p.class).filter((c): c is string => !!c))].sort();
    const labels = [...new Set(predictions.map((p) => p.label).filter((l): l is string => !!l))].sort();
    return trx
      .updateTable('correctionSession')
      .set({
        status: 'STARTED',
        classesJson: JSON.stringify(classes),
        labelsJson: JSON.stringify(labels),
        updatedAt: new Date().toISOString(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  return isFailure(session) ? session : { session, userErrors: [] };
}

export async function deleteCorrectionSession(ctx: Context, id: string) {
  const target = await mutationTarget(ctx, 'Mutation.correctionSessionDelete', 'correctionSession', id);
  if (isFailure(target)) return target;
  const deleted = await ctx.db
    .transaction()
    .execute((trx) => trx.deleteFrom('correctionSession').where('id', '=', id).returning('id').executeTakeFirst());
  return deleted ? { deletedSessionId: deleted.id, userErrors: [] } : notFound('correction session', ['id']);
}
