import { findBatchSessions } from './search-session.repository';
import { tableOfId } from '../../ids';
import { eventsOfSession, searchSessionsOfProject, sessionsOfBatch } from './search-session.lists';
import { addSessionEvents, markSessionIrrelevant, registerSearchSession } from './search-session.service';
import { badUserInput } from '../../errors';
import { fromJson } from '../../graphql/json-column';
import type { QueryResolvers, Resolvers } from '../../graphql/types.generated';
import { loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import { toPayload } from '../result';

function checkLimit(argument: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 100)
    throw badUserInput(`\`${argument}\` must be between 1 and 100, got ${value}`, { argument, max: 100 });
  return value;
}

const Session: Resolvers['Session'] = {
  __resolveType: (row) => (row.id.startsWith('ssn_') ? 'SearchSession' : 'CorrectionSession'),
};

const SearchSession: Resolvers['SearchSession'] = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'searchSession', ref.id),
  project: (s, _a, ctx) => loadRequired(ctx, 'project', s.projectId),
  batch: (s, _a, ctx) => loadRequired(ctx, 'batch', s.batchId),
  searchQuery: (s) => fromJson(s.searchQueryJson, null),
  searchResults: (s) => fromJson(s.searchResultsJson, []),
  searchMeta: (s) => fromJson(s.searchMetaJson, null),
  payloadFilter: (s) => fromJson(s.payloadFilterJson, null),
  sortBy: (s) => fromJson(s.sortByJson, null),
  userId: (s) => s.searchUserId,
  isIrrelevant: (s) => s.isIrrelevant === 1,
  isPayloadSearch: (s) => s.isPayloadSearch === 1,
  events: (s, args, ctx) => {
    const limit = (s as { eventsLimit?: number }).eventsLimit;
    return ctx.loaders.connection(
      eventsOfSession,
      s.id,
      limit && args.first == null && args.last == null ? { ...args, first: limit } : args,
    );
  },
};

const SessionEvent: Resolvers['SessionEvent'] = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'sessionEvent', ref.id),
  session: (e, _a, ctx) => loadRequired(ctx, 'searchSession', e.sessionId),
  meta: (e) => fromJson(e.metaJson, null),
};

const BatchSessionsPage: Resolvers['BatchSessionsPage'] = {
  batch: (page, _a, ctx) => loadRequired(ctx, 'batch', page.batchId),
};

const batchSessions: QueryResolvers['batchSessions'] = async (
  _p,
  { batchId, afterNumber, limit, eventsLimit },
  ctx,
) => {
  const size = checkLimit('limit', limit ?? 10);
  const events = checkLimit('eventsLimit', eventsLimit ?? 100);
  const batch = await loadTyped(ctx, 'batch', batchId);
  if (!batch) return null;
  const sessions = await findBatchSessions(ctx.db, batch.id, afterNumber ?? 0, size);
  for (const s of sessions) ctx.loaders.rowById('searchSession').prime(s.id, s);
  // Each session carries its events limit to SearchSession.events (a page of that size by default).
  return {
    batchId: batch.id,
    lastNumber: sessions.at(-1)?.sessionNumber ?? null,
    sessions: sessions.map((s) => ({ ...s, eventsLimit: events })),
  };
};

export const searchSessionResolvers: Resolvers = {
  Query: {
    session: (_p, { id }, ctx) => {
      const table = tableOfId(id);
      return (table === 'searchSession' || table === 'correctionSession' ? loadTyped(ctx, table, id) : null) as never;
    },
    batchSessions,
  },
  Mutation: {
    searchSessionRegister: async (_p, { input }, ctx) =>
      toPayload(await registerSearchSession(ctx.db, ctx.access, input), 'session'),
    searchSessionAddEvents: async (_p, { input }, ctx) => {
      const r = await addSessionEvents(ctx.db, ctx.access, input);
      if (r.ok) primeRow(ctx, 'searchSession', r.value);
      return toPayload(r, 'session');
    },
    searchSessionMarkIrrelevant: async (_p, args, ctx) => {
      const r = await markSessionIrrelevant(ctx.db, ctx.access, args);
      if (r.ok) primeRow(ctx, 'searchSession', r.value);
      return toPayload(r, 'session');
    },
  },
  Session,
  SearchSession,
  SessionEvent,
  BatchSessionsPage,
  Batch: {
    sessions: (b, args, ctx, info) => ctx.loaders.connection(sessionsOfBatch, b.id, args, info),
  },
  Project: {
    searchSessions: (p, { externalId, ...args }, ctx, info) =>
      ctx.loaders.connection(searchSessionsOfProject(externalId), p.id, args, info),
  },
};
