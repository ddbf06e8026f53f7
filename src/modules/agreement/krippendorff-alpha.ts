import { asTally, pairableCounts, pairedAuthors, type PairTally } from './pair-tally';
import { AgreementError, type AgreementResult, type Level, type Ratings, type Value } from './reliability-data';

/**
 * Krippendorff's alpha by the coincidence matrix ("Computing Krippendorff's Alpha-Reliability", 2011):
 * - items with fewer than two values are not pairable and are dropped; n is the number of values left;
 * - o_ck = sum over items u of (pairs of values c, k given by different authors in u) / (m_u - 1), m_u the values
 *   in u; n_c = sum_k o_ck;
 * - D_o = (1/n) sum_c sum_k o_ck d2(c,k) and D_e = 1/(n(n-1)) sum_c sum_k n_c n_k d2(c,k);
 * - alpha = 1 - D_o / D_e.
 * d2 by level: NOMINAL 0 if c = k else 1; ORDINAL (sum of n_g for g from c to k - (n_c + n_k)/2)^2 over the ranks
 * of the values used (numbers in numeric order); INTERVAL (c - k)^2; RATIO ((c - k)/(c + k))^2 (0 for 0 and 0).
 * Non-nominal levels need numbers (RATIO non-negative ones): an AgreementError otherwise.
 * Null with NO_PAIRABLE_VALUES when no item is pairable (D_o, D_e null), and with NO_VARIATION when D_e = 0, which
 * happens only when all pairable values are equal (D_o is then 0 as well).
 */
export function krippendorffAlpha(data: Ratings | PairTally, level: Level): AgreementResult {
  const tally = asTally(data);
  const { items, values: n } = pairableCounts(tally);
  const base = { items, authors: pairedAuthors(tally).size, pairableValues: n };
  if (n === 0)
    return {
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
      ...base,
      observedDisagreement: null,
      expectedDisagreement: null,
    };

  // The values used, in rank order for the ordered levels.
  const values = [...new Set(tally.pairs.flatMap((p) => [p.va, p.vb]))];
  if (level !== 'NOMINAL') {
    const bad = values.find((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (bad !== undefined)
      throw new AgreementError('NON_NUMERIC_VALUE', `${level} alpha needs numeric values; got ${JSON.stringify(bad)}`);
    if (level === 'RATIO' && values.some((v) => (v as number) < 0))
      throw new AgreementError('NEGATIVE_RATIO_VALUE', 'RATIO alpha needs non-negative values');
    values.sort((x, y) => (x as number) - (y as number));
  }
  const index = new Map<Value, number>(values.map((v, i) => [v, i]));
  const V = values.length;

  // Coincidence matrix: each ordered pair of values from different authors in an item of m values weighs 1/(m-1).
  const o: number[][] = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  for (const p of tally.pairs) o[index.get(p.va)!][index.get(p.vb)!] += p.count / (p.m - 1);
  const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));

  const d2 = difference(level, values as number[], marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++)
    for (let k = 0; k < V; k++) {
      if (c === k) continue;
      const d = d2(c, k);
      observed += o[c][k] * d;
      expected += marginals[c] * marginals[k] * d;
    }
  observed /= n;
  expected /= n * (n - 1);
  const result = { ...base, observedDisagreement: observed, expectedDisagreement: expected };
  if (expected === 0) return { value: null, undefinedReason: 'NO_VARIATION', ...result };
  return { value: 1 - observed / expected, ...result };
}

/** d2(c, k) over value indices, for one level. */
function difference(level: Level, values: readonly number[], marginals: readonly number[]) {
  switch (level) {
    case 'NOMINAL':
      return (c: number, k: number) => (c === k ? 0 : 1);
    case 'ORDINAL': {
      // prefix[i] = n_0 + ... + n_(i-1): sum_{g=c..k} n_g = prefix[hi + 1] - prefix[lo].
      const prefix = [0];
      for (const m of marginals) prefix.push(prefix[prefix.length - 1] + m);
      return (c: number, k: number) => {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        return (prefix[hi + 1] - prefix[lo] - (marginals[c] + marginals[k]) / 2) ** 2;
      };
    }
    case 'INTERVAL':
      return (c: number, k: number) => (values[c] - values[k]) ** 2;
    case 'RATIO':
      return (c: number, k: number) => {
        const sum = values[c] + values[k];
        return sum === 0 ? 0 : ((values[c] - values[k]) / sum) ** 2;
      };
  }
}
