import { asTally, type PairTally } from './pair-tally';
import { AgreementError, type AgreementResult, type Ratings, type Value } from './reliability-data';

/**
 * Cohen's kappa (1960) for exactly two authors over the items both rated (an item one of them left out is
 * skipped): (p_o - p_e) / (1 - p_e), p_o the share of items they agree on, p_e the chance agreement from each
 * author's own category frequencies. Null with NO_VARIATION when p_e = 1 (both used one and the same category).
 */
export function cohenKappa(data: Ratings | PairTally): AgreementResult {
  const tally = asTally(data);
  // Nothing rated at all is nothing to compare yet, as for the other metrics; one author or three is a wrong question.
  if (tally.authors.length === 0) return { value: null, undefinedReason: 'NO_PAIRABLE_VALUES', items: 0, authors: 0 };
  if (tally.authors.length !== 2)
    throw new AgreementError(
      'NEEDS_TWO_AUTHORS',
      `Cohen's kappa compares exactly two authors; these ratings have ${tally.authors.length}`,
    );
  // Each shared item is a pair in both directions; one direction is the contingency table.
  const first = tally.authors[0];
  let n = 0;
  let agreeing = 0;
  const ofA = new Map<Value, number>();
  const ofB = new Map<Value, number>();
  for (const p of tally.pairs) {
    if (p.a !== first) continue;
    n += p.count;
    if (p.va === p.vb) agreeing += p.count;
    ofA.set(p.va, (ofA.get(p.va) ?? 0) + p.count);
    ofB.set(p.vb, (ofB.get(p.vb) ?? 0) + p.count);
  }
  if (n === 0) return { value: null, undefinedReason: 'NO_PAIRABLE_VALUES', items: 0, authors: 2 };
  const observed = agreeing / n;
  let expected = 0;
  for (const [category, countA] of ofA) expected += (countA / n) * ((ofB.get(category) ?? 0) / n);
  if (expected >= 1) return { value: null, undefinedReason: 'NO_VARIATION', items: n, authors: 2 };
  return { value: (observed - expected) / (1 - expected), items: n, authors: 2 };
}
