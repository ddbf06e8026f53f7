// The coding algorithm (deterministic): exact, normalised values with frequencies.
// Train: for each variable, count how often each normalised value was coded with each code (and score).
// Code: a value whose top code has at least `ambiguity` share of its examples (and `minSupport` examples) gets
// that code and its most frequent score (CODING_COMPLETE); a value seen with several codes below that share gets
// them as candidates, by share (CODE_SELECTION_PENDING, parameter = share); anything unseen is CODING_INCOMPLETE.

export type Instructions = { caseSensitive?: boolean; minSupport?: number; ambiguity?: number };
export type ResponseValue = string | number | boolean | string[] | number[] | boolean[];
export type CodedExample = { variableId: string; value: ResponseValue; code: number | null; score: number | null };
/** variable -> normalised value -> code -> { count, scores: score -> count } */
export type CoderModel = {
  instructions: Required<Instructions>;
  variables: Record<string, Record<string, Record<string, { count: number; scores: Record<string, number> }>>>;
};
export type CodingResult =
  | { status: 'CODING_COMPLETE'; code: number; score: number | null; codes: [] }
  | { status: 'CODE_SELECTION_PENDING'; code: null; score: null; codes: { id: number; parameter: string }[] }
  | { status: 'CODING_INCOMPLETE'; code: null; score: null; codes: [] };

export function withDefaults(i: Instructions | null | undefined): Required<Instructions> {
  return { caseSensitive: i?.caseSensitive ?? false, minSupport: i?.minSupport ?? 1, ambiguity: i?.ambiguity ?? 1 };
}

/** Trimmed, inner whitespace collapsed, lower case unless caseSensitive; lists sorted and joined. */
export function normalise(value: ResponseValue, caseSensitive: boolean): string {
  const one = (v: string | number | boolean) => {
    const text = String(v).trim().replace(/\s+/g, ' ');
    return caseSensitive ? text : text.toLowerCase();
  };
  return Array.isArray(value) ? `[${(value as (string | number | boolean)[]).map(one).sort().join('|')}]` : one(value);
}

export function emptyModel(instructions: Instructions | null | undefined): CoderModel {
  return { instructions: withDefaults(instructions), variables: {} };
}

/** Adds coded examples to a model (examples without a code are ignored). */
export function learn(model: CoderModel, examples: CodedExample[]): CoderModel {
  for (const e of examples) {
    if (e.code === null || e.code === undefined) continue;
    const values = (model.variables[e.variableId] ??= {});
    const codes = (values[normalise(e.value, model.instructions.caseSensitive)] ??= {});
    const entry = (codes[String(e.code)] ??= { count: 0, scores: {} });
    entry.count++;
    if (e.score !== null && e.score !== undefined)
      entry.scores[String(e.score)] = (entry.scores[String(e.score)] ?? 0) + 1;
  }
  return model;
}

const mostFrequent = (counts: Record<string, number>): number | null => {
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))[0];
  return best ? Number(best[0]) : null;
};

export function codeValue(model: CoderModel, variableId: string, value: ResponseValue): CodingResult {
  const codes = model.variables[variableId]?.[normalise(value, model.instructions.caseSensitive)];
  const entries = Object.entries(codes ?? {}).map(([code, e]) => ({ code: Number(code), ...e }));
  const total = entries.reduce((n, e) => n + e.count, 0);
  if (entries.length === 0 || total < model.instructions.minSupport)
    return { status: 'CODING_INCOMPLETE', code: null, score: null, codes: [] };
  entries.sort((a, b) => b.count - a.count || a.code - b.code);
  const top = entries[0];
  if (top.count / total >= model.instructions.ambiguity)
    return { status: 'CODING_COMPLETE', code: top.code, score: mostFrequent(top.scores), codes: [] };
  return {
    status: 'CODE_SELECTION_PENDING',
    code: null,
    score: null,
    codes: entries.map((e) => ({ id: e.code, parameter: (e.count / total).toFixed(2) })),
  };
}
