import type { Database } from '../../db/database';
import type { ChangeRow } from '../../db/rows';
import type { ChangeType } from '../../graphql/types.generated';
import type { ChangeFeed } from './change-feed';
import { isVisibleChange } from './change-visibility';
import { findChanges, type ChangeVisibility } from './change.repository';

/** What a subscription's stream needs: the shared feed, and the caller's access on demand. */
export type StreamSource = {
  db: Database;
  feed: ChangeFeed;
  /**
   * What of the project the caller may see as of the feed's current batch (null: nothing, or its token is gone),
   * read afresh for each batch and shared by the caller's subscriptions (src/http/subscriptions.ts).
   */
  visibilityNow: (projectId: string, options?: { fresh?: boolean }) => Promise<ChangeVisibility | null>;
};
const REPLAY_PAGE = 100;
const MAX_QUEUE = 10_000;

export class StreamEnded extends Error {}

/**
 * The changes of one project from `after` (exclusive; none: from now), in sequence order, then live: the feed's
 * listener is registered before the replay reads, and the replay's last sequence is the seam, so no change is
 * missed or repeated between them. Each change is checked against the caller's access as of that change.
 */
export async function* projectChanges(
  source: StreamSource,
  projectId: string,
  after: number | null,
  types: readonly ChangeType[] | null | undefined,
  signal: AbortSignal,
): AsyncGenerator<ChangeRow> {
  const queue: ChangeRow[] = [];
  let wakeUp: (() => void) | null = null;
  // A consumer too slow for the feed stops queueing and catches up from the log instead (bounded memory).
  let behind = after !== null;
  const off = source.feed.listen((rows) => {
    for (const row of rows) if (row.projectId === projectId) queue.push(row);
    if (queue.length > MAX_QUEUE) {
      queue.length = 0;
      behind = true;
    }
    wakeUp?.();
  });
  const onAbort = () => wakeUp?.();
  signal.addEventListener('abort', onAbort);
  try {
    // The first check is the caller's own (not one shared with the feed's batch): nothing was replayed yet.
    let visibility = await visibilityNow(source, projectId, true);
    await source.feed.ready();
    let cursor = after ?? source.feed.position();
    const typeSet = types?.length ? new Set(types) : null;
    const wanted = (row: ChangeRow) => !typeSet || typeSet.has(row.type);

    while (!signal.aborted) {
      // Replay (from `after`, or after falling behind): pages of what the caller may see, by Query.changes' SQL.
      if (behind) {
        behind = false;
        for (;;) {
          const page = await findChanges(
            source.db,
            { projectId, visibility, types },
            { after: cursor, before: null, limit: REPLAY_PAGE, backward: false },
          );
          for (const row of page) {
            cursor = row.sequence;
            yield row;
          }
          if (page.length < REPLAY_PAGE || signal.aborted) break;
        }
        continue;
      }
      // Live, from the seam on.
      const row = queue.shift();
      if (!row) {
        await new Promise<void>((resolve) => (wakeUp = resolve));
        wakeUp = null;
        continue;
      }
      if (row.sequence <= cursor) continue;
      cursor = row.sequence;
      if (!wanted(row)) continue;
      // Every event is checked against the caller's access of now: a member removed gets nothing more.
      visibility = await visibilityNow(source, projectId);
      if (isVisibleChange(row, visibility)) yield row;
    }
  } finally {
    off();
    signal.removeEventListener('abort', onAbort);
  }
}

async function visibilityNow(source: StreamSource, projectId: string, fresh = false): Promise<ChangeVisibility> {
  const visibility = await source.visibilityNow(projectId, { fresh });
  if (!visibility) throw new StreamEnded('the project is not visible to you (or the token is no longer valid)');
  return visibility;
}
