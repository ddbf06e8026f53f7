import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, GraphQLFormattedError, ValidationContext, ValidationRule } from 'graphql';
import type { Limits } from '../config';
import { tooComplex } from './cost/request-cost';

// graphql-armor measures depth and aliases (fragments included); we re-report its rejection with our code.
function reportAs(limit: 'depth' | 'aliases', max: number) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message);
    ctx?.reportError(tooComplex(limit, max, found ? Number(found[1]) : null));
  };
}

export function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      exposeLimits: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs('depth', limits.maxDepth)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [reportAs('aliases', limits.maxAliases)],
    }),
  ];
}

/** Apollo's own token limit (parseOptions.maxTokens) fails parsing; answer it like the other limits. */
export function asTokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const match = /Document contains more th\w+ (\d+) tokens/.exec(formatted.message);
  if (!match) return null;
  const max = Number(match[1]);
  return {
    message: `Query tokens more than ${max} exceeds the limit of ${max}`,
    extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max, actual: null },
  };
}
