import type { Resolvers } from '../../graphql/types.generated';
import { resolveAuthorKey } from '../annotation/annotation-author.resolve';
import { selectRatingRows, selectRunVersusTruthRows } from './agreement.repository';
import { measureAgreement, nothingToCompare } from './agreement.service';

export const agreementResolvers: Resolvers = {
  Project: {
    // The project is already visible to the caller (VIEWER or more), so its annotations are too.
    agreement: async (p, { input }, ctx) => {
      const rows = await selectRatingRows(ctx.db, {
        projectId: p.id,
        key: input.key,
        includeGroundTruth: input.includeGroundTruth ?? false,
        filter: input.filter,
        authorKinds: input.authorKinds ?? undefined,
      });
      return measureAgreement(rows, input.metric, input.level ?? 'NOMINAL');
    },
  },
  InferenceRun: {
    // The run is visible with its project; its predictions and the project's ground truth are too.
    groundTruthAgreement: async (run, { level }, ctx) => {
      const rows = await selectRunVersusTruthRows(ctx.db, run.id);
      // Two raters always (prediction and ground truth): with no task having both there is nothing to measure yet.
      if (rows.length === 0) return nothingToCompare(level ?? 'NOMINAL');
      return measureAgreement(rows, 'COHEN_KAPPA', level ?? 'NOMINAL');
    },
  },
  AuthorAgreement: {
    author: (a, _, ctx) => resolveAuthorKey(a.authorKey, ctx),
  },
};
