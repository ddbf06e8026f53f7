import { addTaskData, deleteTaskData } from './coding-data.service';
import { CODING_SERVICE_INFO } from './coding-service-info';
import { abortTask, commitTask, createCodingTask, updateCodingTask } from './coding.service';
import { responsesOfChunk } from './coding.lists';
import { taskPayload } from '../task/task-payload';
import { fromJson } from '../../graphql/json-column';
import type { Resolvers } from '../../graphql/types.generated';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { toPayload } from '../result';

/** Share done from an IQB progress message `x/y`; null when it is not one. */
export function progressShare(message: string | null | undefined): number | null {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(message ?? '');
  if (!match || Number(match[2]) === 0) return null;
  return Math.min(1, Number(match[1]) / Number(match[2]));
}

function valueTypename(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return 'NumberListValue';
    if (value.every((v) => typeof v === 'boolean')) return 'BooleanListValue';
    return 'StringListValue';
  }
  if (typeof value === 'number') return 'NumberValue';
  if (typeof value === 'boolean') return 'BooleanValue';
  return 'StringValue';
}

export const codingResolvers: Resolvers = {
  Query: {
    codingService: () => CODING_SERVICE_INFO,
  },
  Mutation: {
    codingTaskCreate: async (_p, { input }, ctx) => taskPayload(ctx, await createCodingTask(ctx.db, ctx.access, input)),
    codingTaskUpdate: async (_p, { id, input }, ctx) =>
      taskPayload(ctx, await updateCodingTask(ctx.db, ctx.access, id, input)),
    taskDataAdd: async (_p, { taskId, responses }, ctx) =>
      toPayload(await addTaskData(ctx.db, ctx.access, taskId, responses), 'chunk'),
    taskDataDelete: async (_p, { chunkId }, ctx) =>
      toPayload(await deleteTaskData(ctx.db, ctx.access, chunkId), 'deletedChunkId'),
    taskCommit: async (_p, { id }, ctx) => taskPayload(ctx, await commitTask(ctx.db, ctx.access, id)),
    taskAbort: async (_p, { id }, ctx) => taskPayload(ctx, await abortTask(ctx.db, ctx.access, id)),
  },
  Task: {
    coding: (t) => (t.kind === 'CODING' ? t : null),
  },
  CodingDetails: {
    type: (t) => t.codingType ?? 'UNKNOWN',
    instructions: (t) => fromJson(t.instructionsJson, null),
    coder: (t, _a, ctx) => loadOptional(ctx, 'coder', t.coderId),
    dataChunks: async (t, _a, ctx) => (await ctx.loaders.chunksByTaskId.load(t.id)).filter((c) => c.type === 'INPUT'),
    output: async (t, _a, ctx) =>
      (await ctx.loaders.chunksByTaskId.load(t.id)).find((c) => c.type === 'OUTPUT') ?? null,
    progress: async (t, _a, ctx) => {
      if (t.status === 'COMPLETED') return 1;
      if (t.status === 'DRAFT' || t.status === 'PENDING') return null;
      return progressShare(await ctx.loaders.lastProgressByTaskId.load(t.id)) ?? 0;
    },
  },
  DataChunk: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'dataChunk', ref.id),
    task: (c, _a, ctx) => loadRequired(ctx, 'task', c.taskId),
    responses: (c, args, ctx, info) => ctx.loaders.connection(responsesOfChunk as never, c.id, args, info) as never,
    responseCount: async (c, _a, ctx) =>
      (await ctx.loaders.connection(responsesOfChunk as never, c.id, { first: 0 })).totalCount(),
  },
  CodingResponse: {
    value: (r) => JSON.parse(r.valueJson),
    codes: (r) => fromJson(r.codesJson, []),
  },
  CandidateCode: { code: (c) => c.id },
  ResponseValue: { __resolveType: (v) => valueTypename(v) as never },
  StringValue: { string: (v) => String(v) },
  NumberValue: { number: (v) => v as number },
  BooleanValue: { boolean: (v) => v as boolean },
  StringListValue: { strings: (v) => (v as unknown[]).map(String) },
  NumberListValue: { numbers: (v) => v as number[] },
  BooleanListValue: { booleans: (v) => v as boolean[] },
};
