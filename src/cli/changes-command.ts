import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import type { Database } from '../db/database';
import type { ChangeRow } from '../db/rows';
import { loadTypeDefs } from '../graphql/schema';
import type { ChangeType } from '../graphql/types.generated';
import { sequenceOfCursor } from '../modules/change/change-cursor';
import { startChangeFeed } from '../modules/change/change-feed';
import { changeAsJson } from '../modules/change/change-json';
import { pruneChanges, retentionHorizon } from '../modules/change/change-retention';
import { changeVisibility } from '../modules/change/change-visibility';
import { findChanges } from '../modules/change/change.repository';
import { CliError, type Print } from './commands';
import { resolveProject } from './resolve-project';
import { systemActor } from './system-actor';

// `annograph changes`: a project's change log as JSON lines (the fields of the GraphQL Change type), oldest first;
// with --follow, then live until the signal aborts. The CLI holds the database: as the system actor it sees every
// change of the project, membership and token changes included.

const PAGE = 500;

export type ChangesOptions = { project?: string; org?: string; after?: string; types?: string; follow?: boolean };

/** The values of the ChangeType enum, read from the SDL (schema/change.graphql). */
function changeTypeNames(): Set<string> {
  const definition = parse(loadTypeDefs()).definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ChangeType',
  );
  return new Set(definition?.values?.map((v) => v.name.value) ?? []);
}

function parseTypes(text: string | undefined): ChangeType[] | null {
  if (text === undefined) return null;
  const types = text
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
  if (!types.length) throw new CliError('--types: give one or more change types, comma-separated');
  const known = changeTypeNames();
  const unknown = types.filter((t) => !known.has(t));
  if (unknown.length)
    throw new CliError(`--types: unknown change type ${unknown.join(', ')} (one of ${[...known].sort().join(', ')})`);
  return types as ChangeType[];
}

function parseAfter(cursor: string | undefined): number | null {
  if (cursor === undefined) return null;
  try {
    return sequenceOfCursor(cursor, 'after');
  } catch {
    throw new CliError(`--after: "${cursor}" is not a change cursor (take the \`cursor\` of a printed change)`);
  }
}

/**
 * Prints the project's changes after `--after` (all when not given), then with `--follow` every change committed
 * from then on, by any process, until `stop` aborts. The feed's listener is registered before the backlog is read
 * and the backlog's last sequence is the seam: a change committed meanwhile is printed once, in order.
 */
export async function printChanges(
  db: Database,
  opts: ChangesOptions,
  print: Print,
  follow: { listenUrl?: string; pollMs?: number; stop?: AbortSignal } = {},
): Promise<void> {
  const project = await resolveProject(db, opts.project, { org: opts.org });
  const after = parseAfter(opts.after);
  const types = parseTypes(opts.types);
  const visibility = await changeVisibility(db, systemActor(db), { projectId: project.id });
  if (!visibility) throw new CliError(`no project ${project.id}`);

  let printed = after ?? 0;
  const emit = (row: ChangeRow) => {
    if (row.sequence <= printed) return;
    printed = row.sequence;
    print(JSON.stringify(changeAsJson(row)));
  };

  const feed = opts.follow ? await startChangeFeed(db, { listenUrl: follow.listenUrl, pollMs: follow.pollMs }) : null;
  try {
    let live = false;
    const waiting: ChangeRow[] = [];
    feed?.listen((rows) => {
      for (const row of rows) {
        if (row.projectId !== project.id || (types && !types.includes(row.type))) continue;
        if (live) emit(row);
        else waiting.push(row);
      }
    });
    // The feed starts stale and its first read would jump to the log's end, skipping what commits while the backlog
    // is read: bring it to "now" before the backlog, so the backlog and the feed overlap instead of leaving a gap.
    await feed?.ready();
    for (;;) {
      const page = await findChanges(
        db,
        { projectId: project.id, visibility, types },
        { after: printed, before: null, limit: PAGE, backward: false },
      );
      page.forEach(emit);
      if (page.length < PAGE) break;
    }
    if (!feed) return;
    // The seam: what the feed read while the backlog was printed, without what the backlog held.
    live = true;
    waiting.splice(0).forEach(emit);
    feed.wake();
    const stop = follow.stop;
    if (stop && !stop.aborted) {
      // The feed's poll does not hold the process open (on SQLite nothing else does): this does, until the signal.
      const keepAlive = setInterval(() => {}, 60_000);
      await new Promise<void>((resolve) => stop.addEventListener('abort', () => resolve()));
      clearInterval(keepAlive);
    }
  } finally {
    await feed?.stop();
  }
}

/** `annograph changes prune [--days N]`: deletes the changes older than the retention once; prints how many. */
export async function pruneChangesNow(
  db: Database,
  opts: { days?: string },
  defaultDays: number,
  print: Print,
): Promise<number> {
  const days = opts.days === undefined ? defaultDays : Number(opts.days);
  if (!Number.isInteger(days) || days < 1 || days > 36_500 || !/^\s*\d+\s*$/.test(opts.days ?? '1'))
    throw new CliError(`--days: "${opts.days}" is not a whole number of days from 1 to 36500`);
  const now = new Date();
  const before = retentionHorizon(days, now);
  const deleted = await pruneChanges(db, { retentionDays: days, now });
  print(`deleted ${deleted} changes created before ${before} (older than ${days} days)`);
  return deleted;
}
