import { loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { improvementItemsOfProject, improvementItemsOfSession } from '../search-session/search-session.lists';
import {
  claimImprovementItem,
  completeImprovementItem,
  releaseBatch,
  useSessionForImprovement,
} from './improvement.service';

export const improvementResolvers: Resolvers = {
  Mutation: {
    sessionUseForImprovement: (_p, { sessionId, projectId }, ctx) =>
      useSessionForImprovement(ctx, sessionId, projectId),
    batchRelease: (_p, { projectId, releaseId }, ctx) => releaseBatch(ctx, projectId, releaseId),
    improvementItemClaim: (_p, { projectId, leaseSeconds }, ctx) =>
      claimImprovementItem(ctx, projectId, leaseSeconds ?? 300),
    improvementItemComplete: (_p, { id, outcome, detail }, ctx) => completeImprovementItem(ctx, id, outcome, detail),
  },
  ImprovementItem: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'improvementItem', ref.id),
    project: (i, _a, ctx) => loadRequired(ctx, 'project', i.projectId),
    session: (i, _a, ctx) => loadRequired(ctx, 'searchSession', i.sessionId),
  },
  Project: {
    improvementItems: (p, { status, ...args }, ctx, info) =>
      ctx.loaders.connection(improvementItemsOfProject(status), p.id, args, info),
  },
  SearchSession: {
    improvementItems: (s, args, ctx, info) => ctx.loaders.connection(improvementItemsOfSession, s.id, args, info),
  },
};
