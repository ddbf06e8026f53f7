import { loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { codersOfProject } from './coder.lists';
import { toPayload } from '../result';
import { deleteCoder } from './coder.service';

export const coderResolvers: Resolvers = {
  Mutation: {
    coderDelete: async (_p, { id }, ctx) => toPayload(await deleteCoder(ctx.db, ctx.access, id), 'deletedCoderId'),
  },
  Coder: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'coder', ref.id),
    project: (c, _a, ctx) => loadRequired(ctx, 'project', c.projectId),
  },
  Project: {
    coders: (p, args, ctx, info) => ctx.loaders.connection(codersOfProject, p.id, args, info),
  },
};
