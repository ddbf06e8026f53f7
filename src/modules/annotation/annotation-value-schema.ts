import { z } from 'zod';
import type { AnnotationType } from '../../graphql/types.generated';
import { bools, ints, strings as stringsOf } from './annotation-value';

// The one validation of annotation values, whatever writes them (annotationCreate, annotationSetValue, the Scale
// import): the shape each type's value must have (Scale's typed kinds), the shape of the possible values of the
// types whose possible values constrain the answer, and the answer being one of them.
const strings = z.array(z.string());
const object = z.record(z.unknown());
const eachOnce = (v: string[]) => new Set(v).size === v.length;

export const VALUE_SCHEMAS: Record<AnnotationType, z.ZodType<unknown>> = {
  INTEGER: z.number().int(),
  BOOLEAN: z.boolean(),
  TEXT: z.string(),
  CATEGORY: z.string(),
  CATEGORY_MULTIPLE: strings,
  FILE: object,
  LABELED_TEXT: z.array(z.object({ label: z.string().nullish(), text: z.string().nullish() })),
  RANKED_CHOICES: strings.refine(eachOnce, 'a ranking has no ties: every choice once'),
  RANKED_GROUPS: z.array(strings).refine((groups) => eachOnce(groups.flat()), 'a choice is in one group only'),
  RUBRIC_CRITERIA: object,
  RUBRIC_RATING: object,
  WORKSPACE_CONTAINER: object,
  OTHER: z.unknown(),
};

/**
 * The types whose possible values are the answers that may be given: the kind of element they list (flat, or
 * nested once as Scale's seed writes `[[1, 2, 3]]`), the possible values as the typed view reads them, and the
 * choices a (well-typed) value makes. FILE's possible files and the rest are kept as given, unchecked.
 */
const CHOICES: Partial<
  Record<
    AnnotationType,
    {
      element: z.ZodType<unknown>;
      words: string;
      possible: (v: unknown) => unknown[];
      chosen: (value: any) => unknown[];
    }
  >
> = {
  INTEGER: { element: z.number().int(), words: 'integers', possible: ints, chosen: (v: number) => [v] },
  BOOLEAN: { element: z.boolean(), words: 'booleans', possible: bools, chosen: (v: boolean) => [v] },
  CATEGORY: { element: z.string(), words: 'strings', possible: stringsOf, chosen: (v: string) => [v] },
  CATEGORY_MULTIPLE: { element: z.string(), words: 'strings', possible: stringsOf, chosen: (v: string[]) => v },
  RANKED_CHOICES: { element: z.string(), words: 'strings', possible: stringsOf, chosen: (v: string[]) => v },
  RANKED_GROUPS: { element: z.string(), words: 'strings', possible: stringsOf, chosen: (v: string[][]) => v.flat() },
};

const listed = (values: unknown[]) => {
  const shown = values
    .slice(0, 10)
    .map((v) => JSON.stringify(v))
    .join(', ');
  return values.length > 10 ? `${shown}, … (${values.length} in all)` : shown;
};

// The two shapes possible values may have, made once per type (an import checks them for every annotation).
const POSSIBLE_SHAPES = new Map(
  Object.entries(CHOICES).map(([type, c]) => [type, { flat: z.array(c.element), nested: z.array(z.array(c.element)) }]),
);

/** null when the possible values fit the type (null: none listed), else the reason. */
export function possibleValuesProblem(type: AnnotationType, possibleValues: unknown): string | null {
  const choices = CHOICES[type];
  if (!choices || possibleValues === null || possibleValues === undefined) return null;
  const shapes = POSSIBLE_SHAPES.get(type)!;
  // A list of lists can only fit nested (no element type is a list); anything else only flat.
  const nested = Array.isArray(possibleValues) && possibleValues.every(Array.isArray);
  if ((nested ? shapes.nested : shapes.flat).safeParse(possibleValues).success) return null;
  return `of type ${type} must be a list of ${choices.words} (flat, or nested once like [[1, 2, 3]])`;
}

/**
 * null when the value fits the type and is one of the possible values (null itself always fits: not answered
 * yet; no possible values listed: any value of the type), else the reason.
 */
export function valueProblem(type: AnnotationType, value: unknown, possibleValues: unknown = null): string | null {
  if (value === null || value === undefined) return null;
  const parsed = VALUE_SCHEMAS[type].safeParse(value);
  if (!parsed.success) return `does not fit type ${type}: ${parsed.error.issues.map((i) => i.message).join('; ')}`;
  const choices = CHOICES[type];
  const possible = choices ? choices.possible(possibleValues) : [];
  if (!choices || possible.length === 0) return null;
  const allowed = new Set(possible);
  const outside = [...new Set(choices.chosen(value))].filter((c) => !allowed.has(c));
  return outside.length
    ? `${listed(outside)} ${outside.length === 1 ? 'is' : 'are'} not among the possible values (${listed(possible)})`
    : null;
}

export type AnnotationProblem = { field: 'key' | 'value' | 'possibleValues'; message: string };

/** Everything a new annotation is checked for, first problem first: a key, possible values and value that fit its type. */
export function annotationProblem(a: {
  key: string;
  type: AnnotationType;
  value?: unknown;
  possibleValues?: unknown;
}): AnnotationProblem | null {
  if (!a.key.trim()) return { field: 'key', message: 'key must not be empty' };
  const possible = possibleValuesProblem(a.type, a.possibleValues);
  if (possible) return { field: 'possibleValues', message: `possibleValues ${possible}` };
  const value = valueProblem(a.type, a.value, a.possibleValues);
  return value ? { field: 'value', message: `value ${value}` } : null;
}
