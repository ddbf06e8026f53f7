import { fromJson } from '../json-column';
import type { AnnotationResolvers } from '../types.generated';
import { loadOptional, loadRequired, loadTyped } from './load-typed';

export const Annotation: AnnotationResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'annotation', ref.id),
  task: (a, _x, ctx) => loadRequired(ctx, 'task', a.taskId),
  thread: (a, _x, ctx) => loadOptional(ctx, 'thread', a.threadId),
  turn: (a, _x, ctx) => loadOptional(ctx, 'turn', a.turnId),
  message: (a, _x, ctx) => loadOptional(ctx, 'message', a.messageId),
  chunk: (a, _x, ctx) => loadOptional(ctx, 'messageChunk', a.chunkId),
  labels: (a) => fromJson(a.labelsJson, []),
  notApplicable: (a) => a.notApplicable === 1,
  cannotAssess: (a) => a.cannotAssess === 1,
  groundTruth: (a) => a.groundTruth === 1,
  metadata: (a) => fromJson(a.metadataJson, {}),
  value: (a) => fromJson(a.valueJson, null),
  possibleValues: (a) => fromJson(a.possibleValuesJson, null),
  // A prediction's provenance: in the annotation's project (and organization), so visible with it.
  inferenceRun: (a, _x, ctx) => loadOptional(ctx, 'inferenceRun', a.inferenceRunId),
  promptVersion: (a, _x, ctx) => loadOptional(ctx, 'promptVersion', a.promptVersionId),
  typedValue: (a) => ({
    type: a.type,
    sourceType: a.sourceType,
    value: fromJson(a.valueJson, null),
    possibleValues: fromJson(a.possibleValuesJson, null),
  }),
};
