import { runResults } from '../../modules/inference/inference-run-results';
import { runsOf, versionsOfPrompt } from '../../modules/inference/prompt.lists';
import { fromJson } from '../json-column';
import type { Resolvers } from '../types.generated';
import { loadOptional, loadRequired, loadTyped } from './load-typed';

export const promptResolvers: Resolvers = {
  Prompt: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'prompt', ref.id),
    organization: (p, _a, ctx) => loadRequired(ctx, 'organization', p.organizationId),
    skill: (p) => p.skillName,
    inputFields: (p) => fromJson(p.inputFieldsJson, []),
    outputClasses: (p) => fromJson(p.outputClassesJson, []),
    // Only the projects the caller may see.
    associatedProjects: async (p, _a, ctx) =>
      (
        await Promise.all((await ctx.loaders.promptProjectIds.load(p.id)).map((id) => loadTyped(ctx, 'project', id)))
      ).filter((x) => x !== null),
    createdBy: (p, _a, ctx) => loadOptional(ctx, 'appUser', p.createdBy),
    runsCount: async (p, _a, ctx) => (await ctx.loaders.promptStats.load(p.id)).runs,
    versionsCount: async (p, _a, ctx) => (await ctx.loaders.promptStats.load(p.id)).versions,
    bestScore: async (p, _a, ctx) => (await ctx.loaders.promptStats.load(p.id)).best,
    versions: (p, args, ctx, info) => ctx.loaders.connection(versionsOfPrompt, p.id, args, info),
  },
  PromptVersion: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'promptVersion', ref.id),
    prompt: (v, _a, ctx) => loadRequired(ctx, 'prompt', v.promptId),
    connection: (v, _a, ctx) => loadOptional(ctx, 'providerConnection', v.connectionId),
    createdBy: (v, _a, ctx) => loadOptional(ctx, 'appUser', v.createdBy),
    // A version's runs may be on projects the caller does not see: the list keeps those out in SQL.
    inferenceRuns: (v, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(runsOf('versionId', filter, orderBy, ctx.access.viewer), v.id, args, info),
  },
  ProviderConnection: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'providerConnection', ref.id),
    hasApiKey: (c) => !!c.apiKey,
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
