import { cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';
import {
  type AgreementResult,
  authorsOf,
  type Level,
  type Metric,
  type RatedItem,
  type Ratings,
} from './reliability-data';

export { cohenKappa } from './cohen-kappa';
export { fleissKappa } from './fleiss-kappa';
export { krippendorffAlpha } from './krippendorff-alpha';
export {
  AgreementError,
  type AgreementErrorCode,
  type AgreementResult,
  type Level,
  type Metric,
  type RatedItem,
  type Ratings,
  type UndefinedReason,
  type Value,
} from './reliability-data';

/** One metric over the ratings; `level` matters for KRIPPENDORFF_ALPHA only (the kappas are nominal). */
export function agreement(ratings: Ratings, metric: Metric, level: Level = 'NOMINAL'): AgreementResult {
  switch (metric) {
    case 'COHEN_KAPPA':
      return cohenKappa(ratings);
    case 'FLEISS_KAPPA':
      return fleissKappa(ratings);
    case 'KRIPPENDORFF_ALPHA':
      return krippendorffAlpha(ratings, level);
  }
}

/** Pseudo-author ids for the two sides of a per-author comparison (not valid as real author ids here). */
const SELF = '\u0000self';
const OTHERS = '\u0000others';

export type AuthorAgreement = AgreementResult & { author: string };

/**
 * Each author's agreement with the others pooled. Definition: for author A, every item A rated and every other
 * author B who rated it gives one two-value unit (A's value, B's value); the metric is computed over those units
 * as if there were two authors, A and "the others". So Cohen's kappa is A against the pooled others (the others'
 * marginals are those of all their values on A's items), Fleiss' kappa and alpha are over the A-B pairs only
 * (pairs between two other authors do not count). With exactly two authors each one's value is the metric itself.
 * `items` is the number of distinct items A shares with someone, `authors` is 1 + the others met there;
 * `pairableValues` (alpha) is twice the number of pairs. Authors are listed in id order; an author who shares no
 * item gets null with NO_PAIRABLE_VALUES.
 */
export function perAuthorAgreement(ratings: Ratings, metric: Metric, level: Level = 'NOMINAL'): AuthorAgreement[] {
  return [...authorsOf(ratings.items)].sort().map((author) => {
    const units: RatedItem[] = [];
    const shared = new Set<string>();
    const others = new Set<string>();
    for (const item of ratings.items) {
      const mine = item.values.get(author);
      if (mine === undefined) continue;
      for (const [other, theirs] of item.values) {
        if (other === author) continue;
        units.push({
          id: `${item.id}\u0000${other}`,
          values: new Map([
            [SELF, mine],
            [OTHERS, theirs],
          ]),
        });
        shared.add(item.id);
        others.add(other);
      }
    }
    const result =
      units.length === 0
        ? metric === 'KRIPPENDORFF_ALPHA'
          ? krippendorffAlpha({ items: [] }, level)
          : ({ value: null, undefinedReason: 'NO_PAIRABLE_VALUES', items: 0, authors: 1 } as const)
        : agreement({ items: units }, metric, level);
    return { ...result, author, items: shared.size, authors: 1 + others.size };
  });
}
