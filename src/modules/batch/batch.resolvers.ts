import { fromJson } from '../../graphql/json-column';
import { loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { tasksOf } from '../task/task.lists';
import { batchesOfProject } from './batch.lists';
import { changeBatchStatus, createBatch, setBatchMetadata } from './batch.service';

export const batchResolvers: Resolvers = {
  Query: {
    batch: (_p, { id }, ctx) => loadTyped(ctx, 'batch', id),
  },
  Mutation: {
    batchCreate: (_p, { input }, ctx) => createBatch(ctx, input),
    batchFinalize: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'finalize'),
    batchPause: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'pause'),
    batchResume: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'resume'),
    batchCancel: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'cancel'),
    batchSetMetadata: (_p, { id, metadata, merge }, ctx) => setBatchMetadata(ctx, id, metadata, merge ?? false),
  },
  Batch: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'batch', ref.id),
    project: (b, _a, ctx) => loadRequired(ctx, 'project', b.projectId),
    metadata: (b) => fromJson(b.metadataJson, {}),
    tasks: (b, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(tasksOf('batchId', filter, orderBy), b.id, args, info),
    taskCounts: (b, _a, ctx) => ctx.loaders.taskCountsByBatchId.load(b.id),
  },
  Project: {
    batches: (p, { filter, ...args }, ctx, info) => ctx.loaders.connection(batchesOfProject(filter), p.id, args, info),
  },
};
