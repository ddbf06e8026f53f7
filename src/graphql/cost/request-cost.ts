import { GraphQLError } from 'graphql';

/** What a request's cost is measured as, and what the rate limiter said of it (DECISIONS.md D9: extensions.cost). */
export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

// Every limit answers QUERY_TOO_COMPLEX with which limit, its maximum and the measured value (DECISIONS.md D4).
export function tooComplex(limit: string, max: number, actual: number | null): GraphQLError {
  const measured = actual === null ? `more than ${max}` : String(actual);
  return new GraphQLError(`Query ${limit} ${measured} exceeds the limit of ${max}`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } },
  });
}

/**
 * The objects one request may produce, counted as execution resolves them (graphql/cost/count-objects.ts). Once
 * the budget is spent every further object field fails before its resolver runs, so no work is done past it.
 */
export class ObjectBudget {
  limit = Infinity;
  spent = 0;
  exhausted = false;

  /** Counts objects about to be produced: the error to answer with once the budget is spent (at every call after). */
  take(objects: number): GraphQLError | null {
    this.record(objects);
    return this.exhausted ? this.error() : null;
  }

  /** Counts objects already produced: the next take() fails instead. */
  record(objects: number): void {
    this.spent += objects;
    if (this.spent > this.limit) this.exhausted = true;
  }

  error(): GraphQLError {
    return tooComplex('cost', this.limit, this.spent);
  }
}

export class RequestCost {
  readonly budget = new ObjectBudget();
  /** The worst-case estimate (page sizes multiplied out); null when it could not be measured. */
  requested: number | null = null;
  /** The caller's bucket after admission, when rate limits apply to this request. */
  throttle: ThrottleStatus | null = null;
}
