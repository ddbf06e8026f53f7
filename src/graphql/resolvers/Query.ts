import { ROOT } from '../../db/list.repository';
import { allOrganizations, allProjects } from '../../modules/project/project.lists';
import { visibleTasks } from '../../modules/task/task.lists';
import type { QueryResolvers } from '../types.generated';
import { loadNode, loadTyped } from './load-typed';
import { batchSessions } from './SearchSession';
import { CODING_SERVICE_INFO } from '../../modules/coding/coding-service-info';
import { tableOfId } from '../../ids';
import { rateLimitOf } from '../../modules/rate-limit/rate-limit-view';

export const Query: QueryResolvers = {
  viewer: (_p, _a, ctx) => ctx.access.viewer as never,
  node: (_p, { id }, ctx) => loadNode(ctx, id) as never,
  nodes: (_p, { ids }, ctx) => Promise.all(ids.map((id) => loadNode(ctx, id))) as never,
  organization: (_p, { id }, ctx) => loadTyped(ctx, 'organization', id),
  organizations: (_p, args, ctx, info) => ctx.loaders.connection(allOrganizations(ctx.access.viewer), ROOT, args, info),
  project: (_p, { id }, ctx) => loadTyped(ctx, 'project', id),
  projects: (_p, { filter, ...args }, ctx, info) =>
    ctx.loaders.connection(allProjects(filter, ctx.access.viewer), ROOT, args, info),
  batch: (_p, { id }, ctx) => loadTyped(ctx, 'batch', id),
  task: (_p, { id }, ctx) => loadTyped(ctx, 'task', id),
  tasks: (_p, { filter, orderBy, ...args }, ctx, info) =>
    ctx.loaders.connection(visibleTasks(ctx.access.viewer, filter, orderBy), ROOT, args, info),
  annotation: (_p, { id }, ctx) => loadTyped(ctx, 'annotation', id),
  delivery: (_p, { id }, ctx) => loadTyped(ctx, 'delivery', id),
  session: (_p, { id }, ctx) => {
    const table = tableOfId(id);
    return (table === 'searchSession' || table === 'correctionSession' ? loadTyped(ctx, table, id) : null) as never;
  },
  batchSessions,
  codingService: () => CODING_SERVICE_INFO,
  prompt: (_p, { id }, ctx) => loadTyped(ctx, 'prompt', id),
  inferenceRun: (_p, { id }, ctx) => loadTyped(ctx, 'inferenceRun', id),
  rateLimit: (_p, _a, ctx) => rateLimitOf(ctx.cost),
};
