import type { Resolvers } from '../../graphql/types.generated';
import { importScaleTasksFromGraphQL } from './scale-import.service';

export const scaleResolvers: Resolvers = {
  Mutation: {
    taskImportScale: (_p, { input }, ctx) => importScaleTasksFromGraphQL(ctx, input),
  },
  Task: {
    scaleJson: (t, _a, ctx) => ctx.loaders.scaleJsonByTask.load(t),
  },
};
