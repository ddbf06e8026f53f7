import { ROOT } from '../../db/list.repository';
import { fromJson } from '../../graphql/json-column';
import { loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { tasksOf } from '../task/task.lists';
import { allProjects } from './project.lists';
import { toPayload } from '../result';
import { createProject, deleteProject } from './project.service';

export const projectResolvers: Resolvers = {
  Query: {
    project: (_p, { id }, ctx) => loadTyped(ctx, 'project', id),
    projects: (_p, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(allProjects(filter, ctx.access.viewer), ROOT, args, info),
  },
  Mutation: {
    projectCreate: async (_p, { input }, ctx) => toPayload(await createProject(ctx.db, ctx.access, input), 'project'),
    projectDelete: async (_p, { id }, ctx) =>
      toPayload(await deleteProject(ctx.db, ctx.access, id), 'deletedProjectId'),
  },
  Project: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'project', ref.id),
    organization: (p, _a, ctx) => loadRequired(ctx, 'organization', p.organizationId),
    types: (p) => fromJson(p.typesJson, []),
    models: (p) => fromJson(p.modelsJson, []),
    metadata: (p) => fromJson(p.metadataJson, {}),
    tasks: (p, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(tasksOf('projectId', filter, orderBy), p.id, args, info),
  },
};
