import { loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { deleteCoder } from '../coding/coding-data.service';
import { codersOfProject } from '../correction-session/correction-session.lists';

export const coderResolvers: Resolvers = {
  Mutation: {
    coderDelete: (_p, { id }, ctx) => deleteCoder(ctx, id),
  },
  Coder: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'coder', ref.id),
    project: (c, _a, ctx) => loadRequired(ctx, 'project', c.projectId),
  },
  Project: {
    coders: (p, args, ctx, info) => ctx.loaders.connection(codersOfProject, p.id, args, info),
  },
};
