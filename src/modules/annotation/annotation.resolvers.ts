import {
  asBool,
  asInt,
  asNumber,
  asString,
  bools,
  camelKeys,
  flatList,
  ints,
  isObject,
  objects,
  strings,
  VALUE_TYPENAME,
} from './annotation-value';
import { fromJson } from '../../graphql/json-column';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import type { Resolvers } from '../../graphql/types.generated';
import { toPayload } from '../result';
import { authorTypename, resolveAuthor } from './annotation-author.resolve';
import { createAnnotation, deleteAnnotation, setAnnotationValue } from './annotation.service';

// Each member reads the source-shaped value kept on the annotation; nothing is lost, wrong shapes read as null/[].
const field = (v: unknown, key: string) => (isObject(v) ? v[key] : undefined);

export const annotationResolvers: Resolvers = {
  Query: {
    annotation: (_p, { id }, ctx) => loadTyped(ctx, 'annotation', id),
  },
  Mutation: {
    annotationCreate: async (_p, { input }, ctx) =>
      toPayload(await createAnnotation(ctx.db, ctx.access, input), 'annotation'),
    annotationSetValue: async (_p, { id, input }, ctx) => {
      const result = await setAnnotationValue(ctx.db, ctx.access, id, input);
      if (result.ok) primeRow(ctx, 'annotation', result.value);
      return toPayload(result, 'annotation');
    },
    annotationDelete: async (_p, { id }, ctx) =>
      toPayload(await deleteAnnotation(ctx.db, ctx.access, id), 'deletedAnnotationId'),
  },
  Annotation: {
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
    authorKind: (a) => a.authorKind,
    author: (a, _x, ctx) => resolveAuthor(a, ctx),
    promptVersion: (a, _x, ctx) => loadOptional(ctx, 'promptVersion', a.promptVersionId),
    typedValue: (a) => ({
      type: a.type,
      sourceType: a.sourceType,
      value: fromJson(a.valueJson, null),
      possibleValues: fromJson(a.possibleValuesJson, null),
    }),
  },
  AnnotationAuthor: { __resolveType: (m) => authorTypename(m) },
  AnnotationValue: { __resolveType: (m) => VALUE_TYPENAME[m.type] as never },
  IntegerAnnotationValue: { integer: (m) => asInt(m.value), possibleIntegers: (m) => ints(m.possibleValues) },
  BooleanAnnotationValue: { boolean: (m) => asBool(m.value), possibleBooleans: (m) => bools(m.possibleValues) },
  TextAnnotationValue: { text: (m) => asString(m.value) },
  CategoryAnnotationValue: { category: (m) => asString(m.value), possibleCategories: (m) => strings(m.possibleValues) },
  CategoryMultipleAnnotationValue: {
    categories: (m) => strings(m.value),
    possibleCategories: (m) => strings(m.possibleValues),
  },
  FileAnnotationValue: { file: (m) => camelKeys(m.value), possibleFiles: (m) => objects(flatList(m.possibleValues)) },
  LabeledTextAnnotationValue: { spans: (m) => objects(m.value) },
  RankedChoicesAnnotationValue: { ranking: (m) => strings(m.value), possibleChoices: (m) => strings(m.possibleValues) },
  RankedGroupsAnnotationValue: {
    groups: (m) => (Array.isArray(m.value) ? m.value.filter(Array.isArray).map(strings) : []),
    possibleChoices: (m) => strings(m.possibleValues),
  },
  RubricCriteriaAnnotationValue: {
    weight: (m) => asNumber(field(m.value, 'weight')),
    criteria: (m) => m.value ?? null,
  },
  RubricRatingAnnotationValue: {
    score: (m) => asNumber(field(m.value, 'score')),
    color: (m) => asString(field(m.value, 'color')),
    justification: (m) => asString(field(m.value, 'justification')),
    rating: (m) => m.value ?? null,
  },
  WorkspaceContainerAnnotationValue: {
    workspaceId: (m) => asString(field(m.value, 'workspace_id')),
    workspaceConfig: (m) => camelKeys(field(m.value, 'workspace_config')),
    lastCodeRunEvent: (m) => field(m.value, 'last_code_run_event') ?? null,
    outputFiles: (m) => objects(field(m.value, 'output_files')),
    stdoutOutput: (m) => camelKeys(field(m.value, 'stdout_output')),
    stderrOutput: (m) => camelKeys(field(m.value, 'stderr_output')),
    testStdoutOutput: (m) => camelKeys(field(m.value, 'test_stdout_output')),
    testStderrOutput: (m) => camelKeys(field(m.value, 'test_stderr_output')),
  },
  OtherAnnotationValue: {
    sourceType: (m) => m.sourceType,
    raw: (m) => m.value ?? null,
    possibleRaw: (m) => m.possibleValues ?? null,
  },
};
