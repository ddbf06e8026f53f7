// The server of the kill -9 test (test/db/kill-recovery.test.ts): the real startAnnograph (HTTP, Apollo, the
// in-process coding and inference workers) on the database the test names, listening on 127.0.0.1 port 0.
// Prints `LISTENING <url>` once it answers. Run: node --import tsx test/support/kill-server.ts with
// DATABASE_URL (sqlite:<file> or postgres://…), SEARCH_PATH (PostgreSQL schema, optional), WORKER_LEASE_MS,
// WORKER_STEP_SIZE, WORKER_INTERVAL_MS. It is meant to die by SIGKILL: it installs no signal handler.
import { loadConfig } from '../../src/config';
import { createDb } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { startAnnograph } from '../../src/start';

const numberFrom = (value: string | undefined) => (value ? Number(value) : undefined);

async function main() {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' });
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const db = createDb({ url: config.databaseUrl, searchPath: process.env.SEARCH_PATH || undefined, poolSize: 5 });
  const server = await startAnnograph(config, logger, db, {
    worker: {
      leaseMs: numberFrom(process.env.WORKER_LEASE_MS),
      stepSize: numberFrom(process.env.WORKER_STEP_SIZE),
      intervalMs: numberFrom(process.env.WORKER_INTERVAL_MS),
    },
  });
  process.stdout.write(`LISTENING ${server.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `kill-server failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
