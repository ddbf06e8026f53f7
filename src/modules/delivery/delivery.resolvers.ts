import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { toPayload } from '../result';
import { tasksOf } from '../task/task.lists';
import { deliveriesOfProject } from './delivery.lists';
import { createDelivery } from './delivery.service';

export const deliveryResolvers: Resolvers = {
  Query: {
    delivery: (_p, { id }, ctx) => loadTyped(ctx, 'delivery', id),
  },
  Mutation: {
    deliveryCreate: async (_p, { input }, ctx) =>
      toPayload(await createDelivery(ctx.db, ctx.access, input), 'delivery'),
  },
  Delivery: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'delivery', ref.id),
    project: (d, _a, ctx) => loadRequired(ctx, 'project', d.projectId),
    tasks: (d, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(tasksOf('deliveryId', filter, orderBy), d.id, args, info),
    // The count loader is shared with `tasks { totalCount }` of an unfiltered list: one grouped statement.
    taskCount: async (d, _a, ctx) =>
      (await ctx.loaders.connection(tasksOf('deliveryId', null), d.id, { first: 0 })).totalCount(),
  },
  Project: {
    deliveries: (p, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(deliveriesOfProject(filter), p.id, args, info),
  },
  Task: {
    delivery: (t, _a, ctx) => loadOptional(ctx, 'delivery', t.deliveryId),
  },
};
