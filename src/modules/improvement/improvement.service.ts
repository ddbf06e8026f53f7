import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { BatchRow, ImprovementItemRow, SearchSessionRow } from '../../db/rows';
import type {
  MutationBatchReleaseArgs,
  MutationImprovementItemClaimArgs,
  MutationImprovementItemCompleteArgs,
  MutationSessionUseForImprovementArgs,
} from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { mutationTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { countEvents } from '../search-session/search-session.repository';
import { MAX_CLIENT_ID, searchSessionTarget } from '../search-session/session-target';
import { failure, isUniqueViolation, notFound } from '../user-errors';
import {
  findBatchByReleaseId,
  findClaimableImprovementItem,
  findImprovementItemState,
  findOpenImprovementItemBySessionId,
  insertImprovementItemUnlessOpen,
  updateCollectingBatchReleased,
  updateImprovementItemClaimed,
  updateImprovementItemCompleted,
} from './improvement.repository';

const MAX_DETAIL = 1500;

/** The token a worker claims and completes items with; null for the anonymous (who may do neither). */
const claimerOf = (actor: Actor) => (actor.viewer.kind === 'anonymous' ? null : actor.viewer.tokenId);

/** What sessionUseForImprovement did: the queued item, or skipped; with the session, for the caller's loader. */
export type UseForImprovement = { item: ImprovementItemRow | null; skipped: boolean; session: SearchSessionRow };

/**
 * Queues a search session for model improvement (EmbeddingStudio's use-for-improvement): it needs events or the
 * irrelevant mark; a payload search is skipped (not suitable for training); a session already queued and not
 * finished is returned as it is.
 */
export async function useSessionForImprovement(
  db: Database,
  actor: Actor,
  { sessionId, projectId }: MutationSessionUseForImprovementArgs,
): Promise<Result<UseForImprovement>> {
  const session = await searchSessionTarget(db, actor, 'Mutation.sessionUseForImprovement', sessionId, projectId, {
    id: ['sessionId'],
    projectId: ['projectId'],
  });
  if (isFailure(session)) return session;
  if (session.isPayloadSearch) return ok({ item: null, skipped: true, session });
  if (!session.isIrrelevant && Number((await countEvents(db, session.id)).n) === 0) {
    return failure(
      'PRECONDITION_FAILED',
      'The session has no events and is not marked irrelevant: there is nothing to learn from',
      ['sessionId'],
    );
  }
  const now = new Date().toISOString();
  // One open item per session (a partial unique index): of two concurrent calls, one inserts, both return it.
  return inTransaction(db, async (trx) => {
    const queued = await insertImprovementItemUnlessOpen(trx, {
      id: newId('improvementItem'),
      projectId: session.projectId,
      sessionId: session.id,
      status: 'PENDING',
      createdAt: now,
      updatedAt: now,
    });
    const item = await findOpenImprovementItemBySessionId(trx, session.id);
    // A session queued already (its item still open) is answered as it is: nothing changed.
    if (queued)
      recordChange(trx, {
        type: 'SESSION_USED_FOR_IMPROVEMENT',
        objectId: session.id,
        projectId: session.projectId,
        by: changeActorOf(actor),
        payload: { improvementItemId: item.id },
      });
    return ok({ item, skipped: false, session });
  });
}

/** An item's move from `from` to its status now. */
function recordItemStatus(trx: Database, actor: Actor, item: ImprovementItemRow, from: string) {
  recordChange(trx, {
    type: 'IMPROVEMENT_ITEM_STATUS_CHANGED',
    objectId: item.id,
    projectId: item.projectId,
    by: changeActorOf(actor),
    payload: { from, to: item.status, sessionId: item.sessionId },
  });
}

/**
 * Claims the oldest claimable item: PENDING, or PROCESSING with a lease that ran out. One conditional update per
 * attempt: of two workers racing for one item, one gets it and the other moves on to the next. Null: nothing to
 * claim.
 */
export async function claimImprovementItem(
  db: Database,
  actor: Actor,
  { projectId, leaseSeconds: lease }: MutationImprovementItemClaimArgs,
): Promise<Result<ImprovementItemRow | null>> {
  const leaseSeconds = lease ?? 300;
  if (tableOfId(projectId) !== 'project' || !(await actor.authorize('Mutation.improvementItemClaim', { projectId })))
    return notFound('project', ['projectId']);
  if (!Number.isInteger(leaseSeconds) || leaseSeconds < 1 || leaseSeconds > 86_400)
    return failure('BAD_USER_INPUT', 'leaseSeconds is 1 to 86400', ['leaseSeconds']);
  const claimedBy = claimerOf(actor);
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = new Date();
    const nowIso = now.toISOString();
    const candidate = await findClaimableImprovementItem(db, projectId, nowIso);
    if (!candidate) return ok(null);
    const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
    const item = await inTransaction(db, async (trx) => {
      const claimed = await updateImprovementItemClaimed(trx, candidate.id, { claimedBy, leaseUntil, nowIso });
      // From PENDING, or PROCESSING again when the lease of the worker before ran out (as the candidate was read).
      if (claimed) recordItemStatus(trx, actor, claimed, candidate.status);
      return ok(claimed);
    });
    if (item.ok && item.value) return ok(item.value);
  }
  return failure('CONFLICT', 'Other workers took every item tried; try again', ['projectId']);
}

/** Finishes a PROCESSING item as DONE or FAILED; only the token that claimed it may. */
export async function completeImprovementItem(
  db: Database,
  actor: Actor,
  { id, outcome, detail }: MutationImprovementItemCompleteArgs,
): Promise<Result<ImprovementItemRow>> {
  const target = await mutationTarget(actor, 'Mutation.improvementItemComplete', 'improvementItem', id);
  if (isFailure(target)) return target;
  if (detail && detail.length > MAX_DETAIL)
    return failure('BAD_USER_INPUT', `detail is at most ${MAX_DETAIL} characters`, ['detail']);
  if (detail?.includes('\u0000'))
    return failure('BAD_USER_INPUT', 'detail must not contain NUL characters', ['detail']);
  const item = await inTransaction(db, async (trx) => {
    const completed = await updateImprovementItemCompleted(trx, id, claimerOf(actor), outcome, detail ?? null);
    if (completed) recordItemStatus(trx, actor, completed, 'PROCESSING');
    return ok(completed);
  });
  if (item.ok && item.value) return ok(item.value);
  const current = await findImprovementItemState(db, id);
  return current?.status === 'PROCESSING'
    ? failure('CONFLICT', 'Another worker holds this item (your lease ran out and it was claimed again)', ['id'])
    : failure(
        'INVALID_STATE_TRANSITION',
        `Only a PROCESSING item can be completed; this one is ${current?.status ?? 'gone'}`,
        ['id'],
      );
}

/**
 * Releases the project's collecting batch under `releaseId` (EmbeddingStudio's release_batch). Idempotent: a
 * releaseId already used returns its batch. Of two concurrent releases, one takes the batch; the other finds it
 * by its releaseId (same id) or answers NOT_FOUND (another id). A releaseId never names two batches.
 */
export async function releaseBatch(
  db: Database,
  actor: Actor,
  { projectId, releaseId }: MutationBatchReleaseArgs,
): Promise<Result<BatchRow>> {
  if (tableOfId(projectId) !== 'project' || !(await actor.authorize('Mutation.batchRelease', { projectId })))
    return notFound('project', ['projectId']);
  if (!releaseId.trim() || releaseId.length > MAX_CLIENT_ID || releaseId.includes('\u0000')) {
    return failure('BAD_USER_INPUT', `releaseId is 1 to ${MAX_CLIENT_ID} characters, without NUL characters`, [
      'releaseId',
    ]);
  }
  const known = await findBatchByReleaseId(db, projectId, releaseId);
  if (known) return ok(known);
  const now = new Date().toISOString();
  try {
    const released = await inTransaction(db, async (trx) => {
      const batch = await updateCollectingBatchReleased(trx, projectId, releaseId, now);
      if (batch)
        recordChange(trx, {
          type: 'BATCH_RELEASED',
          objectId: batch.id,
          projectId,
          by: changeActorOf(actor),
          payload: { releaseId, from: 'COLLECTING', to: 'RELEASED', sessions: batch.sessionCounter },
        });
      return ok(batch);
    });
    if (released.ok && released.value) return ok(released.value);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const raced = await findBatchByReleaseId(db, projectId, releaseId);
  if (raced) return ok(raced);
  return failure('NOT_FOUND', 'There is no collecting batch', ['releaseId']);
}
