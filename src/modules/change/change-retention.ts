import type { Database } from '../../db/database';
import { deleteChangesBefore } from './change.repository';

// Retention of the change log (CHANGE_RETENTION_DAYS): changes older than the horizon are deleted in chunks, one
// statement each, so that no transaction or lock is held long (SQLite has one writer). Several instances may prune
// at once: a delete of what another already deleted deletes nothing.

/** Changes deleted per statement. */
export const PRUNE_CHUNK = 5000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which changes are pruned: `retentionDays` before `now`. */
export const retentionHorizon = (retentionDays: number, now: Date = new Date()): string =>
  new Date(now.getTime() - retentionDays * DAY_MS).toISOString();

/** Deletes every change created before the retention horizon, `chunkSize` at a time; the number deleted. */
export async function pruneChanges(
  db: Database,
  opts: { retentionDays: number; now?: Date; chunkSize?: number },
): Promise<number> {
  const before = retentionHorizon(opts.retentionDays, opts.now);
  const chunk = opts.chunkSize ?? PRUNE_CHUNK;
  let deleted = 0;
  for (;;) {
    const n = await deleteChangesBefore(db, before, chunk);
    deleted += n;
    if (n < chunk) return deleted;
  }
}
