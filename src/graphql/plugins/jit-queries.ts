import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../../context';
import { timedOutResponse } from './deadline';

/**
 * Runs queries compiled to JavaScript by graphql-jit (DECISIONS.md D8) instead of graphql-js's per-field
 * interpretation (Q1 of the benchmark: 15.2 -> 9.4 ms of execution when it came in). It answers through Apollo's
 * responseForOperation hook, after parsing, validation, the limits and every other plugin; what it does not answer,
 * graphql-js runs as usual:
 * - a document's first run: it is compiled when it comes a second time, so one-off documents cost no compilation;
 * - mutations, whose fields run in series and whose errors must not run them twice;
 * - variables that do not coerce, documents graphql-jit cannot compile, and any result with errors: graphql-js runs the
 *   query again (queries do not write), so that every error is made, coded and formatted by the one ordinary path.
 *   A result that ran out of time (QUERY_TIMEOUT: the request's deadline or statement_timeout) is the exception: it is
 *   answered at once (plugins/deadline.ts), since a second run would only start more work past the deadline.
 * It replaces Apollo's gateway interface, which served graphql-jit before: Apollo's per-request adapter for gateways
 * kept each finished request reachable from old-space objects until a full collection, so every young-generation
 * collection copied and promoted a few past requests' rows and results (issue 9, per Q1 request: 0.5 MB promoted and
 * 1.1 ms of scavenging through the gateway, 16 KB and 0.1 ms here).
 */
const answer = (data: Record<string, unknown> | null) => ({
  http: { status: undefined, headers: new HeaderMap() },
  body: { kind: 'single' as const, singleResult: { data } },
});

export function jitQueriesPlugin(): ApolloServerPlugin {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | 'seen once' | 'not compilable'>>();
  const compiledFor = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
  ): CompiledQuery | null => {
    let operations = compiled.get(document);
    if (!operations) compiled.set(document, (operations = new Map()));
    const key = operationName ?? '';
    const known = operations.get(key);
    if (known === undefined) operations.set(key, 'seen once');
    if (known !== 'seen once') return typeof known === 'object' ? known : null;
    const result = compileQuery(schema, document, operationName ?? undefined);
    operations.set(key, isCompiledQuery(result) ? result : 'not compilable');
    return isCompiledQuery(result) ? result : null;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, operationName, request, contextValue }) {
          // No operation: operationName names none of the document's (Apollo still calls this hook); graphql-js reports it.
          if (!operation || operation.operation !== 'query') return null;
          const query = compiledFor(schema, document, operationName);
          if (!query) return null;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return null;
          const { budget } = (contextValue as Context).cost;
          const spentBefore = budget.spent;
          const result = await query.query(undefined, contextValue, variables.coerced);
          if (result.errors?.length) {
            // Out of time (deadline or statement_timeout): answered now, never run again by graphql-js past its deadline.
            const timedOut = timedOutResponse(result.errors);
            if (timedOut) return timedOut;
            // Past the object budget: the cost plugin answers it with one QUERY_TOO_COMPLEX; running it again is waste.
            if (budget.exhausted) return answer(null);
            // graphql-js answers it again (one path and format for errors) and counts its objects again.
            budget.spent = spentBefore;
            return null;
          }
          return answer(result.data ?? null);
        },
      };
    },
  };
}
