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
  batches: (p, { filter, ...args }, ctx, info) => ctx.loaders.connection(batchesOfProject(filter), p.id, args, info),
  tasks: (p, { filter, orderBy, ...args }, ctx, info) =>
    ctx.loaders.connection(tasksOf('projectId', filter, orderBy), p.id, args, info),
  // A visible project always has a role for the caller (VIEWER at least).
  viewerRole: async (p, _a, ctx) => (await ctx.access.projectRole.load(p.id))!,
  members: (p, args, ctx, info) => ctx.loaders.connection(membersOfProject, p.id, args, info),
  deliveries: (p, { filter, ...args }, ctx, info) =>
    ctx.loaders.connection(deliveriesOfProject(filter), p.id, args, info),
  correctionSessions: (p, { status, ...args }, ctx, info) =>
    ctx.loaders.connection(correctionSessionsOfProject(status), p.id, args, info),
  coders: (p, args, ctx, info) => ctx.loaders.connection(codersOfProject, p.id, args, info),
  inferenceRuns: (p, { filter, orderBy, ...args }, ctx, info) =>
    ctx.loaders.connection(runsOf('projectId', filter, orderBy), p.id, args, info),
  searchSessions: (p, { externalId, ...args }, ctx, info) =>
    ctx.loaders.connection(searchSessionsOfProject(externalId), p.id, args, info),
  improvementItems: (p, { status, ...args }, ctx, info) =>
    ctx.loaders.connection(improvementItemsOfProject(status), p.id, args, info),
};
