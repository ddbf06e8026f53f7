import { z } from 'zod';
import type { Context } from '../../context';
import type { SearchSessionRow } from '../../db/rows';
import type { SearchSessionAddEventsInput, SearchSessionRegisterInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isFailure, mutationTarget } from '../mutation-target';
import { failure, fromZod, isUniqueViolation, notFound, type Failure } from '../user-errors';
import { ensureCollectingBatch, findSearchSessionByExternalId, takeSessionNumber } from './search-session.repository';

type Result = { session: SearchSessionRow; userErrors: [] } | Failure;

// EmbeddingStudio accepts sessions created within the last 12 hours and at most 5 minutes ahead.
const MAX_PAST_MS = 12 * 3600_000;
const MAX_FUTURE_MS = 5 * 60_000;
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

const Register = z.object({
  sessionId: z.string().trim().min(1, 'sessionId must not be empty').max(200),
  userId: z.string().max(200).nullish(),
  searchResults: z.array(z.object({ objectId: z.string().min(1) }).passthrough()).max(1000),
});

/**
 * Registers a search session, idempotent on its client id: it joins the collecting batch (opened when none is)
 * with the next number. Of two concurrent registrations each gets its own number, and a number is taken only by
 * a transaction that commits, so numbers have no gaps.
 */
export async function registerSearchSession(ctx: Context, input: SearchSessionRegisterInput): Promise<Result> {
  if (tableOfId(input.projectId) !== 'project' || !(await ctx.access.authorize('Mutation.searchSessionRegister', { projectId: input.projectId }))) {
    return notFound('project', ['input', 'projectId']);
  }
  const parsed = Register.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const nowMs = Date.now();
  const createdMs = input.createdAt ? Date.parse(input.createdAt) : nowMs;
  if (createdMs < nowMs - MAX_PAST_MS || createdMs > nowMs + MAX_FUTURE_MS) {
    return failure('BAD_USER_INPUT', `Invalid utc timestamp: ${input.createdAt} (allowed: the last 12 hours to 5 minutes ahead)`, ['input', 'createdAt']);
  }
  const existing = await findSearchSessionByExternalId(ctx.db, input.projectId, parsed.data.sessionId);
  if (existing) return { session: existing, userErrors: [] };
  const now = new Date(nowMs).toISOString();
  try {
    const session = await ctx.db.transaction().execute(async (trx) => {
      // A release may close the collecting batch between the two statements: then open the next one.
      let batch: Awaited<ReturnType<typeof takeSessionNumber>>;
      for (let attempt = 0; !batch && attempt < 5; attempt++) {
        await ensureCollectingBatch(trx, input.projectId, now);
        batch = await takeSessionNumber(trx, input.projectId, now);
      }
      if (!batch) throw new Error('no collecting batch after five attempts');
      return trx.insertInto('searchSession').values({
        id: newId('searchSession'), projectId: input.projectId, batchId: batch.id, sessionNumber: batch.sessionCounter, source: 'EMBEDDING_STUDIO',
        externalId: parsed.data.sessionId, searchQueryJson: JSON.stringify(input.searchQuery), searchResultsJson: JSON.stringify(input.searchResults),
        searchMetaJson: json(input.searchMeta), payloadFilterJson: json(input.payloadFilter), sortByJson: json(input.sortBy),
        searchUserId: input.userId ?? null, isPayloadSearch: input.isPayloadSearch ? 1 : 0, createdAt: new Date(createdMs).toISOString(), registeredAt: now,
      }).returningAll().executeTakeFirstOrThrow();
    });
    return { session, userErrors: [] };
  } catch (error) {
    // The same session id registered concurrently: the other request won, and this one's number was rolled back.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findSearchSessionByExternalId(ctx.db, input.projectId, parsed.data.sessionId);
    if (!winner) throw error;
    return { session: winner, userErrors: [] };
  }
}

const MAX_KEY_LENGTH = 200;

export async function addSessionEvents(ctx: Context, input: SearchSessionAddEventsInput): Promise<Result> {
  const session = await mutationTarget(ctx, 'Mutation.searchSessionAddEvents', 'searchSession', input.sessionId, ['input', 'sessionId']);
  if (isFailure(session)) return session;
  if (input.events.length > 1000) return failure('BAD_USER_INPUT', 'At most 1000 events per call', ['input', 'events']);
  // eventId is a key of a unique index: PostgreSQL refuses index entries over 8 KB (a 500 before this check).
  const longId = input.events.findIndex((e) => e.eventId.length > MAX_KEY_LENGTH);
  if (longId >= 0) return failure('BAD_USER_INPUT', `eventId is longer than ${MAX_KEY_LENGTH} characters`, ['input', 'events', String(longId), 'eventId']);
  const now = new Date().toISOString();
  const rows = input.events.map((e) => ({
    id: newId('sessionEvent'), projectId: session.projectId, sessionId: session.id, externalId: e.eventId, objectId: e.objectId,
    eventType: e.eventType ?? 'click', metaJson: json(e.meta), createdAt: e.createdAt ?? now,
  }));
  if (rows.length) {
    await ctx.db.transaction().execute((trx) =>
      trx.insertInto('sessionEvent').values(rows).onConflict((oc) => oc.columns(['sessionId', 'externalId']).doNothing()).execute(),
    );
  }
  return { session, userErrors: [] };
}

export async function markSessionIrrelevant(ctx: Context, id: string): Promise<Result> {
  const target = await mutationTarget(ctx, 'Mutation.searchSessionMarkIrrelevant', 'searchSession', id);
  if (isFailure(target)) return target;
  const session = await ctx.db.transaction().execute((trx) =>
    trx.updateTable('searchSession').set({ isIrrelevant: 1 }).where('id', '=', id).returningAll().executeTakeFirst(),
  );
  if (!session) return notFound('search session', ['id']);
  ctx.loaders.rowById('searchSession').clear(id).prime(id, session);
  return { session, userErrors: [] };
}
