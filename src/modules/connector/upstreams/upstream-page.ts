import type { Source } from '../../../graphql/types.generated';
import { MAX_REQUEST_JSON_DEPTH } from '../../../json-depth';
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

/**
 * Most records one answer may hold. The paged contracts ask for at most 1,000 a page; the unpaged lists (IQB tasks,
 * DeepOpinion corrections of a status, Label Studio versions) are far shorter in practice. A page is written and
 * committed within one lease of the worker, which a page of 100,000 records would outlast.
 */
export const MAX_RECORDS_PER_ANSWER = 10_000;

/** The array under `field` of an envelope (or the answer itself when `field` is null); throws when it has none. */
export function arrayOf(answer: unknown, field: string | null, url: string): unknown[] {
  const value = field === null ? answer : isObject(answer) ? answer[field] : undefined;
  if (!Array.isArray(value))
    throw new UpstreamProtocolError(
      `${url} answered ${field ? `no "${field}" array` : 'something other than an array'}`,
    );
  if (value.length > MAX_RECORDS_PER_ANSWER)
    throw new UpstreamProtocolError(
      `${url} answered ${value.length} records in one answer, more than the ${MAX_RECORDS_PER_ANSWER} a connector reads at once`,
    );
  return value;
}

/** Deepest a record may nest (objects and arrays): what the store keeps of JSON values, as for the API's input. */
export const MAX_RECORD_DEPTH = MAX_REQUEST_JSON_DEPTH;

/**
 * Why a record cannot be kept as fetched, without recursion (a record nested 100,000 deep overflows every
 * recursive walk, JSON.stringify first): deeper than MAX_RECORD_DEPTH, or a NUL (U+0000) in a string or a key,
 * which PostgreSQL refuses in text and SQLite would keep: refused on both, so the stores agree.
 */
export function recordProblem(raw: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: raw, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return 'holds a NUL character (U+0000), which cannot be stored';
    } else if (value !== null && typeof value === 'object') {
      if (depth + 1 > MAX_RECORD_DEPTH) return `nests deeper than ${MAX_RECORD_DEPTH} levels`;
      if (!Array.isArray(value) && Object.keys(value).some((key) => key.includes('\u0000')))
        return 'holds a NUL character (U+0000) in a key, which cannot be stored';
      for (const child of Object.values(value))
        if (typeof child === 'string' || (child !== null && typeof child === 'object'))
          stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

/** Longest checkpoint (the upstream's next_token with where it belongs) a page may leave. */
export const MAX_CURSOR_CHARS = 8192;

/**
 * A pager whose records are checked before any writer sees them: a record that cannot be stored (recordProblem)
 * and a second record of the same type and id on one page (the upstream cannot mean both; writing both would make
 * every sync flip the row between them) are reported as failed with their ids; the rest of the page goes on. A
 * cursor past MAX_CURSOR_CHARS ends the run.
 */
export function checkedPager(pager: Pager): Pager {
  return async function* (input) {
    for await (const page of pager(input)) {
      // The cursor is stored with every page and sent back in a URL: an upstream's must stay of a sane size.
      if (page.next !== null && page.next.length > MAX_CURSOR_CHARS)
        throw new UpstreamProtocolError(
          `the upstream's cursor is ${page.next.length} characters long, more than the ${MAX_CURSOR_CHARS} a connector keeps: paging stopped`,
        );
      const seen = new Set<string>();
      const records = page.records.map((record): UpstreamRecord => {
        if (record.problem !== undefined) return record;
        const problem = recordProblem(record.raw);
        if (problem) return { ...record, problem: `a ${record.type} that ${problem}` };
        if (record.externalId === null) return record;
        const key = JSON.stringify([record.type, record.externalId]);
        if (seen.has(key)) return { ...record, problem: `a second ${record.type} with this id on the same page` };
        seen.add(key);
        return record;
      });
      yield { ...page, records };
    }
  };
}
