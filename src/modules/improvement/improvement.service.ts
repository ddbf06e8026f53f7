import { sql } from 'kysely';
import type { Context } from '../../context';
import type { BatchRow, ImprovementItemRow } from '../../db/rows';
import type { ImprovementOutcome } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isFailure, mutationTarget } from '../mutation-target';
import { failure, isUniqueViolation, notFound, type Failure } from '../user-errors';
import { countEvents } from '../search-session/search-session.repository';
import { MAX_CLIENT_ID, searchSessionTarget } from '../search-session/session-target';

const MAX_DETAIL = 1500;

/**
 * Queues a search session for model improvement (EmbeddingStudio's use-for-improvement): it needs events or the
 * irrelevant mark; a payload search is skipped (not suitable for training); a session already queued and not
 * finished is returned as it is.
 */
export async function useSessionForImprovement(ctx: Context, sessionId: string, projectId?: string | null) {
  const session = await searchSessionTarget(ctx, 'Mutation.sessionUseForImprovement', sessionId, projectId, {
    id: ['sessionId'],
    projectId: ['projectId'],
  });
  if (isFailure(session)) return { ...session, skipped: false };
  if (session.isPayloadSearch) return { item: null, skipped: true, userErrors: [] };
  if (!session.isIrrelevant && Number((await countEvents(ctx.db, session.id)).n) === 0) {
    return {
      ...failure(
        'PRECONDITION_FAILED',
        'The session has no events and is not marked irrelevant: there is nothing to learn from',
        ['sessionId'],
      ),
      skipped: false,
    };
  }
  const now = new Date().toISOString();
  // One open item per session (a partial unique index): of two concurrent calls, one inserts, both return it.
  const item = await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('improvementItem')
      .values({
        id: newId('improvementItem'),
        projectId: session.projectId,
        sessionId: session.id,
        status: 'PENDING',
        createdAt: now,
        updatedAt: now,
      })
      .onConflict((oc) =>
        oc
          .column('sessionId')
          .where('status', 'in', [sql.lit<'PENDING'>('PENDING'), sql.lit<'PROCESSING'>('PROCESSING')])
          .doNothing(),
      )
      .execute();
    return trx
      .selectFrom('improvementItem')
      .selectAll()
      .where('sessionId', '=', session.id)
      .where('status', 'in', ['PENDING', 'PROCESSING'])
      .executeTakeFirstOrThrow();
  });
  return { item, skipped: false, userErrors: [] };
}

/**
 * Claims the oldest claimable item: PENDING, or PROCESSING with a lease that ran out. One conditional update per
 * attempt: of two workers racing for one item, one gets it and the other moves on to the next.
 */
export async function claimImprovementItem(
  ctx: Context,
  projectId: string,
  leaseSeconds: number,
): Promise<{ item: ImprovementItemRow | null; userErrors: [] } | Failure> {
  if (
    tableOfId(projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.improvementItemClaim', { projectId }))
  )
    return notFound('project', ['projectId']);
  if (!Number.isInteger(leaseSeconds) || leaseSeconds < 1 || leaseSeconds > 86_400)
    return failure('BAD_USER_INPUT', 'leaseSeconds is 1 to 86400', ['leaseSeconds']);
  const claimer = ctx.access.viewer.kind === 'anonymous' ? null : ctx.access.viewer.tokenId;
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = new Date();
    const nowIso = now.toISOString();
    const candidate = await ctx.db
      .selectFrom('improvementItem')
      .select('id')
      .where('projectId', '=', projectId)
      .where((eb) =>
        eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'PROCESSING'), eb('leaseUntil', '<', nowIso)])]),
      )
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!candidate) return { item: null, userErrors: [] };
    const item = await ctx.db.transaction().execute((trx) =>
      trx
        .updateTable('improvementItem')
        .set({
          status: 'PROCESSING',
          claimedBy: claimer,
          leaseUntil: new Date(now.getTime() + leaseSeconds * 1000).toISOString(),
          updatedAt: nowIso,
        })
        .where('id', '=', candidate.id)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'PENDING'),
            eb.and([eb('status', '=', 'PROCESSING'), eb('leaseUntil', '<', nowIso)]),
          ]),
        )
        .returningAll()
        .executeTakeFirst(),
    );
    if (item) return { item, userErrors: [] };
  }
  return failure('CONFLICT', 'Other workers took every item tried; try again', ['projectId']);
}

export async function completeImprovementItem(
  ctx: Context,
  id: string,
  outcome: ImprovementOutcome,
  detail: string | null | undefined,
) {
  const target = await mutationTarget(ctx, 'Mutation.improvementItemComplete', 'improvementItem', id);
  if (isFailure(target)) return target;
  if (detail && detail.length > MAX_DETAIL)
    return failure('BAD_USER_INPUT', `detail is at most ${MAX_DETAIL} characters`, ['detail']);
  if (detail?.includes('\u0000'))
    return failure('BAD_USER_INPUT', 'detail must not contain NUL characters', ['detail']);
  const claimer = ctx.access.viewer.kind === 'anonymous' ? null : ctx.access.viewer.tokenId;
  const item = await ctx.db.transaction().execute((trx) =>
    trx
      .updateTable('improvementItem')
      .set({ status: outcome, detail: detail ?? null, leaseUntil: null, updatedAt: new Date().toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'PROCESSING')
      .where('claimedBy', '=', claimer)
      .returningAll()
      .executeTakeFirst(),
  );
  if (!item) {
    const current = await ctx.db
      .selectFrom('improvementItem')
      .select(['status', 'claimedBy'])
      .where('id', '=', id)
      .executeTakeFirst();
    return current?.status === 'PROCESSING'
      ? failure('CONFLICT', 'Another worker holds this item (your lease ran out and it was claimed again)', ['id'])
      : failure(
          'INVALID_STATE_TRANSITION',
          `Only a PROCESSING item can be completed; this one is ${current?.status ?? 'gone'}`,
          ['id'],
        );
  }
  return { item, userErrors: [] };
}

/**
 * Releases the project's collecting batch under `releaseId` (EmbeddingStudio's release_batch). Idempotent: a
 * releaseId already used returns its batch. Of two concurrent releases, one takes the batch; the other finds it
 * by its releaseId (same id) or answers NOT_FOUND (another id). A releaseId never names two batches.
 */
export async function releaseBatch(
  ctx: Context,
  projectId: string,
  releaseId: string,
): Promise<{ batch: BatchRow; userErrors: [] } | Failure> {
  if (tableOfId(projectId) !== 'project' || !(await ctx.access.authorize('Mutation.batchRelease', { projectId })))
    return notFound('project', ['projectId']);
  if (!releaseId.trim() || releaseId.length > MAX_CLIENT_ID || releaseId.includes('\u0000')) {
    return failure('BAD_USER_INPUT', `releaseId is 1 to ${MAX_CLIENT_ID} characters, without NUL characters`, [
      'releaseId',
    ]);
  }
  const byReleaseId = () =>
    ctx.db
      .selectFrom('batch')
      .selectAll()
      .where('projectId', '=', projectId)
      .where('releaseId', '=', releaseId)
      .executeTakeFirst();
  const known = await byReleaseId();
  if (known) return { batch: known, userErrors: [] };
  const now = new Date().toISOString();
  try {
    const released = await ctx.db
      .transaction()
      .execute((trx) =>
        trx
          .updateTable('batch')
          .set({ status: 'RELEASED', sourceStatus: 'released', releaseId, releasedAt: now, updatedAt: now })
          .where('projectId', '=', projectId)
          .where('status', '=', 'COLLECTING')
          .returningAll()
          .executeTakeFirst(),
      );
    if (released) return { batch: released, userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const raced = await byReleaseId();
  if (raced) return { batch: raced, userErrors: [] };
  return failure('NOT_FOUND', 'There is no collecting batch', ['releaseId']);
}
