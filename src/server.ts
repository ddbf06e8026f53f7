import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { anonymousGatePlugin } from './auth/anonymous-gate';
import type { Limits } from './config';
import type { Context } from './context';
import { createFormatError } from './errors';
import { costPlugin } from './graphql/cost/cost-plugin';
import { countObjectsAsResolved } from './graphql/cost/count-objects';
import { asTokenLimitError, limitRules } from './graphql/limits';
import { OperationTypeExistsRule } from './graphql/rules/operation-type-exists';
import { NoSubscriptionsOverHttpRule } from './graphql/rules/no-subscriptions-over-http';
import { graphiqlLandingPagePlugin } from './graphql/plugins/graphiql';
import { deadlinePlugin } from './graphql/plugins/deadline';
import { jitQueriesPlugin } from './graphql/plugins/jit-queries';
import { legacyJsonStatusPlugin } from './graphql/plugins/legacy-json-status';
import { trustedDocumentsPlugin } from './graphql/plugins/trusted-documents';
import { metricsPlugin } from './graphql/plugins/metrics';
import { requestLogPlugin } from './graphql/plugins/request-log';
import type { RateLimiter } from './modules/rate-limit/rate-limiter';
import type { Metrics } from './observability/metrics';
import { buildSchema } from './graphql/schema';

export type ServerOptions = {
  logger: Logger;
  limits: Limits;
  /** When given, stop() waits for its in-flight requests (graceful shutdown). */
  httpServer?: http.Server;
  /** Headers GraphiQL starts with (demo mode: a working Authorization header). */
  graphiqlHeaders?: Record<string, string>;
  /** Trusted documents (id -> body): when given, nothing else runs. */
  trustedDocuments?: Map<string, string>;
  /** Request counts and durations go here when given (GET /metrics). */
  metrics?: Metrics;
  /** Run queries compiled by graphql-jit from their second run (default), or everything interpreted by graphql-js. */
  jit?: boolean;
  /** Per-token rate limits (none: no bucket is charged; extensions.cost still reports the costs). */
  rateLimiter?: RateLimiter;
  /** The executable schema, when the caller shares it (the WebSocket server); built here otherwise. */
  schema?: GraphQLSchema;
};

/** The schema Apollo and the WebSocket server execute: the assembled SDL, counting objects as they resolve. */
export const executableSchema = (): GraphQLSchema => countObjectsAsResolved(buildSchema());

export function createApolloServer({
  logger,
  limits,
  httpServer,
  graphiqlHeaders,
  trustedDocuments,
  metrics,
  jit = true,
  rateLimiter,
  schema = executableSchema(),
}: ServerOptions): ApolloServer<Context> {
  const formatError = createFormatError(logger);
  const plugins: ApolloServerPlugin<Context>[] = [
    // First: its willSendResponse sets a timed-out request's final status before the request log and metrics read it.
    deadlinePlugin(),
    anonymousGatePlugin(),
    costPlugin({ maxCost: limits.maxCost, maxRequestedCost: limits.maxRequestedCost }, rateLimiter, logger),
    requestLogPlugin(logger),
    legacyJsonStatusPlugin(),
    graphiqlLandingPagePlugin({ defaultHeaders: graphiqlHeaders }),
    // Federation's inline tracing is for Apollo's hosted studio, which Annograph does not report to.
    ApolloServerPluginInlineTraceDisabled(),
    // No @cacheControl hints in the schema: the default plugin would still wrap every field resolver (issue 9 profile).
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer }));
  if (metrics) plugins.push(metricsPlugin(metrics));
  if (trustedDocuments) plugins.unshift(trustedDocumentsPlugin(trustedDocuments));
  if (jit) plugins.push(jitQueriesPlugin());
  return new ApolloServer<Context>({
    schema,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...limitRules(limits), OperationTypeExistsRule, NoSubscriptionsOverHttpRule],
    includeStacktraceInErrorResponses: false,
    // index.ts owns SIGTERM/SIGINT: Apollo's own handler would re-raise the signal before the pool is closed.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => asTokenLimitError(formatted) ?? formatError(formatted, error),
    plugins,
  });
}
