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
} from '../../modules/annotation/annotation-value';
import type { Resolvers } from '../types.generated';

// Each member reads the source-shaped value kept on the annotation; nothing is lost, wrong shapes read as null/[].
const field = (v: unknown, key: string) => (isObject(v) ? v[key] : undefined);

export const annotationValueResolvers: Resolvers = {
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
