import type { Resolvers } from '../../graphql/types.generated';
import { resolveAuthorKey } from '../annotation/annotation-author.resolve';
import { projectAgreement, runAgreement } from './agreement.service';

export const agreementResolvers: Resolvers = {
  Project: {
    // The project is already visible to the caller (VIEWER or more), so its annotations are too.
    agreement: (p, { input }, ctx) =>
      projectAgreement(
        ctx.db,
        {
          projectId: p.id,
          key: input.key,
          includeGroundTruth: input.includeGroundTruth ?? false,
          filter: input.filter,
          authorKinds: input.authorKinds ?? undefined,
        },
        input.metric,
        input.level ?? 'NOMINAL',
      ),
  },
  InferenceRun: {
    // The run is visible with its project; its predictions and the project's ground truth are too.
    groundTruthAgreement: (run, { level }, ctx) => runAgreement(ctx.db, run.id, level ?? 'NOMINAL'),
  },
  AuthorAgreement: {
    author: (a, _, ctx) => resolveAuthorKey(a.authorKey, ctx),
  },
};
