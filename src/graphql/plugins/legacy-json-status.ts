import type { ApolloServerPlugin } from '@apollo/server';

// The GraphQL-over-HTTP spec: a client that accepts only `application/json` (not the newer
// `application/graphql-response+json`) SHOULD get 200 for parse, validation and variable errors. Apollo answers 400.
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          const accept = request.http?.headers.get('accept') ?? '';
          if (response.http.status !== 400 || accept.includes('application/graphql-response+json')) return;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.length > 0 && errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code))))
            response.http.status = 200;
        },
      };
    },
  };
}
