import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isQueryTimeout, QueryTimeoutError } from '../../db/deadline';
import { STATEMENT_TIMEOUT_MESSAGE } from '../../errors';

/**
 * HTTP status of a request stopped by its deadline (REQUEST_TIMEOUT_MS) or by PostgreSQL's statement_timeout: 504, as
 * Apollo Router answers its own timeouts. It is the server's time limit, not the client's mistake (not 4xx), the
 * request may succeed when retried on a less busy server, and it is not a bug (not 500). 503 is left to "not ready".
 */
export const QUERY_TIMEOUT_STATUS = 504;

/**
 * One answer for a request that ran out of time: a single top-level QUERY_TIMEOUT error and no `data`. Once the
 * deadline has passed every statement of the request fails, so execution would otherwise answer one error per field
 * that still needed the database next to a partial `data`; a 5xx must carry no `data` (GraphQL over HTTP).
 */
function timeoutBody(error: GraphQLFormattedError, extensions?: Record<string, unknown>): GraphQLResponse['body'] {
  const errors = [{ message: error.message, extensions: { ...error.extensions, code: 'QUERY_TIMEOUT' } }];
  return { kind: 'single', singleResult: extensions ? { errors, extensions } : { errors } };
}

/**
 * The jit plugin's answer when its compiled run timed out (null when none of `errors` is a timeout): given now, since
 * its fallback, graphql-js, would run the query a second time past its deadline.
 */
export function timedOutResponse(errors: readonly GraphQLError[]): GraphQLResponse | null {
  const timeout = errors.find(isQueryTimeout);
  if (!timeout) return null;
  let root: unknown = timeout;
  while (root instanceof GraphQLError && root.originalError) root = root.originalError;
  const error =
    root instanceof QueryTimeoutError
      ? { message: root.message, extensions: root.extensions }
      : { message: STATEMENT_TIMEOUT_MESSAGE };
  return { http: { status: QUERY_TIMEOUT_STATUS, headers: new HeaderMap() }, body: timeoutBody(error) };
}

/**
 * Turns a response with a QUERY_TIMEOUT error (the deadline's QueryTimeoutError, or PostgreSQL's 57014 mapped by
 * formatError) into the one timeout answer above, HTTP 504. It runs before the request log and the metrics (first in
 * server.ts's list) so that they see the final status. The deadline itself is a point in time in the context
 * (src/db/deadline.ts): no timer is started for a request, so none has to be cleared however the request ends.
 */
export function deadlinePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const timeout = response.body.singleResult.errors?.find((e) => e.extensions?.code === 'QUERY_TIMEOUT');
          if (!timeout) return;
          // The response's own extensions (extensions.cost) stay.
          response.body = timeoutBody(timeout, response.body.singleResult.extensions);
          response.http.status = QUERY_TIMEOUT_STATUS;
        },
      };
    },
  };
}
