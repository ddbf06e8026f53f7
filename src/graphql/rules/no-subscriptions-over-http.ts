import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses a subscription sent over HTTP as a validation error (HTTP 400): subscriptions are served over WebSocket
 * at the same URL (src/http/subscriptions.ts). Apollo would execute it once as a query, reaching resolvers that
 * need a live connection.
 */
export const NoSubscriptionsOverHttpRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription')
      context.reportError(
        new GraphQLError(
          'Subscriptions are served over WebSocket (the graphql-transport-ws protocol, e.g. the graphql-ws client) at this URL, not over HTTP',
          { nodes: node },
        ),
      );
  },
});
