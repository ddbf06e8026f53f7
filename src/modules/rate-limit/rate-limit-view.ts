import type { RequestCost } from '../../graphql/cost/request-cost';

/** Query.rateLimit from what the cost plugin found at admission (GitHub's limit, remaining, resetAt, cost). */
export function rateLimitOf(cost: RequestCost) {
  const throttle = cost.throttle;
  if (!throttle) return null;
  const missing = throttle.maximumAvailable - throttle.currentlyAvailable;
  return {
    limit: throttle.maximumAvailable,
    remaining: throttle.currentlyAvailable,
    resetAt: new Date(Date.now() + Math.ceil((missing / throttle.restoreRate) * 1000)).toISOString(),
    cost: Math.min(cost.requested ?? 0, cost.budget.limit),
    restoreRate: throttle.restoreRate,
  };
}
