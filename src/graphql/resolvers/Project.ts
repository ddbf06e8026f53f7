import { membersOfProject } from '../../modules/access/access.lists';
import { batchesOfProject } from '../../modules/batch/batch.lists';
import { codersOfProject, correctionSessionsOfProject } from '../../modules/correction/correction.lists';
import { deliveriesOfProject } from '../../modules/delivery/delivery.lists';
import { runsOf } from '../../modules/inference/prompt.lists';
import { improvementItemsOfProject, searchSessionsOfProject } from '../../modules/search-session/search-session.lists';
import { tasksOf } from '../../modules/task/task.lists';
import { fromJson } from '../json-column';
import type { ProjectResolvers } from '../types.generated';
import { loadRequired, loadTyped } from './load-typed';

export const Project: ProjectResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'project', ref.id),
  organization: (p, _a, ctx) => loadRequired(ctx, 'organization', p.organizationId),
  types: (p) => fromJson(p.typesJson, []),
  models: (p) => fromJson(p.modelsJson, []),
  metadata: (p) => fromJson(p.metadataJson, {}),
  batches: (p, { filter, ...args }, ctx) => ctx.loaders.connection(batchesOfProject(filter), p.id, args),
  tasks: (p, { filter, orderBy, ...args }, ctx) => ctx.loaders.connection(tasksOf('projectId', filter, orderBy), p.id, args),
  // A visible project always has a role for the caller (VIEWER at least).
  viewerRole: async (p, _a, ctx) => (await ctx.access.projectRole.load(p.id))!,
  members: (p, args, ctx) => ctx.loaders.connection(membersOfProject, p.id, args),
  deliveries: (p, { filter, ...args }, ctx) => ctx.loaders.connection(deliveriesOfProject(filter), p.id, args),
  correctionSessions: (p, { status, ...args }, ctx) => ctx.loaders.connection(correctionSessionsOfProject(status), p.id, args),
  coders: (p, args, ctx) => ctx.loaders.connection(codersOfProject, p.id, args),
  inferenceRuns: (p, { filter, orderBy, ...args }, ctx) => ctx.loaders.connection(runsOf('projectId', filter, orderBy), p.id, args),
  searchSessions: (p, { externalId, ...args }, ctx) => ctx.loaders.connection(searchSessionsOfProject(externalId), p.id, args),
  improvementItems: (p, { status, ...args }, ctx) => ctx.loaders.connection(improvementItemsOfProject(status), p.id, args),
};
