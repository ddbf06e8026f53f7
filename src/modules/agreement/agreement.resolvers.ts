import { GraphQLError } from 'graphql';
import type { Resolvers } from '../../graphql/types.generated';
import { agreement, perAuthorAgreement } from './agreement-metrics';
import { selectRatingRows } from './agreement.repository';
import { ratingsFromRows } from './ratings-from-rows';
import { AgreementError } from './reliability-data';

export const agreementResolvers: Resolvers = {
  Project: {
    // The project is already visible to the caller (VIEWER or more), so its annotations are too.
    agreement: async (p, { input }, ctx) => {
      const level = input.level ?? 'NOMINAL';
      const rows = await selectRatingRows(ctx.db, {
        projectId: p.id,
        key: input.key,
        includeGroundTruth: input.includeGroundTruth ?? false,
        filter: input.filter,
      });
      try {
        const ratings = ratingsFromRows(rows, level);
        const result = agreement(ratings, input.metric, level);
        const perAuthor = perAuthorAgreement(ratings, input.metric, level).map((a) => ({
          authorKey: a.author,
          value: a.value,
          items: a.items,
        }));
        return { ...result, metric: input.metric, level, perAuthor };
      } catch (error) {
        if (error instanceof AgreementError)
          throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', reason: error.code } });
        throw error;
      }
    },
  },
};
