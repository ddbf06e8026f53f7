import { ROOT } from '../../db/list.repository';
import { allOrganizations, allProjects } from '../../modules/project/project.lists';
import type { QueryResolvers } from '../types.generated';
import { loadTyped } from './load-typed';

export const Query: QueryResolvers = {
  node: (_p, { id }, ctx) => ctx.loaders.nodeById(id) as never,
  nodes: (_p, { ids }, ctx) => Promise.all(ids.map((id) => ctx.loaders.nodeById(id))) as never,
  organization: (_p, { id }, ctx) => loadTyped(ctx, 'organization', id),
  organizations: (_p, args, ctx) => ctx.loaders.connection(allOrganizations, ROOT, args),
  project: (_p, { id }, ctx) => loadTyped(ctx, 'project', id),
  projects: (_p, { filter, ...args }, ctx) => ctx.loaders.connection(allProjects(filter), ROOT, args),
  batch: (_p, { id }, ctx) => loadTyped(ctx, 'batch', id),
  task: (_p, { id }, ctx) => loadTyped(ctx, 'task', id),
  annotation: (_p, { id }, ctx) => loadTyped(ctx, 'annotation', id),
};
