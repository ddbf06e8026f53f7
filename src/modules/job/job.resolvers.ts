import type { Context } from '../../context';
import type { BatchRow, InferenceRunRow, TaskRow } from '../../db/rows';
import type { Resolvers } from '../../graphql/types.generated';
import { typenameOfId } from '../../ids';
import {
  batchProgress,
  estimateFinish,
  FINAL_JOB_STATUSES,
  jobStatusOfBatch,
  jobStatusOfTask,
  runProgress,
  taskProgress,
  type JobProgressModel,
} from './job-state';
import { subscribeToJob } from './job.subscriptions';

const lastProgress = (t: TaskRow, ctx: Context) =>
  t.kind === 'CODING' ? ctx.loaders.lastProgressByTaskId.load(t.id) : Promise.resolve(null);
const final = (status: string) => FINAL_JOB_STATUSES.includes(status as never);

const taskStart = async (t: TaskRow, ctx: Context) =>
  t.status === 'DRAFT' || t.status === 'PENDING' ? null : ctx.loaders.taskStartedAt.load(t.id);
const taskJobProgress = async (t: TaskRow, ctx: Context) => taskProgress(t, await lastProgress(t, ctx));
const batchJobProgress = async (b: BatchRow, ctx: Context): Promise<JobProgressModel> =>
  batchProgress(b, await ctx.loaders.taskCountsByBatchId.load(b.id));
const batchStart = (b: BatchRow) => (b.status === 'STAGING' ? null : b.createdAt);

export const jobResolvers: Resolvers = {
  Job: {
    __resolveType: (job) =>
      typenameOfId((job as { id: string }).id) as 'Task' | 'InferenceRun' | 'Batch' | 'ExportJob' | 'ConnectorRun',
  },
  Task: {
    jobStatus: (t) => jobStatusOfTask(t.status),
    jobProgress: (t, _a, ctx) => taskJobProgress(t, ctx),
    startedAt: (t, _a, ctx) => taskStart(t, ctx),
    finishedAt: (t) => (final(jobStatusOfTask(t.status)) ? (t.completedAt ?? t.updatedAt) : null),
    estimatedFinishAt: async (t, _a, ctx) =>
      estimateFinish(jobStatusOfTask(t.status), await taskStart(t, ctx), await taskJobProgress(t, ctx)),
  },
  InferenceRun: {
    jobStatus: (r: InferenceRunRow) => jobStatusOfTask(r.status),
    jobProgress: (r) => runProgress(r),
    startedAt: (r) => r.triggeredAt,
    finishedAt: (r) => (final(jobStatusOfTask(r.status)) ? r.completedAt : null),
    estimatedFinishAt: (r) => estimateFinish(jobStatusOfTask(r.status), r.triggeredAt, runProgress(r)),
  },
  Batch: {
    jobStatus: (b) => jobStatusOfBatch(b.status),
    jobProgress: (b, _a, ctx) => batchJobProgress(b, ctx),
    startedAt: batchStart,
    finishedAt: (b) => (final(jobStatusOfBatch(b.status)) ? (b.completedAt ?? b.releasedAt ?? b.updatedAt) : null),
    estimatedFinishAt: async (b, _a, ctx) =>
      estimateFinish(jobStatusOfBatch(b.status), batchStart(b), await batchJobProgress(b, ctx)),
  },
  Subscription: {
    jobProgress: {
      subscribe: (_p, { id }, ctx) => subscribeToJob(ctx, id) as never,
      resolve: ((payload: { jobProgress: unknown }) => {
        if (payload.jobProgress instanceof Error) throw payload.jobProgress;
        return payload.jobProgress;
      }) as never,
    },
  },
};
