import type { ExportOptions } from './export-format';

const NUMERIC = new Set(['GT', 'GTE', 'LT', 'LTE']);

/**
 * What is wrong with `options.condition`, shared by the formats that read it (SFT_MESSAGES, PROMPT_COMPLETION):
 * a comparison needs a value, and an ordering comparison needs a number.
 */
export function conditionProblem(options: ExportOptions): { field: string; message: string } | null {
  const condition = options.condition;
  if (!condition?.comparison) return null;
  if (condition.value === undefined || condition.value === null) {
    return { field: 'condition.value', message: 'A comparison needs a value to compare with.' };
  }
  if (!['number', 'string', 'boolean'].includes(typeof condition.value)) {
    // EQ and NE compare one scalar; a list or object would never equal an annotation's value.
    return { field: 'condition.value', message: 'The value to compare with must be a number, string or boolean.' };
  }
  if (NUMERIC.has(condition.comparison) && typeof condition.value !== 'number') {
    return { field: 'condition.value', message: `${condition.comparison} compares numbers; give a number.` };
  }
  return null;
}
