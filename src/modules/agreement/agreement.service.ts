import { GraphQLError } from 'graphql';
import type { AgreementMetric, MeasurementLevel } from '../../graphql/types.generated';
import { agreement, perAuthorAgreement } from './agreement-metrics';
import type { RatingRow } from './agreement.repository';
import { ratingsFromRows } from './ratings-from-rows';
import { AgreementError } from './reliability-data';

/**
 * One coefficient over rating rows, with each author's agreement with the others. A data set the metric cannot
 * take is a BAD_USER_INPUT error whose `extensions.reason` is the AgreementError's code.
 */
export function measureAgreement(rows: readonly RatingRow[], metric: AgreementMetric, level: MeasurementLevel) {
  try {
    const ratings = ratingsFromRows(rows, level);
    const result = agreement(ratings, metric, level);
    const perAuthor = perAuthorAgreement(ratings, metric, level).map((a) => ({
      authorKey: a.author,
      value: a.value,
      items: a.items,
    }));
    return { ...result, metric, level, perAuthor };
  } catch (error) {
    if (error instanceof AgreementError)
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', reason: error.code } });
    throw error;
  }
}

/** A run's agreement before any task has both a prediction and a ground truth. */
export const nothingToCompare = (level: MeasurementLevel) => ({
  metric: 'COHEN_KAPPA' as const,
  level,
  value: null,
  undefinedReason: 'NO_PAIRABLE_VALUES',
  items: 0,
  authors: 2,
  pairableValues: 0,
  observedDisagreement: null,
  expectedDisagreement: null,
  perAuthor: [],
});
