import type { AnnotationType } from '../../graphql/types.generated';

/** What the AnnotationValue union resolves from: the stored (source-shaped) value and possible values. */
export type AnnotationValueModel = {
  type: AnnotationType;
  sourceType: string;
  value: unknown;
  possibleValues: unknown;
};

// The GraphQL member of each annotation type.
export const VALUE_TYPENAME: Record<AnnotationType, string> = {
  INTEGER: 'IntegerAnnotationValue',
  BOOLEAN: 'BooleanAnnotationValue',
  TEXT: 'TextAnnotationValue',
  CATEGORY: 'CategoryAnnotationValue',
  CATEGORY_MULTIPLE: 'CategoryMultipleAnnotationValue',
  FILE: 'FileAnnotationValue',
  LABELED_TEXT: 'LabeledTextAnnotationValue',
  RANKED_CHOICES: 'RankedChoicesAnnotationValue',
  RANKED_GROUPS: 'RankedGroupsAnnotationValue',
  RUBRIC_CRITERIA: 'RubricCriteriaAnnotationValue',
  RUBRIC_RATING: 'RubricRatingAnnotationValue',
  WORKSPACE_CONTAINER: 'WorkspaceContainerAnnotationValue',
  OTHER: 'OtherAnnotationValue',
};

const SOURCE_TYPES = new Set(
  Object.keys(VALUE_TYPENAME)
    .filter((t) => t !== 'OTHER')
    .map((t) => t.toLowerCase()),
);

/** The annotation type of a Scale type word (`category_multiple` -> CATEGORY_MULTIPLE); unknown words are OTHER. */
export function annotationTypeOf(sourceType: string): AnnotationType {
  return SOURCE_TYPES.has(sourceType) ? (sourceType.toUpperCase() as AnnotationType) : 'OTHER';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Scale lists possible values flat (`[1, 2, 3]`) or nested once (`[[1, 2, 3]]`, the seed's example). */
export function flatList(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  return value.every(Array.isArray) ? value.flat() : value;
}

export const ints = (v: unknown) => flatList(v).filter((x): x is number => Number.isInteger(x));
export const bools = (v: unknown) => flatList(v).filter((x): x is boolean => typeof x === 'boolean');
export const strings = (v: unknown) => flatList(v).filter((x): x is string => typeof x === 'string');
export const asInt = (v: unknown) => (Number.isInteger(v) ? (v as number) : null);
export const asNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const asString = (v: unknown) => (typeof v === 'string' ? v : null);
export const asBool = (v: unknown) => (typeof v === 'boolean' ? v : null);

/** snake_case keys of a source object as camelCase (file_size_in_bytes -> fileSizeInBytes). */
export function camelKeys(value: unknown): Record<string, unknown> | null {
  if (!isObject(value)) return null;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
  );
}

export const objects = (v: unknown) =>
  Array.isArray(v) ? v.map(camelKeys).filter((x): x is Record<string, unknown> => x !== null) : [];
export { isObject };
