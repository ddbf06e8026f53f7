// Annograph for the hostile suite, in a process of its own: a request that blocks the server's event loop then
// shows as a request without an answer (the suite's timers still run) instead of stalling the test process.
// Env: HOSTILE_DB_URL, HOSTILE_SEARCH_PATH (PostgreSQL schema), HOSTILE_MAX_BODY_BYTES. Prints {"url":…} once
// listening; logs (error level, pino JSON lines) go to stderr.
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { createDb } from '../../../src/db/database';
import { startAnnograph } from '../../../src/start';

async function main(): Promise<void> {
  const db = createDb({
    url: process.env.HOSTILE_DB_URL!,
    searchPath: process.env.HOSTILE_SEARCH_PATH || undefined,
    poolSize: 5,
  });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    CODING_WORKER: 'off',
    MAX_BODY_BYTES: process.env.HOSTILE_MAX_BODY_BYTES ?? '4000000',
    // Generous: the suite must not be throttled (a 429 RATE_LIMITED would still be a valid answer).
    RATE_LIMIT_POINTS: '1000000000',
    RATE_LIMIT_RESTORE_RATE: '1000000000',
  });
  const server = await startAnnograph(config, pino({ level: 'error' }, pino.destination(2)), db);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  const stop = async () => {
    await server.stop();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
}

main().catch((error) => {
  process.stderr.write(`${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
