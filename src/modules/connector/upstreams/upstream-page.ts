import type { Source } from '../../../graphql/types.generated';
import type { UpstreamClient } from './upstream-http';
import { UpstreamProtocolError } from './upstream-errors';

// What every pager yields: pages of upstream records, each with the checkpoint to resume after it. A record keeps
// the upstream's own object (`raw`) and id; one that does not validate carries its `problem` and is reported, the
// others go on.

export type ConnectorKind = Exclude<Source, 'ANNOGRAPH'>;

export type UpstreamRecord = {
  /** The upstream object's kind, e.g. `task`, `batch`, `prompt`, `version`, `run`, `session`, `coder`. */
  type: string;
  /** The upstream id (Scale task_id, Label Studio numeric id as text, IQB `task#…`, …); null when it has none. */
  externalId: string | null;
  raw: unknown;
  /** The ids of the records it was fetched under (a Label Studio run: its prompt and version in the path). */
  parents?: Record<string, string>;
  /** Why it does not validate; absent for a valid record. */
  problem?: string;
};

export type UpstreamPage = {
  records: UpstreamRecord[];
  /** Where the next page starts (opaque, stored as the run's checkpoint); null after the last page. */
  next: string | null;
};

/** Where to start and what the connector's options and sync state say. */
export type PagerInput = {
  client: UpstreamClient;
  options: Record<string, unknown>;
  /** The checkpoint of the page to start at; null: from the first. */
  from: string | null;
  /** The connector's state after its last successful run (e.g. Scale's completed_after). */
  state: Record<string, unknown>;
};

export type Pager = (input: PagerInput) => AsyncIterable<UpstreamPage>;

/** Fails on a cursor seen before in this run: an upstream that repeats a token would loop forever. */
export function cursorGuard(what: string, first?: string | null) {
  const seen = new Set<string>(first ? [first] : []);
  return (cursor: string) => {
    if (seen.has(cursor))
      throw new UpstreamProtocolError(`the upstream repeated the ${what} ${JSON.stringify(cursor)}: paging stopped`);
    seen.add(cursor);
  };
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record's id field as text, or null. */
export function idOf(raw: unknown, field: string): string | null {
  if (!isObject(raw)) return null;
  const v = raw[field];
  return typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null;
}

/** The array under `field` of an envelope (or the answer itself when `field` is null); throws when it has none. */
export function arrayOf(answer: unknown, field: string | null, url: string): unknown[] {
  const value = field === null ? answer : isObject(answer) ? answer[field] : undefined;
  if (!Array.isArray(value))
    throw new UpstreamProtocolError(
      `${url} answered ${field ? `no "${field}" array` : 'something other than an array'}`,
    );
  return value;
}
