import { loadConfig } from './config';
import { createDb } from './db/database';
import { migrateToLatest } from './db/migrate';
import { demoTokens, isDemoDatabase, seedDemoData } from './demo/seed-demo';
import { EXAMPLE_QUERY } from './graphql/plugins/graphiql';
import { createLogger } from './logger';
import { createMetrics } from './observability/metrics';
import { secretBoxFromConfig } from './secrets/secret-box';
import { startAnnograph } from './start';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Production without SECRETS_KEY stops before touching the database (startAnnograph checks again).
  secretBoxFromConfig(config, logger);
  const metrics = config.metrics ? createMetrics() : undefined;
  const db = createDb({ url: config.databaseUrl, onQuery: metrics && (() => metrics.sqlStatements.inc()) });
  await migrateToLatest(db);
  if (!config.production) {
    const seeded = await seedDemoData(db);
    if (seeded) logger.info({ seeded }, 'empty database: demo data written');
  }
  // Demo mode (D5): never in production; the tokens are derived, printed, and GraphiQL starts with the first.
  const demo = !config.production && (await isDemoDatabase(db)) ? demoTokens() : null;
  const graphiqlHeaders = demo ? { Authorization: `Token ${demo[0].secret}` } : undefined;
  const server = await startAnnograph(config, logger, db, { graphiqlHeaders, metrics });
  // One write: whoever reads the banner (a person, a test, a supervisor) gets it whole.
  const banner = [
    `\nAnnograph is up. Open ${server.url} in a browser for GraphiQL (works offline),\n` +
      `or POST GraphQL to it with a header "Authorization: Token <key>". Paste this to begin:\n\n${EXAMPLE_QUERY}\n`,
  ];
  if (demo) {
    banner.push('Demo tokens (GraphiQL starts with the first; put another in its Headers tab to be someone else):\n');
    for (const t of demo) banner.push(`  ${t.secret}  ${t.who}: ${t.summary}\n`);
    banner.push('\n');
  }
  process.stdout.write(banner.join(''));

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown grace period over: exiting with requests still open');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    server
      .stop()
      .then(() => db.destroy())
      .then(
        () => {
          logger.info('shutdown complete');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  // A stray rejection (e.g. a promise graphql-js abandoned) is a bug to log, not a reason to drop every request in flight.
  process.on('unhandledRejection', (reason: unknown) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `annograph failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
