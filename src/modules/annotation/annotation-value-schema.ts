import { z } from 'zod';
import type { AnnotationType } from '../../graphql/types.generated';

// The shape each annotation type's value must have when written through the API (Scale's typed kinds).
const strings = z.array(z.string());
const object = z.record(z.unknown());

export const VALUE_SCHEMAS: Record<AnnotationType, z.ZodType<unknown>> = {
  INTEGER: z.number().int(),
  BOOLEAN: z.boolean(),
  TEXT: z.string(),
  CATEGORY: z.string(),
  CATEGORY_MULTIPLE: strings,
  FILE: object,
  LABELED_TEXT: z.array(z.object({ label: z.string().nullish(), text: z.string().nullish() })),
  RANKED_CHOICES: strings.refine((v) => new Set(v).size === v.length, 'a ranking has no ties: every choice once'),
  RANKED_GROUPS: z.array(strings),
  RUBRIC_CRITERIA: object,
  RUBRIC_RATING: object,
  WORKSPACE_CONTAINER: object,
  OTHER: z.unknown(),
};

/** null when the value fits the type (null itself always fits: not answered yet), else the reason. */
export function valueProblem(type: AnnotationType, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const parsed = VALUE_SCHEMAS[type].safeParse(value);
  return parsed.success ? null : `does not fit type ${type}: ${parsed.error.issues.map((i) => i.message).join('; ')}`;
}
