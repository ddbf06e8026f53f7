import { getNamedType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../pagination/page-window';

/**
 * The worst case of what a query may return (Shopify's requestedQueryCost): a connection multiplies what is under
 * it by its page size (first/last or the default), `nodes(ids:)` by the number of ids; scalars are free.
 */
const objectCountEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  const isLeaf = !('getFields' in named);
  if (isLeaf) return 0;
  if (named.name.endsWith('Connection')) {
    const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
    return 1 + Math.max(0, size) * childComplexity;
  }
  if (Array.isArray(args.ids)) return args.ids.length * (1 + childComplexity);
  return 1 + childComplexity;
};

// Estimates of recent (operation, variables) pairs per parsed document: Apollo hands every request of one query text
// the same cached DocumentNode, and estimating walks the whole document with a TypeInfo (4% of a Q1 request in
// issue 9's profile), so a UI repeating a query pays it once. Bounded per document: a full map starts over.
const ESTIMATES_PER_DOCUMENT = 256;
const estimates = new WeakMap<DocumentNode, Map<string, number | null>>();

/** The operation's estimated cost, or null when its variables do not coerce (execution then rejects them). */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null {
  let known = estimates.get(document);
  if (!known) estimates.set(document, (known = new Map()));
  // Variables are bounded in depth before they get here (http/request-nesting.ts), so stringifying them is safe.
  const key = `${operationName ?? ''}|${JSON.stringify(variables)}`;
  let cost = known.get(key);
  if (cost === undefined) {
    try {
      cost = getComplexity({ schema, query: document, variables, operationName, estimators: [objectCountEstimator] });
    } catch {
      cost = null;
    }
    if (known.size >= ESTIMATES_PER_DOCUMENT) known.clear();
    known.set(key, cost);
  }
  return cost;
}
