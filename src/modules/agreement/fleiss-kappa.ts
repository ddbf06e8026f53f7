import { AgreementError, type AgreementResult, authorsOf, countValues, type Ratings } from './reliability-data';

/**
 * Fleiss' kappa (1971), nominal: every item rated by the same number n > 1 of raters (who need not be the same
 * authors from item to item); items nobody rated are left out. With N items, n_ij the raters putting item i in
 * category j: P_i = (sum_j n_ij^2 - n) / (n(n-1)), P = mean P_i, p_j = sum_i n_ij / (N n), P_e = sum_j p_j^2,
 * kappa = (P - P_e) / (1 - P_e). Null with NO_VARIATION when P_e = 1 (every rating the same category).
 */
export function fleissKappa(ratings: Ratings): AgreementResult {
  const items = ratings.items.filter((item) => item.values.size > 1);
  const authors = authorsOf(items).size;
  if (items.length === 0) return { value: null, undefinedReason: 'NO_PAIRABLE_VALUES', items: 0, authors };
  const n = items[0].values.size;
  const unequal = items.find((item) => item.values.size !== n);
  if (unequal)
    throw new AgreementError(
      'UNEQUAL_RATER_COUNTS',
      `Fleiss' kappa needs the same number of raters on every item: item ${items[0].id} has ${n}, item ${unequal.id} has ${unequal.values.size}`,
    );

  const totals = new Map<string | number, number>();
  let sumP = 0;
  for (const item of items) {
    const counts = countValues(item.values.values());
    let squares = 0;
    for (const [category, count] of counts) {
      squares += count * count;
      totals.set(category, (totals.get(category) ?? 0) + count);
    }
    sumP += (squares - n) / (n * (n - 1));
  }
  const meanP = sumP / items.length;
  let expected = 0;
  for (const count of totals.values()) expected += (count / (items.length * n)) ** 2;
  if (expected >= 1) return { value: null, undefinedReason: 'NO_VARIATION', items: items.length, authors };
  return { value: (meanP - expected) / (1 - expected), items: items.length, authors };
}
