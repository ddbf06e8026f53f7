import { z } from 'zod';

/**
 * The bounds of a message's generation settings, for messageAppend and the Scale import alike (issue 16: negative
 * temperatures and token counts were stored). topK 0 is "off" for several providers, so it is allowed.
 */
export const MODEL_PARAMETER_BOUNDS = {
  temperature: z.number().min(0, 'must be 0 or more'),
  topP: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  topK: z.number().int().min(0, 'must be 0 or more'),
  maxCompletionTokens: z.number().int().min(1, 'must be 1 or more'),
} as const;

type Parameters = {
  temperature?: number | null;
  topP?: number | null;
  topK?: number | null;
  maxCompletionTokens?: number | null;
};

/** The first setting out of bounds, as [field, message], or null. */
export function modelParametersProblem(parameters: Parameters): [keyof Parameters, string] | null {
  for (const field of Object.keys(MODEL_PARAMETER_BOUNDS) as (keyof Parameters)[]) {
    const value = parameters[field];
    if (value == null) continue;
    const checked = MODEL_PARAMETER_BOUNDS[field].safeParse(value);
    if (!checked.success) return [field, `${field} ${checked.error.issues[0].message}, got ${value}`];
  }
  return null;
}
