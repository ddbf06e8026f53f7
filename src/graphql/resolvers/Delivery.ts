import { tasksOf } from '../../modules/task/task.lists';
import type { DeliveryResolvers } from '../types.generated';
import { loadRequired, loadTyped } from './load-typed';

export const Delivery: DeliveryResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'delivery', ref.id),
  project: (d, _a, ctx) => loadRequired(ctx, 'project', d.projectId),
  tasks: (d, { filter, orderBy, ...args }, ctx, info) =>
    ctx.loaders.connection(tasksOf('deliveryId', filter, orderBy), d.id, args, info),
  // The count loader is shared with `tasks { totalCount }` of an unfiltered list: one grouped statement.
  taskCount: async (d, _a, ctx) =>
    (await ctx.loaders.connection(tasksOf('deliveryId', null), d.id, { first: 0 })).totalCount(),
};
