import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createAuthenticator } from './auth/authenticate';
import { startPollingWorker } from './jobs/worker-runner';
import { drainCodingTasks } from './modules/coding/coding-worker';
import { drainInferenceRuns } from './modules/inference-run/inference-worker';
import { onChangesCommitted } from './modules/change/change-signal';
import { drainWebhooks } from './modules/webhook/webhook-worker';
import { drainExports } from './modules/export/export-worker';
import { drainConnectors } from './modules/connector/connector-worker';
import os from 'node:os';
import type { Config } from './config';
import { dialectOf, setStatementTimeout, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createHttpApp } from './http/app';
import { loadTrustedDocuments } from './graphql/plugins/trusted-documents';
import type { Metrics } from './observability/metrics';
import { createRateLimiter } from './modules/rate-limit/rate-limiter';
import { createApolloServer, executableSchema } from './server';
import { startChangeFeed } from './modules/change/change-feed';
import { pruneChanges } from './modules/change/change-retention';
import { startSubscriptionServer } from './http/subscriptions';
import { secretBoxFromConfig } from './secrets/secret-box';

export type RunningServer = { url: string; stop: () => Promise<void> };

/** Migrates, starts Apollo and listens. stop() lets in-flight requests finish; the caller closes the db after. */
export type StartOptions = {
  graphiqlHeaders?: Record<string, string>;
  metrics?: Metrics;
  /**
   * The in-process workers' lease, step size (coding responses per step; inference tasks per batch) and poll interval
   * (defaults: the workers' own); tests shorten them.
   */
  worker?: { leaseMs?: number; stepSize?: number; intervalMs?: number };
  /** When the change log is first pruned after start, and how often after (defaults: 10 s, hourly); tests shorten them. */
  retention?: { firstRunMs?: number; intervalMs?: number };
  /** How often the change feed reads the log's counter for other processes' changes (its default: 200 ms / 1 s). */
  changeFeed?: { pollMs?: number };
};

const HOUR_MS = 60 * 60 * 1000;

export async function startAnnograph(
  config: Config,
  logger: Logger,
  db: Database,
  options: StartOptions = {},
): Promise<RunningServer> {
  // First: a production server without SECRETS_KEY stops here, before it migrates or listens.
  const secrets = secretBoxFromConfig(config, logger);
  const outbound = config.outbound;
  await migrateToLatest(db);
  // After migrating: a migration may take longer than a request's statement (PostgreSQL only; SQLite has none).
  setStatementTimeout(db, config.statementTimeoutMs);
  // GraphiQL sends queries by GET (a reload revalidates the schema by ETag): room for any document MAX_TOKENS admits
  // in the URL, where Node's default of 16 KiB of headers would answer a long query 431.
  const httpServer = http.createServer({ maxHeaderSize: 64 * 1024 });
  const trustedDocuments = config.trustedDocumentsPath ? loadTrustedDocuments(config.trustedDocumentsPath) : undefined;
  const schema = executableSchema();
  const apollo = createApolloServer({
    schema,
    logger,
    limits: config.limits,
    httpServer,
    graphiqlHeaders: options.graphiqlHeaders,
    trustedDocuments,
    metrics: options.metrics,
    jit: config.jit,
    rateLimiter: config.rateLimit ? createRateLimiter(db, config.rateLimit, { logger }) : undefined,
  });
  await apollo.start();
  const authenticator = createAuthenticator(db);
  const feed = await startChangeFeed(db, {
    logger,
    listenUrl: dialectOf(config.databaseUrl) === 'postgres' ? config.databaseUrl : undefined,
    pollMs: options.changeFeed?.pollMs,
  });
  // Trusted documents admit only their operations: subscriptions, which cannot be among them, stay off.
  const subscriptions = trustedDocuments
    ? null
    : startSubscriptionServer({ httpServer, schema, db, feed, authenticator, limits: config.limits, logger });
  httpServer.on(
    'request',
    createHttpApp({
      apollo,
      db,
      logger,
      maxBodyBytes: config.limits.maxBodyBytes,
      requestTimeoutMs: config.requestTimeoutMs,
      authenticator,
      cors: config.cors,
      metrics: options.metrics,
      outbound,
      secrets,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const workerId = `${os.hostname()}:${process.pid}`;
  const w = options.worker ?? {};
  const workers = config.codingWorker
    ? [
        startPollingWorker(
          'coding',
          () => drainCodingTasks(db, { workerId, logger, leaseMs: w.leaseMs, stepSize: w.stepSize }),
          { logger, intervalMs: w.intervalMs },
        ),
        startPollingWorker(
          'inference',
          () =>
            drainInferenceRuns(db, {
              workerId,
              logger,
              leaseMs: w.leaseMs,
              batchSize: w.stepSize,
              outbound,
              secrets,
            }),
          { logger, intervalMs: w.intervalMs },
        ),
      ]
    : [];
  if (config.webhooks.worker)
    workers.push(
      startPollingWorker(
        'webhook',
        () =>
          drainWebhooks(db, {
            workerId,
            logger,
            leaseMs: w.leaseMs,
            outbound,
            secrets,
            config: config.webhooks,
          }),
        // A commit in this process wakes it at once; other processes' changes are found by the poll.
        { logger, intervalMs: w.intervalMs, againWhenBusy: true, wakeOn: onChangesCommitted, wakeEveryMs: 100 },
      ),
    );
  if (config.exports.worker)
    workers.push(
      startPollingWorker(
        'export',
        () => drainExports(db, { workerId, logger, leaseMs: w.leaseMs, ...config.exports }),
        // Polled (an export may wait a second to start): no statements on every commit of the process.
        { logger, intervalMs: w.intervalMs },
      ),
    );
  if (config.connectorWorker)
    workers.push(
      startPollingWorker(
        'connector',
        () => drainConnectors(db, { workerId, logger, leaseMs: w.leaseMs, outbound, secrets }),
        // Polled: a queued run or a due schedule waits at most a second.
        { logger, intervalMs: w.intervalMs },
      ),
    );
  // Every instance prunes (CODING_WORKER or not): deleting what another instance deleted deletes nothing.
  const retentionDays = config.changeRetentionDays;
  const retention = startPollingWorker(
    'change retention',
    async () => {
      const deleted = await pruneChanges(db, { retentionDays });
      if (deleted) logger.info({ deleted, retentionDays }, 'change log pruned');
      return deleted;
    },
    {
      logger,
      firstRunMs: options.retention?.firstRunMs ?? 10_000,
      intervalMs: options.retention?.intervalMs ?? HOUR_MS,
    },
  );
  logger.info({ port, dialect: dialectOf(config.databaseUrl), workers: workers.length }, 'annograph listening');
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/graphql`,
    stop: () =>
      (stopping ??= (async () => {
        await Promise.all([...workers, retention].map((w) => w.stop()));
        await subscriptions?.stop();
        await feed.stop();
        await apollo.stop();
      })()),
  };
}
