import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose root type the schema lacks (today: any subscription) as a validation error. graphql-js
 * 16 only finds out at execution and throws a plain error there, which was answered INTERNAL_SERVER_ERROR.
 */
export const OperationTypeExistsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = {
      query: schema.getQueryType(),
      mutation: schema.getMutationType(),
      subscription: schema.getSubscriptionType(),
    }[node.operation];
    if (!root)
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} type: ${node.operation} operations are not supported`, {
          nodes: node,
        }),
      );
  },
});
