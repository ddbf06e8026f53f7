import { getNamedType, isCompositeType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../pagination/page-window';

/**
 * The worst case of what a query may return (Shopify's requestedQueryCost): a connection multiplies what is under
 * it by its page size (first/last or the default), `nodes(ids:)` and `_entities(representations:)` by their length;
 * scalars are free. Unions count like objects (graphql-query-complexity takes the costliest member's fragment).
 */
const objectCountEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return 0;
  if (named.name.endsWith('Connection')) {
    // A page is never larger than MAX_PAGE_SIZE: `first: 2147483647` is the resolver's BAD_USER_INPUT, not a cost.
    const size = Math.min(MAX_PAGE_SIZE, Math.max(0, (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number));
    return 1 + size * childComplexity;
  }
  const list = Array.isArray(args.ids) ? args.ids : Array.isArray(args.representations) ? args.representations : null;
  if (list) return list.length * (1 + childComplexity);
  return 1 + childComplexity;
};

// Estimates of recent requests, by their text, operation and variables: estimating walks the whole document with a
// TypeInfo (4% of a Q1 request in issue 9's profile), and a UI repeats its queries. One bounded cache for all
// documents, and only for keys of a few KB, so junk variables cannot make it hold much (issue 15 review).
const MAX_ESTIMATES = 1_000;
const MAX_KEY_LENGTH = 8_192;
const estimates = new Map<string, number | null>();

/** The operation's estimated cost, or null when its variables do not coerce (execution then rejects them). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  source: string,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number | null {
  // Variables are bounded in depth before they get here (http/request-nesting.ts), so stringifying them is safe.
  const key =
    source.length < MAX_KEY_LENGTH ? `${operationName ?? ''}\u0000${source}\u0000${JSON.stringify(variables)}` : null;
  const known = key !== null && key.length <= MAX_KEY_LENGTH ? estimates.get(key) : undefined;
  if (known !== undefined) {
    estimates.delete(key!);
    estimates.set(key!, known);
    return known;
  }
  let cost: number | null;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [objectCountEstimator] });
  } catch {
    cost = null;
  }
  if (key !== null && key.length <= MAX_KEY_LENGTH) {
    estimates.set(key, cost);
    if (estimates.size > MAX_ESTIMATES) estimates.delete(estimates.keys().next().value!);
  }
  return cost;
}
