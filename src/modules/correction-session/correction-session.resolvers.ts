import { measures } from './correction-session.loaders';
import { correctionSessionsOfProject, documentsOfGroup } from './correction-session.lists';
import { createCorrectionSession, deleteCorrectionSession } from './correction-session.service';
import {
  addCorrectionTag,
  changeCorrectionTag,
  confirmCorrectionTag,
  deleteCorrectionTag,
  markSegmentAnnotated,
} from './correction-tag.service';
import { toConnection, type Connection } from '../../pagination/connection';
import { fromJson } from '../../graphql/json-column';
import type { Resolvers } from '../../graphql/types.generated';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import type { Context } from '../../context';
import { toPayload, type Result } from '../result';
import type { CorrectionChange } from './correction-tag.service';

/** A change's payload; the changed session replaces what the request's loaders knew of it. */
function changePayload(ctx: Context, result: Result<CorrectionChange>) {
  if (!result.ok) return { userErrors: result.userErrors };
  ctx.loaders.correctionStats.clear(result.value.session.id);
  primeRow(ctx, 'correctionSession', result.value.session);
  return { ...result.value, userErrors: [] };
}

const span = (start: number | null, end: number | null) => (start === null || end === null ? null : [start, end]);

export const correctionSessionResolvers: Resolvers = {
  Mutation: {
    correctionSessionCreate: async (_p, { input }, ctx) => {
      const r = await createCorrectionSession(ctx.db, ctx.access, input);
      if (r.ok) primeRow(ctx, 'correctionSession', r.value);
      return toPayload(r, 'session');
    },
    correctionSessionDelete: async (_p, { id }, ctx) =>
      toPayload(await deleteCorrectionSession(ctx.db, ctx.access, id), 'deletedSessionId'),
    correctionTagAdd: async (_p, { sessionId, segmentId, tag }, ctx) =>
      changePayload(ctx, await addCorrectionTag(ctx.db, ctx.access, sessionId, segmentId, tag)),
    correctionTagChange: async (_p, { id, tag }, ctx) =>
      changePayload(ctx, await changeCorrectionTag(ctx.db, ctx.access, id, tag)),
    correctionTagDelete: async (_p, { id }, ctx) =>
      changePayload(ctx, await deleteCorrectionTag(ctx.db, ctx.access, id)),
    correctionTagConfirm: async (_p, { id, status }, ctx) =>
      changePayload(ctx, await confirmCorrectionTag(ctx.db, ctx.access, id, status)),
    correctionSegmentMarkAnnotated: async (_p, { sessionId, segmentId }, ctx) =>
      changePayload(ctx, await markSegmentAnnotated(ctx.db, ctx.access, sessionId, segmentId)),
  },
  Project: {
    correctionSessions: (p, { status, ...args }, ctx, info) =>
      ctx.loaders.connection(correctionSessionsOfProject(status), p.id, args, info),
  },
  CorrectionSession: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'correctionSession', ref.id),
    project: (s, _a, ctx) => loadRequired(ctx, 'project', s.projectId),
    organization: async (s, _a, ctx) =>
      loadRequired(ctx, 'organization', (await loadRequired(ctx, 'project', s.projectId)).organizationId),
    user: (s, _a, ctx) => loadOptional(ctx, 'appUser', s.userId),
    model: (s, _a, ctx) => loadRequired(ctx, 'coder', s.coderId),
    documentGroup: (s, _a, ctx) => loadOptional(ctx, 'documentGroup', s.documentGroupId),
    documentCount: (s, _a, ctx) => (s.documentGroupId ? ctx.loaders.documentCountByGroupId.load(s.documentGroupId) : 0),
    mode: () => 'CORRECTION',
    type: (s) => s.classificationType,
    classes: (s) => fromJson(s.classesJson, []),
    labels: (s) => fromJson(s.labelsJson, []),
    progress: async (s, _a, ctx) => measures(await ctx.loaders.correctionStats.load(s.id)).progress,
    predictedScore: async (s, _a, ctx) => measures(await ctx.loaders.correctionStats.load(s.id)).predictedScore,
    documents: async (s, args, ctx) => {
      if (!s.documentGroupId)
        return toConnection([], { limit: 0, backward: false, after: null, before: null }, async () => 0);
      // Members are keyed by document id (`id`), so they page like any list; not a node table, hence the cast.
      const page = (await ctx.loaders.connection(documentsOfGroup as never, s.documentGroupId, args)) as Connection<{
        id: string;
      }>;
      const nodes = await Promise.all(
        page.nodes.map(async (m) => ({
          id: m.id,
          sessionId: s.id,
          document: await loadRequired(ctx, 'document', m.id),
        })),
      );
      return {
        nodes,
        edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })),
        pageInfo: page.pageInfo,
        totalCount: () => page.totalCount(),
      };
    },
  },
  CorrectionDocument: {
    segments: async (d, _a, ctx) =>
      Promise.all(
        (await ctx.loaders.segmentsByDocumentId.load(d.document.id)).map(async (segment) => ({
          sessionId: d.sessionId,
          segmentId: segment.id,
          annotatedAt: (await ctx.loaders.correctionSegment(d.sessionId, segment.id))?.annotatedAt ?? null,
        })),
      ),
  },
  CorrectionSegment: {
    segment: (s, _a, ctx) => loadRequired(ctx, 'segment', s.segmentId),
    tags: (s, _a, ctx) => ctx.loaders.correctionTags(s.sessionId, s.segmentId),
  },
  CorrectionTag: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'correctionTag', ref.id),
    segment: (t, _a, ctx) => loadRequired(ctx, 'segment', t.segmentId),
    span: (t) => span(t.spanStart, t.spanEnd),
    predicted: (t) => t.predicted === 1,
  },
  CorrectionChangePayload: {
    progress: async (p, _a, ctx) =>
      p.session ? measures(await ctx.loaders.correctionStats.load(p.session.id)).progress : null,
    predictedScore: async (p, _a, ctx) =>
      p.session ? measures(await ctx.loaders.correctionStats.load(p.session.id)).predictedScore : null,
  },
  Segment: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'segment', ref.id),
    document: (s, _a, ctx) => loadRequired(ctx, 'document', s.documentId),
    span: (s) => [s.spanStart, s.spanEnd],
  },
  Document: { __resolveReference: (ref, ctx) => loadTyped(ctx, 'document', ref.id) },
  DocumentGroup: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'documentGroup', ref.id),
    project: (g, _a, ctx) => loadRequired(ctx, 'project', g.projectId),
    documentCount: (g, _a, ctx) => ctx.loaders.documentCountByGroupId.load(g.id),
  },
};
