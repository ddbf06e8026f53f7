import { AgreementError, type AgreementResult, authorsOf, countValues, type Ratings } from './reliability-data';

/**
 * Cohen's kappa (1960) for exactly two authors over the items both rated (an item one of them left out is
 * skipped): (p_o - p_e) / (1 - p_e), p_o the share of items they agree on, p_e the chance agreement from each
 * author's own category frequencies. Null with NO_VARIATION when p_e = 1 (both used one and the same category).
 */
export function cohenKappa(ratings: Ratings): AgreementResult {
  const authors = [...authorsOf(ratings.items)].sort();
  if (authors.length !== 2)
    throw new AgreementError(
      'NEEDS_TWO_AUTHORS',
      `Cohen's kappa compares exactly two authors; these ratings have ${authors.length}`,
    );
  const [a, b] = authors as [string, string];
  const pairs = ratings.items.flatMap((item) => {
    const va = item.values.get(a);
    const vb = item.values.get(b);
    return va === undefined || vb === undefined ? [] : [[va, vb] as const];
  });
  const n = pairs.length;
  if (n === 0) return { value: null, undefinedReason: 'NO_PAIRABLE_VALUES', items: 0, authors: 2 };
  const observed = pairs.filter(([x, y]) => x === y).length / n;
  const ofA = countValues(pairs.map(([x]) => x));
  const ofB = countValues(pairs.map(([, y]) => y));
  let expected = 0;
  for (const [category, countA] of ofA) expected += (countA / n) * ((ofB.get(category) ?? 0) / n);
  if (expected >= 1) return { value: null, undefinedReason: 'NO_VARIATION', items: n, authors: 2 };
  return { value: (observed - expected) / (1 - expected), items: n, authors: 2 };
}
