import type { Resolvers } from '../../graphql/types.generated';
import { rateLimitOf } from './rate-limit-view';

export const rateLimitResolvers: Resolvers = {
  Query: {
    rateLimit: (_p, _a, ctx) => rateLimitOf(ctx.cost),
  },
};
