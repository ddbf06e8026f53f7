import type { Resolvers } from '../../graphql/types.generated';
import { toPayload } from '../result';
import { importScale } from './scale.service';

export const scaleResolvers: Resolvers = {
  Mutation: {
    taskImportScale: async (_p, { input }, ctx) => toPayload(await importScale(ctx.db, ctx.access, input), 'summary'),
  },
  Task: {
    scaleJson: (t, _a, ctx) => ctx.loaders.scaleJsonByTask.load(t),
  },
};
