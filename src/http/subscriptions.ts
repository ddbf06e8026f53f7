import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Authenticator } from '../auth/authenticate';
import type { AuthenticatedViewer } from '../auth/viewer';
import type { Limits } from '../config';
import { createContext, type Context } from '../context';
import { createFormatError } from '../errors';
import type { Database } from '../db/database';
import { estimateCost } from '../graphql/cost/estimate';
import { tooComplex } from '../graphql/cost/request-cost';
import { limitRules } from '../graphql/limits';
import { requestJsonProblem, textNestingDepth } from '../json-depth';
import { MAX_DOCUMENT_NESTING } from './request-nesting';
import { OperationTypeExistsRule } from '../graphql/rules/operation-type-exists';
import type { ChangeFeed } from '../modules/change/change-feed';
import { changeVisibility } from '../modules/change/change-visibility';
import type { ChangeVisibility } from '../modules/change/change.repository';

// GraphQL subscriptions over WebSocket (issue 18): graphql-ws's server (the graphql-transport-ws protocol) on the
// HTTP server's port and path. Authentication at connection_init; every subscription document passes the limits of
// HTTP requests (tokens, depth, aliases, cost); caps per connection and per token.

export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_TOO_MANY = 4429;

export type SubscriptionCaps = { perConnection: number; perToken: number };
export const DEFAULT_CAPS: SubscriptionCaps = { perConnection: 20, perToken: 200 };

type Connection = { viewer: AuthenticatedViewer; authorization: string; open: Set<string> };

export type SubscriptionServerOptions = {
  httpServer: http.Server;
  schema: GraphQLSchema;
  db: Database;
  feed: ChangeFeed;
  authenticator: Authenticator;
  limits: Limits;
  logger: Logger;
  caps?: SubscriptionCaps;
};

/** `{"authorization": "Bearer <token>"}` (or `Authorization`, or `Token <token>`) from connection_init's payload. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined, request: http.IncomingMessage) {
  const given = params?.authorization ?? params?.Authorization;
  if (typeof given === 'string' && given) return given;
  return request.headers.authorization;
}

export function startSubscriptionServer(options: SubscriptionServerOptions) {
  const { schema, db, feed, authenticator, limits, logger } = options;
  const caps = options.caps ?? DEFAULT_CAPS;
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: limits.maxBodyBytes });
  const openPerToken = new Map<string, number>();
  const rules = [...specifiedRules, ...limitRules(limits), OperationTypeExistsRule];
  const formatError = subscriptionErrorFormatter(logger);

  const release = (connection: Connection, id: string) => {
    if (!connection.open.delete(id)) return;
    const left = (openPerToken.get(connection.viewer.tokenId) ?? 1) - 1;
    if (left > 0) openPerToken.set(connection.viewer.tokenId, left);
    else openPerToken.delete(connection.viewer.tokenId);
  };

  // Access per (token, project) as of the feed's current batch: one check per batch serves every subscription.
  let memoBatch = -1;
  const memo = new Map<string, Promise<ChangeVisibility | null>>();
  const checkVisibility = async (connection: Connection, projectId: string) => {
    const viewer = await authenticator.authenticate(connection.authorization);
    if (viewer.kind === 'anonymous' || viewer.tokenId !== connection.viewer.tokenId) return null;
    return changeVisibility(db, createContext({ db, viewer }).access, { projectId });
  };
  const visibilityFor = (connection: Connection, projectId: string, fresh: boolean) => {
    if (fresh) return checkVisibility(connection, projectId);
    if (feed.batch() !== memoBatch) {
      memo.clear();
      memoBatch = feed.batch();
    }
    const key = `${connection.viewer.tokenId}\u0000${projectId}`;
    let visibility = memo.get(key);
    if (!visibility) {
      visibility = checkVisibility(connection, projectId);
      memo.set(key, visibility);
      visibility.catch(() => memo.delete(key));
    }
    return visibility;
  };

  const contextFor = (connection: Connection): Context => {
    const ctx = createContext({ db, viewer: connection.viewer, onTokenRevoked: authenticator.forget });
    ctx.live = {
      db,
      feed,
      visibilityNow: (projectId, options) => visibilityFor(connection, projectId, options?.fresh ?? false),
      refresh: () => {
        const fresh = createContext({ db, viewer: connection.viewer, onTokenRevoked: authenticator.forget });
        ctx.loaders = fresh.loaders;
        ctx.access = fresh.access;
        ctx.cost = fresh.cost;
      },
    };
    return ctx;
  };

  const server = useServer<Record<string, unknown> | undefined, { connection?: Connection }>(
    {
      schema,
      onConnect: async (ctx) => {
        const extra = ctx.extra;
        const authorization = authorizationOf(ctx.connectionParams, extra.request);
        const viewer = await authenticator.authenticate(authorization).catch(() => null);
        if (!viewer || viewer.kind === 'anonymous' || !authorization) {
          extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized: send a valid token in connection_init');
          return false;
        }
        extra.connection = { viewer, authorization, open: new Set() };
        return true;
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const extra = ctx.extra;
        const connection = extra.connection!;
        const perToken = openPerToken.get(connection.viewer.tokenId) ?? 0;
        if (connection.open.size >= caps.perConnection || perToken >= caps.perToken) {
          extra.socket.close(
            CLOSE_TOO_MANY,
            connection.open.size >= caps.perConnection
              ? `Too many subscriptions on this connection (at most ${caps.perConnection})`
              : `Too many subscriptions for this token (at most ${caps.perToken})`,
          );
          return [new GraphQLError('Too many subscriptions', { extensions: { code: 'RATE_LIMITED' } })];
        }
        // The shape guards of HTTP requests (http/request-nesting.ts), which a WebSocket message never passes.
        const jsonProblem = requestJsonProblem(payload.variables ?? {}) ?? requestJsonProblem(payload.extensions ?? {});
        if (jsonProblem)
          return [
            new GraphQLError(`The subscribe message's variables or extensions are malformed (${jsonProblem})`, {
              extensions: { code: 'BAD_REQUEST', problem: jsonProblem },
            }),
          ];
        if (textNestingDepth(payload.query, { graphql: true, stopAt: MAX_DOCUMENT_NESTING }) > MAX_DOCUMENT_NESTING)
          return [tooComplex('nesting', MAX_DOCUMENT_NESTING, null)];
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'Syntax error';
          const code = /token limit/i.test(message) ? 'QUERY_TOO_COMPLEX' : 'GRAPHQL_PARSE_FAILED';
          return [new GraphQLError(message, { extensions: { code } })];
        }
        const errors = validate(schema, document, rules);
        if (errors.length)
          return errors.map((e) =>
            e.extensions?.code ? e : new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
          );
        // Queries and mutations go over HTTP, where the rate limits, the request deadline and Apollo's plugins apply.
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (operation?.operation !== 'subscription')
          return [
            new GraphQLError('Only subscriptions are served over WebSocket: send queries and mutations over HTTP', {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          ];
        const variables = payload.variables ?? {};
        const requested = estimateCost(schema, document, payload.query, payload.operationName ?? undefined, variables);
        if (requested !== null && requested > limits.maxCost) return [tooComplex('cost', limits.maxCost, requested)];
        connection.open.add(id);
        openPerToken.set(connection.viewer.tokenId, perToken + 1);
        return {
          schema,
          document,
          variableValues: variables,
          operationName: payload.operationName ?? undefined,
          contextValue: contextFor(connection),
        };
      },
      onComplete: (ctx, id) => release(ctx.extra.connection!, id),
      // Errors inside an event (a field that failed) are coded and masked as HTTP's are, never sent raw.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: result.errors.map(formatError) } : undefined,
      onError: (ctx, id, _payload, errors) => {
        const connection = ctx.extra.connection;
        if (connection) release(connection, id);
        return errors.map(formatError);
      },
      onClose: (ctx) => {
        const connection = ctx.extra.connection;
        if (connection) for (const id of [...connection.open]) release(connection, id);
      },
    },
    wss,
  );

  return {
    /** Closes every socket (1001 going away) and the server. */
    stop: async () => {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * Errors as HTTP answers them (errors.ts createFormatError, Apollo's formatError there): coded GraphQL errors as they
 * are, a database's refusal of NUL or a statement timeout by its code, anything else masked and logged.
 */
function subscriptionErrorFormatter(logger: Logger) {
  const format = createFormatError(logger);
  return (error: GraphQLError) => {
    const formatted = format(error.toJSON(), error);
    // A GraphQL error raised without a code (graphql-ws's own, a subscription's argument checks) is the caller's.
    return formatted.extensions?.code
      ? formatted
      : { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  };
}
