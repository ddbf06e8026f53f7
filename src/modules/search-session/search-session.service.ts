import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { SearchSessionRow } from '../../db/rows';
import type {
  MutationSearchSessionMarkIrrelevantArgs,
  SearchSessionAddEventsInput,
  SearchSessionRegisterInput,
} from '../../graphql/types.generated';
import { newId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, fromZod, isUniqueViolation, notFound } from '../user-errors';
import {
  ensureCollectingBatch,
  findSearchSessionById,
  findSearchSessionByExternalId,
  insertSearchSession,
  insertSessionEvents,
  takeSessionNumber,
  updateSearchSessionIrrelevant,
} from './search-session.repository';
import { clientId, clientIdProblem, MAX_CLIENT_ID, searchSessionTarget } from './session-target';

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
export async function registerSearchSession(
  db: Database,
  actor: Actor,
  input: SearchSessionRegisterInput,
): Promise<Result<SearchSessionRow>> {
  const project = await projectTarget(actor, 'Mutation.searchSessionRegister', input.projectId);
  if (isFailure(project)) return project;
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
  const existing = await findSearchSessionByExternalId(db, input.projectId, parsed.data.sessionId);
  if (existing) return ok(existing);
  const now = new Date(nowMs).toISOString();
  try {
    return await inTransaction(db, async (trx) => {
      // A release may close the collecting batch between the two statements: then open the next one.
      let batch: Awaited<ReturnType<typeof takeSessionNumber>>;
      let opened: string | null = null;
      for (let attempt = 0; !batch && attempt < 5; attempt++) {
        opened = await ensureCollectingBatch(trx, input.projectId, now);
        batch = await takeSessionNumber(trx, input.projectId, now);
      }
      if (!batch) throw new Error('no collecting batch after five attempts');
      const by = changeActorOf(actor);
      // The registration that opens a collecting batch creates it (its session counter is no change of its own).
      if (opened === batch.id)
        recordChange(trx, {
          type: 'BATCH_CREATED',
          objectId: batch.id,
          projectId: input.projectId,
          by,
          payload: { kind: 'SESSIONS', status: 'COLLECTING' },
        });
      const session = await insertSearchSession(trx, {
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
      });
      recordChange(trx, {
        type: 'SESSION_CREATED',
        objectId: session.id,
        projectId: session.projectId,
        by,
        payload: { batchId: session.batchId, sessionNumber: session.sessionNumber, externalId: session.externalId },
      });
      return ok(session);
    });
  } catch (error) {
    // The same session id registered concurrently: the other request won, and this one's number was rolled back.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findSearchSessionByExternalId(db, input.projectId, parsed.data.sessionId);
    if (!winner) throw error;
    return ok(winner);
  }
}

/** What is wrong with the events to add, or null: too many, or a client id or event type out of bounds. */
function eventsProblem(events: SearchSessionAddEventsInput['events']) {
  if (events.length > 1000) return failure('BAD_USER_INPUT', 'At most 1000 events per call', ['input', 'events']);
  // eventId is a key of a unique index (PostgreSQL refuses index entries over 8 KB), objectId a client id too;
  // both were taken empty before, and still are.
  for (let i = 0; i < events.length; i++) {
    for (const key of ['eventId', 'objectId'] as const) {
      const problem = clientIdProblem(key, events[i][key], { allowEmpty: true });
      if (problem) return failure('BAD_USER_INPUT', problem, ['input', 'events', String(i), key]);
    }
    const eventType = events[i].eventType;
    if (eventType != null && (eventType.length > MAX_CLIENT_ID || eventType.includes('\u0000'))) {
      return failure('BAD_USER_INPUT', `eventType is at most ${MAX_CLIENT_ID} characters, without NUL characters`, [
        'input',
        'events',
        String(i),
        'eventType',
      ]);
    }
  }
  return null;
}

/**
 * Adds events to a session named by its Annograph id, or by the client's session id within `projectId`; answers
 * the session as it was found (the caller primes its loader with it).
 */
export async function addSessionEvents(
  db: Database,
  actor: Actor,
  input: SearchSessionAddEventsInput,
): Promise<Result<SearchSessionRow>> {
  const session = await searchSessionTarget(
    db,
    actor,
    'Mutation.searchSessionAddEvents',
    input.sessionId,
    input.projectId,
    {
      id: ['input', 'sessionId'],
      projectId: ['input', 'projectId'],
    },
  );
  if (isFailure(session)) return session;
  const problem = eventsProblem(input.events);
  if (problem) return problem;
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
    await inTransaction(db, async (trx) => {
      const added = await insertSessionEvents(trx, rows);
      // Events sent again (same client event ids) add nothing: no change.
      if (added > 0)
        recordChange(trx, {
          type: 'SESSION_UPDATED',
          objectId: session.id,
          projectId: session.projectId,
          by: changeActorOf(actor),
          payload: { changed: ['events'], added },
        });
      return ok(null);
    });
  }
  return ok(session);
}

export async function markSessionIrrelevant(
  db: Database,
  actor: Actor,
  { id, projectId }: MutationSearchSessionMarkIrrelevantArgs,
): Promise<Result<SearchSessionRow>> {
  const target = await searchSessionTarget(db, actor, 'Mutation.searchSessionMarkIrrelevant', id, projectId, {
    id: ['id'],
    projectId: ['projectId'],
  });
  if (isFailure(target)) return target;
  return inTransaction(db, async (trx) => {
    const marked = await updateSearchSessionIrrelevant(trx, target.id);
    if (marked)
      recordChange(trx, {
        type: 'SESSION_UPDATED',
        objectId: marked.id,
        projectId: marked.projectId,
        by: changeActorOf(actor),
        payload: { changed: ['isIrrelevant'] },
      });
    // Marked before: answered as it is, with nothing to record.
    const session = marked ?? (await findSearchSessionById(trx, target.id));
    return session ? ok(session) : notFound('search session', ['id']);
  });
}
