import { asTally, pairableCounts, pairedAuthors, type PairTally } from './pair-tally';
import { AgreementError, type AgreementResult, type Ratings, type Value } from './reliability-data';

/**
 * Fleiss' kappa (1971), nominal: every item rated by the same number n > 1 of raters (who need not be the same
 * authors from item to item); items rated once or not at all are left out. With N items, n_ij the raters putting
 * item i in category j: P_i = (sum_j n_ij^2 - n) / (n(n-1)), P = mean P_i, p_j = sum_i n_ij / (N n),
 * P_e = sum_j p_j^2, kappa = (P - P_e) / (1 - P_e). Null with NO_VARIATION when P_e = 1 (every rating the same).
 * From the pair tally: sum_j n_ij^2 - n = sum_j n_ij (n_ij - 1) is the number of agreeing ordered pairs in item i,
 * and each value is the first of n - 1 pairs.
 */
export function fleissKappa(data: Ratings | PairTally): AgreementResult {
  const tally = asTally(data);
  const authors = pairedAuthors(tally).size;
  const items = pairableCounts(tally).items;
  if (items === 0) return { value: null, undefinedReason: 'NO_PAIRABLE_VALUES', items: 0, authors };
  const raterCounts = [...new Set(tally.pairs.map((p) => p.m))].sort((x, y) => x - y);
  if (raterCounts.length > 1)
    throw new AgreementError(
      'UNEQUAL_RATER_COUNTS',
      `Fleiss' kappa needs the same number of raters on every item; these items have ${raterCounts.join(', ')}`,
    );
  const n = raterCounts[0];

  // Pairs per first value (n - 1 times its ratings), summed as integers so that P_e = 1 stays exact.
  const firstOf = new Map<Value, number>();
  let agreeingPairs = 0;
  for (const p of tally.pairs) {
    if (p.va === p.vb) agreeingPairs += p.count;
    firstOf.set(p.va, (firstOf.get(p.va) ?? 0) + p.count);
  }
  const meanP = agreeingPairs / (n * (n - 1)) / items;
  const pairs = items * n * (n - 1);
  let expected = 0;
  for (const count of firstOf.values()) expected += (count / pairs) ** 2;
  if (expected >= 1) return { value: null, undefinedReason: 'NO_VARIATION', items, authors };
  return { value: (meanP - expected) / (1 - expected), items, authors };
}
