import { sessionsOfBatch } from '../../modules/search-session/search-session.lists';
import { tasksOf } from '../../modules/task/task.lists';
import { fromJson } from '../json-column';
import type { BatchResolvers } from '../types.generated';
import { loadRequired, loadTyped } from './load-typed';

export const Batch: BatchResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'batch', ref.id),
  project: (b, _a, ctx) => loadRequired(ctx, 'project', b.projectId),
  metadata: (b) => fromJson(b.metadataJson, {}),
  tasks: (b, { filter, orderBy, ...args }, ctx, info) =>
    ctx.loaders.connection(tasksOf('batchId', filter, orderBy), b.id, args, info),
  taskCounts: (b, _a, ctx) => ctx.loaders.taskCountsByBatchId.load(b.id),
  sessions: (b, args, ctx, info) => ctx.loaders.connection(sessionsOfBatch, b.id, args, info),
};
