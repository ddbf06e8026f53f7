// Reliability data (Krippendorff's term): units ("items") and the values their coders ("authors") gave them. An
// author who did not rate an item is simply absent from its map, so missing values need no sentinel.

/** One value an author gave an item: a category (nominal) or a number (ordinal, interval, ratio). */
export type Value = string | number;

export type RatedItem = { id: string; values: ReadonlyMap<string, Value> };
export type Ratings = { items: readonly RatedItem[] };

export type Level = 'NOMINAL' | 'ORDINAL' | 'INTERVAL' | 'RATIO';
export type Metric = 'COHEN_KAPPA' | 'FLEISS_KAPPA' | 'KRIPPENDORFF_ALPHA';

/**
 * Why a coefficient has no value (it is then null, not NaN):
 * - NO_PAIRABLE_VALUES: no item carries two values to compare (no items, all missing, one author per item);
 * - NO_VARIATION: every compared value is the same, so the disagreement (or agreement) expected by chance is 0 (1)
 *   and the coefficient is 0/0. Perfect agreement on one category says nothing about reliability (Krippendorff
 *   2011 calls alpha undefined there; statsmodels answers NaN); the caller can still show observed disagreement 0.
 */
export type UndefinedReason = 'NO_PAIRABLE_VALUES' | 'NO_VARIATION';

export type AgreementResult = {
  /** The coefficient, or null with `undefinedReason`. */
  value: number | null;
  undefinedReason?: UndefinedReason;
  /** Items that entered the computation. */
  items: number;
  /** Distinct authors whose values entered the computation. */
  authors: number;
  /** Krippendorff's n: values in pairable items (those with two or more values). */
  pairableValues?: number;
  /** Krippendorff's D_o and D_e (null when there is nothing to pair). */
  observedDisagreement?: number | null;
  expectedDisagreement?: number | null;
};

export type AgreementErrorCode =
  'NEEDS_TWO_AUTHORS' | 'UNEQUAL_RATER_COUNTS' | 'NON_NUMERIC_VALUE' | 'NEGATIVE_RATIO_VALUE';

/** A data set a metric cannot take; `code` is meant to become the GraphQL error's code. */
export class AgreementError extends Error {
  constructor(
    readonly code: AgreementErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AgreementError';
  }
}
