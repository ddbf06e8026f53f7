import { fromJson } from '../../graphql/json-column';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import type { Resolvers } from '../../graphql/types.generated';
import { runsOf } from './inference-run.lists';
import { runResults } from './inference-run-results';
import { cancelInferenceRun, createInferenceRun } from './inference-run.service';
import { toPayload } from '../result';

export const inferenceRunResolvers: Resolvers = {
  Query: {
    inferenceRun: (_p, { id }, ctx) => loadTyped(ctx, 'inferenceRun', id),
  },
  Mutation: {
    inferenceRunCreate: async (_p, { input }, ctx) =>
      toPayload(await createInferenceRun(ctx.db, ctx.access, input), 'run'),
    inferenceRunCancel: async (_p, { id }, ctx) => {
      const result = await cancelInferenceRun(ctx.db, ctx.access, id);
      if (result.ok) primeRow(ctx, 'inferenceRun', result.value);
      return toPayload(result, 'run');
    },
  },
  PromptVersion: {
    // A version's runs may be on projects the caller does not see: the list keeps those out in SQL.
    inferenceRuns: (v, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(runsOf('versionId', filter, orderBy, ctx.access.viewer), v.id, args, info),
  },
  Project: {
    inferenceRuns: (p, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(runsOf('projectId', filter, orderBy), p.id, args, info),
  },
  InferenceRun: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'inferenceRun', ref.id),
    project: (r, _a, ctx) => loadRequired(ctx, 'project', r.projectId),
    organization: async (r, _a, ctx) =>
      loadRequired(ctx, 'organization', (await loadRequired(ctx, 'project', r.projectId)).organizationId),
    parentModel: (r, _a, ctx) => loadRequired(ctx, 'prompt', r.promptId),
    version: (r, _a, ctx) => loadRequired(ctx, 'promptVersion', r.versionId),
    taskIds: (r) => fromJson(r.taskIdsJson, null),
    filtersJson: (r) => fromJson(r.filtersJson, null),
    createdBy: (r, _a, ctx) => loadOptional(ctx, 'appUser', r.createdBy),
    sourceModelRun: (r, _a, ctx) => loadOptional(ctx, 'inferenceRun', r.sourceRunId),
    // The share of the tasks tried: a failed call counts as tried, so a COMPLETED run reads 1.
    progress: (r) =>
      r.totalTasks === 0
        ? r.status === 'COMPLETED'
          ? 1
          : 0
        : Math.min(1, (r.totalPredictions + r.totalFailedPredictions) / r.totalTasks),
    accuracy: (r) => (r.totalScoredPredictions === 0 ? null : r.totalCorrectPredictions / r.totalScoredPredictions),
    // The run is visible, so are its tasks and their annotations (one project).
    results: (r, { filter, ...args }, ctx) => runResults(ctx.db, ctx.loaders, r.id, filter, args),
  },
  InferenceRunResult: {
    task: (x, _a, ctx) => loadRequired(ctx, 'task', x.taskId),
    prediction: (x, _a, ctx) => loadOptional(ctx, 'annotation', x.id),
    groundTruth: (x, _a, ctx) => loadOptional(ctx, 'annotation', x.groundTruthId),
    correct: (x) => (x.correct === null ? null : x.correct === 1),
  },
};
