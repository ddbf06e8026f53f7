import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError } from 'graphql';
import type { Logger } from 'pino';
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
  return new GraphQLError(
    `Rate limit: this request may cost ${needed} points and ${available} are available; retry in ${retryAfterSeconds} s`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter: retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}

/** Shopify's extensions.cost, on every response Apollo sends. */
function costExtension(cost: RequestCost) {
  return { requestedQueryCost: cost.requested, actualQueryCost: cost.budget.spent, throttleStatus: cost.throttle };
}

// Every answered request costs at least this much, so introspection, `__typename` and invalid documents, which
// produce no objects, still drain a bucket.
const MINIMUM_CHARGE = 1;

/**
 * The cost limits of issue 15. Before execution: the estimate must not exceed maxRequestedCost, a mutation's not even
 * maxCost (a mutation is never cut short once it has written), and the caller's bucket must hold what the request
 * can cost at most, min(estimate, maxCost), which admission reserves; else HTTP 429. During: queries stop at maxCost
 * objects (count-objects.ts), answered as one QUERY_TOO_COMPLEX. After: the actual cost settles the reservation.
 */
export function costPlugin(
  limits: CostLimits,
  rateLimiter?: RateLimiter,
  logger?: Logger,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let reserved = 0;
      let refused = false;
      return {
        async didResolveOperation({ request, document, source, schema, operation, contextValue }) {
          if (!operation) return;
          // Variables are coerced once here, stopping at their first error: graphql-js's default collects 50, and
          // describing each in a list of 100,000 bad values took seconds of CPU (the hostile suite's huge lists).
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
            maxErrors: 1,
          });
          if (coerced.errors)
            throw new GraphQLError(coerced.errors[0].message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          const { cost, access } = contextValue;
          const requested = (cost.requested = estimateCost(
            schema,
            document,
            source,
            request.operationName ?? undefined,
            request.variables ?? {},
          ));
          if (requested !== null && requested > limits.maxRequestedCost)
            throw tooComplex('requestedCost', limits.maxRequestedCost, requested);
          if (operation.operation === 'mutation') {
            if (requested !== null && requested > limits.maxCost) throw tooComplex('cost', limits.maxCost, requested);
          } else {
            cost.budget.limit = limits.maxCost;
          }
          const viewer = access.viewer;
          if (!rateLimiter || viewer.kind === 'anonymous') return;
          const needed = Math.max(MINIMUM_CHARGE, Math.min(requested ?? 0, limits.maxCost));
          let admission;
          try {
            admission = await rateLimiter.admit(viewer, needed);
          } catch (error) {
            // The bucket could not be read: the request goes on (it needs the same database and fails on its own).
            logger?.warn({ err: error }, 'rate limit not checked: bucket unreadable');
            return;
          }
          cost.throttle = admission.status;
          if (!admission.allowed) {
            refused = true;
            throw rateLimited(needed, cost, admission.retryAfterSeconds);
          }
          reserved = admission.reserved;
        },
        async willSendResponse({ response, contextValue }) {
          const { cost, access } = contextValue;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Past the budget every further object field failed: one error says why, instead of a field error each.
          if (cost.budget.exhausted) {
            const { message, extensions } = cost.budget.error();
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message,
                  extensions: {
                    code: extensions.code,
                    limit: extensions.limit,
                    max: extensions.max,
                    actual: extensions.actual,
                  },
                },
              ],
            };
            response.http.status = 400;
          }
          if (rateLimiter && access.viewer.kind !== 'anonymous' && !refused) {
            try {
              cost.throttle = await rateLimiter.charge(
                access.viewer,
                Math.max(MINIMUM_CHARGE, cost.budget.spent),
                reserved,
              );
            } catch (error) {
              logger?.warn({ err: error }, 'rate limit not charged: bucket unreadable');
            }
          }
          response.body.singleResult.extensions = { ...result.extensions, cost: costExtension(cost) };
        },
      };
    },
  };
}
