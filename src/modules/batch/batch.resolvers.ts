import { fromJson } from '../../graphql/json-column';
import { loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Context } from '../../context';
import type { BatchRow } from '../../db/rows';
import { primeRow } from '../../graphql/prime-row';
import type { Resolvers } from '../../graphql/types.generated';
import { toPayload, type Result } from '../result';
import { tasksOf } from '../task/task.lists';
import { batchesOfProject } from './batch.lists';
import { changeBatchStatus, createBatch, setBatchMetadata } from './batch.service';

/** The payload of a batch mutation; the written batch primes the request's row loader. */
function batchPayload(ctx: Context, result: Result<BatchRow>) {
  if (result.ok) primeRow(ctx, 'batch', result.value);
  return toPayload(result, 'batch');
}

export const batchResolvers: Resolvers = {
  Query: {
    batch: (_p, { id }, ctx) => loadTyped(ctx, 'batch', id),
  },
  Mutation: {
    batchCreate: async (_p, { input }, ctx) => batchPayload(ctx, await createBatch(ctx.db, ctx.access, input)),
    batchFinalize: async (_p, { id }, ctx) =>
      batchPayload(ctx, await changeBatchStatus(ctx.db, ctx.access, id, 'finalize')),
    batchPause: async (_p, { id }, ctx) => batchPayload(ctx, await changeBatchStatus(ctx.db, ctx.access, id, 'pause')),
    batchResume: async (_p, { id }, ctx) =>
      batchPayload(ctx, await changeBatchStatus(ctx.db, ctx.access, id, 'resume')),
    batchCancel: async (_p, { id }, ctx) =>
      batchPayload(ctx, await changeBatchStatus(ctx.db, ctx.access, id, 'cancel')),
    batchSetMetadata: async (_p, { id, metadata, merge }, ctx) =>
      batchPayload(ctx, await setBatchMetadata(ctx.db, ctx.access, id, metadata, merge ?? false)),
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
