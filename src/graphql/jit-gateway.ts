import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { printSubgraphSchema } from '@apollo/subgraph';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Serves the schema through Apollo's gateway interface with graphql-jit (DECISIONS.md D8): an operation is compiled
 * to JavaScript the first time its document is seen, then runs without graphql-js's per-field interpretation (Q1 of
 * the benchmark: 15.2 ms -> 9.4 ms of execution). Apollo still parses, validates, runs every plugin and formats
 * errors; an operation seen once, or one graphql-jit cannot compile, runs on graphql-js.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps one DocumentNode per distinct query text, so a document's compiled operations live as long as it.
  // An operation is compiled when it comes a second time: compiling costs far more than one interpreted run, and a
  // stream of one-off documents (a client's typo, or someone probing) must not turn into a stream of compilations.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | 'seen once' | 'not compilable'>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
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

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const query = compiledFor(document, operationName);
    if (!query) return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    // Variables are coerced by graphql-js: its errors are the ones Apollo answers as BAD_USER_INPUT (400), and it
    // fills default values of input fields nested in lists, which graphql-jit 0.8.9 leaves out. Our scalars'
    // parseValue is idempotent, so graphql-jit coercing the coerced values again changes nothing.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, context, coerced.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSubgraphSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports errors with a GraphQLError of its own that passes `instanceof` but leaves `extensions`
 * undefined, which makes Apollo's error formatting throw and answer without path or code. Each becomes a graphql-js
 * GraphQLError with message, path, locations and cause (whose extensions it takes over) kept.
 */
function asGraphQLJsError(error: unknown): GraphQLError {
  const { message, path, locations, extensions, originalError } = error as JitError;
  return Object.assign(new GraphQLError(message, { path, originalError, extensions }), { locations });
}

type JitError = { message: string; path?: readonly (string | number)[]; locations?: GraphQLError['locations']; extensions?: Record<string, unknown>; originalError?: Error };
