import { cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';
import { asTally, authorView, type PairTally } from './pair-tally';
import { type AgreementResult, type Level, type Metric, type Ratings } from './reliability-data';

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
export function agreement(data: Ratings | PairTally, metric: Metric, level: Level = 'NOMINAL'): AgreementResult {
  switch (metric) {
    case 'COHEN_KAPPA':
      return cohenKappa(data);
    case 'FLEISS_KAPPA':
      return fleissKappa(data);
    case 'KRIPPENDORFF_ALPHA':
      return krippendorffAlpha(data, level);
  }
}

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
export function perAuthorAgreement(
  data: Ratings | PairTally,
  metric: Metric,
  level: Level = 'NOMINAL',
): AuthorAgreement[] {
  const tally = asTally(data);
  return tally.authors.map((author) => {
    const view = authorView(tally, author);
    return { ...agreement(view.tally, metric, level), author, items: view.items, authors: 1 + view.others };
  });
}
