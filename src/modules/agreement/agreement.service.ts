import { GraphQLError } from 'graphql';
import type { Database } from '../../db/database';
import type { AgreementMetric, MeasurementLevel } from '../../graphql/types.generated';
import { agreement, perAuthorAgreement } from './agreement-metrics';
import { type RatingQuery, selectPairTally, selectRunVersusTruthRows } from './agreement.repository';
import { type PairTally, tallyOf } from './pair-tally';
import { ratingsFromRows } from './ratings-from-rows';
import { AgreementError } from './reliability-data';

/** One coefficient over a key's ratings in a project, with each author's agreement with the others. */
export function projectAgreement(db: Database, q: RatingQuery, metric: AgreementMetric, level: MeasurementLevel) {
  return measured(metric, level, () => selectPairTally(db, q, level));
}

/**
 * A run's predictions against the newest whole-task ground truth: Cohen's kappa of two raters always. With no task
 * having both there is nothing to measure yet (null, NO_PAIRABLE_VALUES).
 */
export async function runAgreement(db: Database, runId: string, level: MeasurementLevel) {
  const rows = await selectRunVersusTruthRows(db, runId);
  if (rows.length === 0) return nothingToCompare(level);
  return measured('COHEN_KAPPA', level, async () => tallyOf(ratingsFromRows(rows, level)));
}

/** A data set the metric cannot take is a BAD_USER_INPUT error whose `extensions.reason` is the AgreementError's code. */
async function measured(metric: AgreementMetric, level: MeasurementLevel, read: () => Promise<PairTally>) {
  try {
    const tally = await read();
    const result = agreement(tally, metric, level);
    const perAuthor = perAuthorAgreement(tally, metric, level).map((a) => ({
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

const nothingToCompare = (level: MeasurementLevel) => ({
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
