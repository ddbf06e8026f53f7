import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import type { RateLimiter } from '../../modules/rate-limit/rate-limiter';
import { estimateCost } from './estimate';
import { tooComplex, type RequestCost } from './request-cost';

export type CostLimits = {
  /** Objects one request may produce, counted at execution. */
  maxCost: number;
  /** The largest worst-case estimate admitted at all (a guard against fan-out shapes, e.g. nested pages of 100). */
  maxRequestedCost: number;
};

function rateLimited(needed: number, cost: RequestCost, retryAfterSeconds: number): GraphQLError {
  const available = cost.throttle?.currentlyAvailable ?? 0;
  return new GraphQLError(`Rate limit: this request may cost ${needed} points and ${available} are available; retry in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

/** Shopify's extensions.cost, on every response Apollo sends. */
function costExtension(cost: RequestCost) {
  return { requestedQueryCost: cost.requested, actualQueryCost: cost.budget.spent, throttleStatus: cost.throttle };
}

/**
 * The cost limits of issue 15. Before execution: the estimate must not exceed maxRequestedCost, a mutation's not even
 * maxCost (a mutation is never cut short once it has written), and the caller's bucket must hold what the request
 * can cost at most, min(estimate, maxCost), else HTTP 429. During: queries stop at maxCost objects produced
 * (count-objects.ts), answered as one QUERY_TOO_COMPLEX. After: the actual cost is charged to the bucket.
 */
export function costPlugin(limits: CostLimits, rateLimiter?: RateLimiter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let admitted = false;
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          if (!operation) return;
          const { cost, access } = contextValue;
          const requested = (cost.requested = estimateCost(schema, document, request.operationName ?? undefined, request.variables ?? {}));
          if (requested !== null && requested > limits.maxRequestedCost) throw tooComplex('requestedCost', limits.maxRequestedCost, requested);
          if (operation.operation === 'mutation') {
            if (requested !== null && requested > limits.maxCost) throw tooComplex('cost', limits.maxCost, requested);
          } else {
            cost.budget.limit = limits.maxCost;
          }
          const viewer = access.viewer;
          if (!rateLimiter || viewer.kind === 'anonymous') return;
          const needed = Math.min(requested ?? 0, limits.maxCost);
          const admission = await rateLimiter.admit(viewer, needed);
          cost.throttle = admission.status;
          if (!admission.allowed) throw rateLimited(needed, cost, admission.retryAfterSeconds);
          admitted = true;
        },
        async willSendResponse({ response, contextValue }) {
          const { cost, access } = contextValue;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Past the budget every further object field failed: one error says why, instead of a field error each.
          if (cost.budget.exhausted) {
            const { message, extensions } = cost.budget.error();
            response.body.singleResult = { data: null, errors: [{ message, extensions: { code: extensions.code, limit: extensions.limit, max: extensions.max, actual: extensions.actual } }] };
          }
          if (admitted && access.viewer.kind !== 'anonymous') cost.throttle = await rateLimiter!.charge(access.viewer, cost.budget.spent);
          response.body.singleResult.extensions = { ...result.extensions, cost: costExtension(cost) };
        },
      };
    },
  };
}
