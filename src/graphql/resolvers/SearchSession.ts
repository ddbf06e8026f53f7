import { findBatchSessions } from '../../modules/search-session/search-session.repository';
import { eventsOfSession, improvementItemsOfSession } from '../../modules/search-session/search-session.lists';
import { badUserInput } from '../../errors';
import { fromJson } from '../json-column';
import type {
  BatchSessionsPageResolvers,
  ImprovementItemResolvers,
  QueryResolvers,
  SearchSessionResolvers,
  SessionEventResolvers,
  SessionResolvers,
} from '../types.generated';
import { loadRequired, loadTyped } from './load-typed';

function checkLimit(argument: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 100)
    throw badUserInput(`\`${argument}\` must be between 1 and 100, got ${value}`, { argument, max: 100 });
  return value;
}

export const Session: SessionResolvers = {
  __resolveType: (row) => (row.id.startsWith('ssn_') ? 'SearchSession' : 'CorrectionSession') as never,
};

export const SearchSession: SearchSessionResolvers = {
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
  improvementItems: (s, args, ctx, info) => ctx.loaders.connection(improvementItemsOfSession, s.id, args, info),
};

export const SessionEvent: SessionEventResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'sessionEvent', ref.id),
  session: (e, _a, ctx) => loadRequired(ctx, 'searchSession', e.sessionId),
  meta: (e) => fromJson(e.metaJson, null),
};

export const ImprovementItem: ImprovementItemResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'improvementItem', ref.id),
  project: (i, _a, ctx) => loadRequired(ctx, 'project', i.projectId),
  session: (i, _a, ctx) => loadRequired(ctx, 'searchSession', i.sessionId),
};

export const BatchSessionsPage: BatchSessionsPageResolvers = {
  batch: (page, _a, ctx) => loadRequired(ctx, 'batch', page.batchId),
};

export const batchSessions: QueryResolvers['batchSessions'] = async (
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
