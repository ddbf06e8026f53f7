import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, getNamedType, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Limits } from '../config';
import { DEFAULT_PAGE_SIZE } from '../pagination/page-window';

// Every limit answers QUERY_TOO_COMPLEX with which limit, its maximum and the measured value (DECISIONS.md D4).
function tooComplex(limit: string, max: number, actual: number | null): GraphQLError {
  const measured = actual === null ? `more than ${max}` : String(actual);
  return new GraphQLError(`Query ${limit} ${measured} exceeds the limit of ${max}`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } },
  });
}

// graphql-armor measures depth and aliases (fragments included); we re-report its rejection with our code.
function reportAs(limit: 'depth' | 'aliases', max: number) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message);
    ctx?.reportError(tooComplex(limit, max, found ? Number(found[1]) : null));
  };
}

export function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, exposeLimits: true, flattenFragments: true, propagateOnRejection: false, onReject: [reportAs('depth', limits.maxDepth)] }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true, propagateOnRejection: false, onReject: [reportAs('aliases', limits.maxAliases)] }),
  ];
}

/**
 * Cost = the number of objects a query may return: a connection multiplies what is under it by its page size
 * (first/last or the default), `nodes(ids:)` by the number of ids; scalars are free.
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

/** Rejects operations whose estimated cost exceeds maxCost; needs the variables, so it runs after validation. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (cost !== null && cost > maxCost) throw tooComplex('cost', maxCost, cost);
        },
      };
    },
  };
}

// Costs of recent (operation, variables) pairs per parsed document: Apollo hands every request of one query text the
// same cached DocumentNode, and measuring walks the whole document with a TypeInfo (4% of a Q1 request in issue 9's
// profile), so a UI repeating a query pays it once. Bounded per document: a full map starts over.
const COSTS_PER_DOCUMENT = 256;
const costs = new WeakMap<DocumentNode, Map<string, number | null>>();

/** The operation's cost, or null when its variables do not coerce (execution then rejects them as BAD_USER_INPUT). */
function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const key = `${operationName ?? ''}|${JSON.stringify(variables)}`;
  let cost = known.get(key);
  if (cost === undefined) {
    try {
      cost = getComplexity({ schema, query: document, variables, operationName, estimators: [objectCountEstimator] });
    } catch {
      cost = null;
    }
    if (known.size >= COSTS_PER_DOCUMENT) known.clear();
    known.set(key, cost);
  }
  return cost;
}

/** Apollo's own token limit (parseOptions.maxTokens) fails parsing; answer it like the other limits. */
export function asTokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const match = /Document contains more th\w+ (\d+) tokens/.exec(formatted.message);
  if (!match) return null;
  const max = Number(match[1]);
  return { message: `Query tokens more than ${max} exceeds the limit of ${max}`, extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max, actual: null } };
}
