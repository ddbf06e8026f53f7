import { z } from 'zod';
import type { Context } from '../../context';
import type { SearchSessionRow } from '../../db/rows';
import type { SearchSessionAddEventsInput, SearchSessionRegisterInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isFailure } from '../mutation-target';
import { clientId, clientIdProblem, MAX_CLIENT_ID, searchSessionTarget } from './session-target';
import { failure, fromZod, isUniqueViolation, notFound, type Failure } from '../user-errors';
import { ensureCollectingBatch, findSearchSessionByExternalId, takeSessionNumber } from './search-session.repository';

type Result = { session: SearchSessionRow; userErrors: [] } | Failure;

// EmbeddingStudio accepts sessions created within the last 12 hours and at most 5 minutes ahead.
const MAX_PAST_MS = 12 * 3600_000;
const MAX_FUTURE_MS = 5 * 60_000;
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

const Register = z.object({
  sessionId: clientId('sessionId', { trim: true }),
  userId: z
    .string()
    .max(MAX_CLIENT_ID, `userId is at most ${MAX_CLIENT_ID} characters`)
    .refine((v) => !v.includes('\u0000'), 'userId must not contain NUL characters')
    .nullish(),
  searchResults: z.array(z.object({ objectId: clientId('objectId') }).passthrough()).max(1000),
});

/**
 * Registers a search session, idempotent on its client id: it joins the collecting batch (opened when none is)
 * with the next number. Of two concurrent registrations each gets its own number, and a number is taken only by
 * a transaction that commits, so numbers have no gaps.
 */
export async function registerSearchSession(ctx: Context, input: SearchSessionRegisterInput): Promise<Result> {
  if (
    tableOfId(input.projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.searchSessionRegister', { projectId: input.projectId }))
  ) {
    return notFound('project', ['input', 'projectId']);
  }
  const parsed = Register.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const nowMs = Date.now();
  const createdMs = input.createdAt ? Date.parse(input.createdAt) : nowMs;
  if (createdMs < nowMs - MAX_PAST_MS || createdMs > nowMs + MAX_FUTURE_MS) {
    return failure(
      'BAD_USER_INPUT',
      `Invalid utc timestamp: ${input.createdAt} (allowed: the last 12 hours to 5 minutes ahead)`,
      ['input', 'createdAt'],
    );
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
      return trx
        .insertInto('searchSession')
        .values({
          id: newId('searchSession'),
          projectId: input.projectId,
          batchId: batch.id,
          sessionNumber: batch.sessionCounter,
          source: 'EMBEDDING_STUDIO',
          externalId: parsed.data.sessionId,
          searchQueryJson: JSON.stringify(input.searchQuery),
          searchResultsJson: JSON.stringify(input.searchResults),
          searchMetaJson: json(input.searchMeta),
          payloadFilterJson: json(input.payloadFilter),
          sortByJson: json(input.sortBy),
          searchUserId: input.userId ?? null,
          isPayloadSearch: input.isPayloadSearch ? 1 : 0,
          createdAt: new Date(createdMs).toISOString(),
          registeredAt: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
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

/** Adds events to a session named by its Annograph id, or by the client's session id within `projectId`. */
export async function addSessionEvents(ctx: Context, input: SearchSessionAddEventsInput): Promise<Result> {
  const session = await searchSessionTarget(ctx, 'Mutation.searchSessionAddEvents', input.sessionId, input.projectId, {
    id: ['input', 'sessionId'],
    projectId: ['input', 'projectId'],
  });
  if (isFailure(session)) return session;
  if (input.events.length > 1000) return failure('BAD_USER_INPUT', 'At most 1000 events per call', ['input', 'events']);
  // eventId is a key of a unique index (PostgreSQL refuses index entries over 8 KB), objectId a client id too;
  // both were taken empty before, and still are.
  for (let i = 0; i < input.events.length; i++) {
    for (const key of ['eventId', 'objectId'] as const) {
      const problem = clientIdProblem(key, input.events[i][key], { allowEmpty: true });
      if (problem) return failure('BAD_USER_INPUT', problem, ['input', 'events', String(i), key]);
    }
    const eventType = input.events[i].eventType;
    if (eventType != null && (eventType.length > MAX_CLIENT_ID || eventType.includes('\u0000'))) {
      return failure('BAD_USER_INPUT', `eventType is at most ${MAX_CLIENT_ID} characters, without NUL characters`, [
        'input',
        'events',
        String(i),
        'eventType',
      ]);
    }
  }
  const now = new Date().toISOString();
  const rows = input.events.map((e) => ({
    id: newId('sessionEvent'),
    projectId: session.projectId,
    sessionId: session.id,
    externalId: e.eventId,
    objectId: e.objectId,
    eventType: e.eventType ?? 'click',
    metaJson: json(e.meta),
    createdAt: e.createdAt ?? now,
  }));
  if (rows.length) {
    await ctx.db.transaction().execute((trx) =>
      trx
        .insertInto('sessionEvent')
        .values(rows)
        .onConflict((oc) => oc.columns(['sessionId', 'externalId']).doNothing())
        .execute(),
    );
  }
  return { session, userErrors: [] };
}

export async function markSessionIrrelevant(ctx: Context, id: string, projectId?: string | null): Promise<Result> {
  const target = await searchSessionTarget(ctx, 'Mutation.searchSessionMarkIrrelevant', id, projectId, {
    id: ['id'],
    projectId: ['projectId'],
  });
  if (isFailure(target)) return target;
  const session = await ctx.db
    .transaction()
    .execute((trx) =>
      trx
        .updateTable('searchSession')
        .set({ isIrrelevant: 1 })
        .where('id', '=', target.id)
        .returningAll()
        .executeTakeFirst(),
    );
  if (!session) return notFound('search session', ['id']);
  ctx.loaders.rowById('searchSession').clear(session.id).prime(session.id, session);
  return { session, userErrors: [] };
}
