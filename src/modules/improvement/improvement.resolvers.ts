import { loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import type { Resolvers } from '../../graphql/types.generated';
import { toPayload } from '../result';
import { improvementItemsOfProject } from './improvement.lists';
import { improvementItemsOfSession } from './improvement.lists';
import {
  claimImprovementItem,
  completeImprovementItem,
  releaseBatch,
  useSessionForImprovement,
} from './improvement.service';

export const improvementResolvers: Resolvers = {
  Mutation: {
    sessionUseForImprovement: async (_p, args, ctx) => {
      const r = await useSessionForImprovement(ctx.db, ctx.access, args);
      if (!r.ok) return { userErrors: r.userErrors, skipped: false };
      const { session, ...payload } = r.value;
      primeRow(ctx, 'searchSession', session);
      return { ...payload, userErrors: [] };
    },
    batchRelease: async (_p, args, ctx) => toPayload(await releaseBatch(ctx.db, ctx.access, args), 'batch'),
    improvementItemClaim: async (_p, args, ctx) =>
      toPayload(await claimImprovementItem(ctx.db, ctx.access, args), 'item'),
    improvementItemComplete: async (_p, args, ctx) =>
      toPayload(await completeImprovementItem(ctx.db, ctx.access, args), 'item'),
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
