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
 * The objects one request may produce, counted as execution resolves them (graphql/cost/count-objects.ts). A page
 * reserves its size before it is read and gives back what it did not fill, so no read goes past the budget; once
 * the budget is spent every further object field fails before its resolver runs.
 */
export class ObjectBudget {
  limit = Infinity;
  spent = 0;
  exhausted = false;
  /** What the request would have come to when it first did not fit. */
  #needed = 0;

  #refusal: GraphQLError | undefined;

  /**
   * Counts objects about to be produced: null when they fit, else the error to fail with (one instance for the whole
   * request, with a path, so graphql-js passes it on as it is instead of wrapping a new error for each field).
   */
  take(objects: number): GraphQLError | null {
    if (!this.exhausted && this.spent + objects > this.limit) {
      this.exhausted = true;
      this.#needed = this.spent + objects;
    }
    if (!this.exhausted) {
      this.spent += objects;
      return null;
    }
    if (!this.#refusal) {
      this.#refusal = this.error();
      Object.defineProperty(this.#refusal, 'path', { value: [], enumerable: true });
    }
    return this.#refusal;
  }

  /** Counts objects already produced: the next take() fails when they went past the budget. */
  record(objects: number): void {
    this.spent += objects;
    if (!this.exhausted && this.spent > this.limit) {
      this.exhausted = true;
      this.#needed = this.spent;
    }
  }

  /** Gives back the unused part of a reservation. */
  refund(objects: number): void {
    this.spent -= objects;
  }

  /** QUERY_TOO_COMPLEX with what the request would have needed as `actual`. */
  error(): GraphQLError {
    return tooComplex('cost', this.limit, Math.max(this.#needed, this.spent));
  }
}

export class RequestCost {
  readonly budget = new ObjectBudget();
  /** The worst-case estimate (page sizes multiplied out); null when it could not be measured. */
  requested: number | null = null;
  /** The caller's bucket after admission, when rate limits apply to this request. */
  throttle: ThrottleStatus | null = null;
}
