import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import compression from 'compression';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticate';
import { createContext, type Context } from '../context';
import { Deadline } from '../db/deadline';
import { pingDatabase, type Database } from '../db/database';
import type { Metrics } from '../observability/metrics';
import type { OutboundPolicy } from '../outbound/outbound-policy';
import type { SecretBox } from '../secrets/secret-box';
import { exportDownload } from './export-download';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssetsRouter } from './graphiql-assets';
import { requestNestingGuard } from './request-nesting';
import { responseEtag } from './response-etag';

type AppOptions = {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  maxBodyBytes: number;
  /** Execution deadline of each GraphQL request in ms from its start (0 or unset: none). */
  requestTimeoutMs?: number;
  authenticator: Authenticator;
  cors?: { origins: string[]; credentials: boolean };
  /** Served at GET /metrics in Prometheus' text format when given. */
  metrics?: Metrics;
  /** OUTBOUND_ALLOWED_HOSTS, for the requests' contexts. */
  outbound: OutboundPolicy;
  /** SECRETS_KEY's box, for the requests' contexts. */
  secrets: SecretBox;
};

// What is worth compressing: HTML, scripts, styles, GraphiQL's icon and JSON (GraphQL replies are application/json or
// application/graphql-response+json). Not /metrics' text, nor anything streamed (multipart/mixed, event streams).
const COMPRESSIBLE =
  /^(text\/html|text\/css|text\/javascript|application\/javascript|application\/(graphql-response\+)?json|image\/x-icon)\s*(;|$)/i;
const shouldCompress: compression.CompressionFilter = (_req, res) =>
  COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''));

/** What body-parser could not do with the body, in words (its error types are documented by body-parser). */
function bodyErrorMessage(error: { type?: string; charset?: string; encoding?: string }): string {
  if (error.type === 'encoding.unsupported')
    return `Request body encoding "${String(error.encoding).slice(0, 40)}" is not supported (send identity, gzip, deflate or br)`;
  if (error.type === 'charset.unsupported')
    return `Request body charset "${String(error.charset).slice(0, 40)}" is not supported (send utf-8)`;
  if (error.type === 'request.aborted' || error.type === 'request.size.invalid')
    return 'Request body ended before its announced length';
  return 'Request body is not valid JSON, or not a JSON object such as {"query": "{ __typename }"}';
}

function graphqlErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** HTTP around the GraphQL endpoint: health probes, body limit, JSON errors for bad HTTP requests. */
export function createHttpApp({
  apollo,
  db,
  logger,
  maxBodyBytes,
  requestTimeoutMs = 0,
  authenticator,
  cors: corsConfig,
  metrics,
  outbound,
  secrets,
}: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', responseEtag);
  // Only a GET or HEAD reply can be revalidated (If-None-Match); an ETag on a POST's reply would hash every reply for
  // nothing (4% of a nested query's CPU time). Express reads its settings from res.app: a POST sees the etag one off.
  const withoutEtag = Object.create(app, {
    get: { value: (setting: string) => (setting === 'etag fn' ? undefined : app.get(setting)) },
  }) as express.Express;
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') res.app = withoutEtag;
    next();
  });
  // br or gzip by Accept-Encoding, bodies of 1 KB and more; brotli at the library's quality 4 (fast enough per request).
  app.use(compression({ threshold: 1024, filter: shouldCompress }));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await pingDatabase(db);
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed: database unreachable');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  if (metrics) {
    app.get('/metrics', async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  app.get('/', (_req, res) => res.redirect('/graphql'));
  app.get('/exports/:id/file', exportDownload(db, authenticator, logger));
  app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssetsRouter());

  app.use(
    '/graphql',
    // A preflight from an origin CORS_ORIGINS does not list would get no CORS headers from cors() and, without any
    // configured, Apollo's CSRF message, which points at the wrong fix: say what to configure instead (issue 16).
    (req, res, next) => {
      if (req.method !== 'OPTIONS') return next();
      const origin = req.headers.origin;
      if (!origin || !req.headers['access-control-request-method'])
        return void res.status(204).setHeader('Allow', 'GET, POST, OPTIONS').end();
      if (corsConfig?.origins.includes(origin)) return next();
      const shown = origin.slice(0, 200);
      logger.warn({ origin: shown }, 'browser preflight refused: origin not in CORS_ORIGINS');
      res
        .status(403)
        .json(
          graphqlErrorBody(
            `Origin ${shown} may not call this API from a browser: add it to the server's CORS_ORIGINS (comma-separated origins)`,
            'FORBIDDEN',
          ),
        );
    },
    // CORS only for the configured origins (none by default); credentials off unless configured.
    cors({
      origin: corsConfig?.origins.length ? corsConfig.origins : false,
      credentials: corsConfig?.credentials ?? false,
    }),
    // GET /graphql is GraphiQL's page or a query result, by Accept: a cache keeps them apart and asks again each time
    // (the page carries the demo headers; express answers a repeat with 304 by ETag). Apollo may set its own.
    (req, res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD') res.vary('Accept').setHeader('Cache-Control', 'no-cache');
      next();
    },
    express.json({ limit: maxBodyBytes }),
    requestNestingGuard,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const deadline = requestTimeoutMs > 0 ? new Deadline(requestTimeoutMs) : null;
        return createContext({
          db,
          viewer: await authenticator.authenticate(req.headers.authorization),
          onTokenRevoked: authenticator.forget,
          deadline,
          outbound,
          secrets,
        });
      },
    }),
  );

  // body-parser failures (too large, malformed JSON) as GraphQL-shaped JSON, never an HTML page with a stack.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413) {
      res
        .status(413)
        .json(graphqlErrorBody(`Request body is larger than the limit of ${maxBodyBytes} bytes`, 'BAD_REQUEST'));
    } else if (status >= 400 && status < 500) {
      res.status(status).json(graphqlErrorBody(bodyErrorMessage(error), 'BAD_REQUEST'));
    } else {
      logger.error({ err: error }, 'unexpected HTTP error');
      res.status(500).json(graphqlErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  };
  // Any other path or method: JSON like every other answer, with where the API is (express would send an HTML page).
  app.use((req, res) => {
    res
      .status(404)
      .json(
        graphqlErrorBody(
          `There is nothing at ${req.method} ${req.path.slice(0, 200)}: the GraphQL API is POST or GET /graphql`,
          'BAD_REQUEST',
        ),
      );
  });
  app.use(onError);
  return app;
}
