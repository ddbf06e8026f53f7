import pg from 'pg';
import type { Logger } from 'pino';
import { sql } from 'kysely';
import type { Database } from '../../db/database';
import type { ChangeRow } from '../../db/rows';
import { onChangesCommitted } from './change-signal';
import { lastSequence } from './change-writes.repository';
import { findChangesAfter } from './change.repository';

// One reader of the change log per process, fanning out to every subscription: a wake-up (a commit in this process,
// PostgreSQL's NOTIFY from another instance, or a poll of the counter for SQLite's other processes such as the CLI)
// reads what follows its cursor once, whatever the number of subscribers, and hands the rows on in sequence order.

export type ChangeListener = (changes: readonly ChangeRow[]) => void;

export type ChangeFeed = {
  /** Calls `listener` with every batch of changes read from now on; returns the unsubscribe. */
  listen(listener: ChangeListener): () => void;
  /** The sequence of the last change handed to listeners. */
  position(): number;
  /** Counts the batches handed to listeners: access checks made for one batch serve every subscription. */
  batch(): number;
  /** Reads now (tests; a wake-up from elsewhere). */
  wake(): void;
  /**
   * Brings `position()` up to the log's end when the feed sat idle (no listener: it reads nothing, so a server with
   * no subscriber pays no statement per mutation). Call it after `listen`, before taking `position()` as "now".
   */
  ready(): Promise<void>;
  stop(): Promise<void>;
};

export type ChangeFeedOptions = {
  logger?: Logger;
  /** PostgreSQL: the URL to LISTEN on (the notification names the schema the change was written in). */
  listenUrl?: string;
  /** How often the counter is read to notice other processes' changes: SQLite's only way, PostgreSQL's fallback. */
  pollMs?: number;
};

const READ_LIMIT = 500;

export async function startChangeFeed(db: Database, options: ChangeFeedOptions = {}): Promise<ChangeFeed> {
  const listeners = new Set<ChangeListener>();
  let position = await lastSequence(db);
  let batch = 0;
  let reading: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  // Idle (no listener): nothing is read, so the position may fall behind; it is brought up to the log's end before
  // the next reader uses it, once for all who wait.
  let stale = true;
  let catching: Promise<void> | null = null;
  const catchUp = (): Promise<void> => {
    if (!stale) return Promise.resolve();
    return (catching ??= (async () => {
      try {
        const last = await lastSequence(db);
        position = Math.max(position, last);
        stale = false;
      } finally {
        catching = null;
      }
    })());
  };

  const read = async () => {
    await catchUp();
    do {
      again = false;
      for (;;) {
        const rows = await findChangesAfter(db, position, READ_LIMIT);
        if (!rows.length) break;
        position = Math.max(position, rows[rows.length - 1].sequence);
        batch++;
        for (const listener of listeners) {
          try {
            listener(rows);
          } catch (error) {
            options.logger?.error({ err: error }, 'change listener failed');
          }
        }
        if (rows.length < READ_LIMIT) break;
      }
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (!listeners.size) {
      stale = true;
      return;
    }
    if (reading) {
      again = true;
      return;
    }
    reading = read()
      .catch((error: unknown) => options.logger?.error({ err: error }, 'change feed read failed'))
      .finally(() => (reading = null));
  };

  const offLocal = onChangesCommitted(wake);
  const poll = setInterval(
    () => {
      if (reading || stopped || !listeners.size) return;
      lastSequence(db).then(
        (last) => last > position && wake(),
        (error: unknown) => options.logger?.warn({ err: error }, 'change feed poll failed'),
      );
    },
    options.pollMs ?? (options.listenUrl ? 1000 : 200),
  );
  poll.unref();
  const listener = options.listenUrl ? await listenForNotifications(db, options.listenUrl, wake, options.logger) : null;

  return {
    listen(l) {
      listeners.add(l);
      return () => {
        listeners.delete(l);
        if (!listeners.size) stale = true;
      };
    },
    position: () => position,
    batch: () => batch,
    wake,
    ready: catchUp,
    async stop() {
      stopped = true;
      offLocal();
      clearInterval(poll);
      await listener?.end().catch(() => {});
      await reading;
      listeners.clear();
    },
  };
}

/** A connection of its own that LISTENs; a notification of this schema wakes the feed. */
async function listenForNotifications(db: Database, url: string, wake: () => void, logger?: Logger) {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0].schema;
  const client = new pg.Client({ connectionString: url });
  client.on('notification', (message) => {
    if (message.payload === schema) wake();
  });
  // A lost connection only slows delivery to the poll's pace; the log itself is read by cursor.
  client.on('error', (error) => logger?.warn({ err: error }, 'change feed LISTEN connection failed'));
  await client.connect();
  await client.query('listen annograph_changes');
  return client;
}
