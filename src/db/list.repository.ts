import { sql, type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { badUserInput } from '../errors';
import type { PageWindow } from '../pagination/page-window';
import type { Database } from './database';
import type { DB } from './types.generated';
import { isRowId, type TableName } from '../ids';
import { idList, isOneOf } from './one-of';
import { runReusable, slot, type Slot } from './reusable-statement';
import type { ListOrder, ListQuery, ListRow } from './list-definition';
import { ROOT } from './list-definition';

export * from './list-definition';

// The generic list engine: reads shared by every table. Kysely<any> inside only: table and column names come from
// list definitions written in the modules, never from client input; the modules' filters are typed through DB.
type AnySelect = SelectQueryBuilder<any, any, any>;

export async function findRowsByIds<T extends TableName>(db: Database, table: T, ids: readonly string[]) {
  const rows = await (db as Kysely<any>)
    .selectFrom(table)
    .selectAll()
    .where(isOneOf(db, 'id', ids))
    .execute();
  return rows as Selectable<DB[T]>[];
}

/** What an ordered list's cursor carries: the order column (so a cursor of another order is refused), value, id. */
export function orderedCursorPayload(row: ListRow, order: ListOrder): string {
  return JSON.stringify([order.column, row[order.column] ?? '', row.id]);
}

const foreignCursor = () => badUserInput('The cursor does not belong to this list or its order');

function parseOrderedCursor(payload: string, order: ListOrder): [string | number, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw foreignCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== order.column || typeof parsed[2] !== 'string')
    throw foreignCursor();
  const value: unknown = parsed[1];
  if (typeof value !== (order.nullable ? 'string' : typeof value) || !['string', 'number'].includes(typeof value))
    throw foreignCursor();
  return [value as string | number, parsed[2]];
}

/** What every strategy reads: pages of `list` under `parentIds` for `window`, with `columns` (null: every one). */
export type PageRead = {
  db: Database;
  list: ListQuery;
  parentIds: readonly string[];
  window: PageWindow;
  /** The columns to read (see list-columns.ts); null: every column. */
  columns: string[] | null;
};

// Nulls sort first ascending and last descending (as SQLite does by itself), spelt out so that PostgreSQL agrees,
// and on the plain column, so that an index on it serves the order (coalesce(column, '') could not).
const ascendingRead = ({ list, window }: PageRead) => !list.order?.descending !== window.backward;

function orderBy(read: PageRead, qualifier: string) {
  const order = read.list.order;
  const ascending = ascendingRead(read);
  const direction = sql.raw(ascending ? 'asc' : 'desc');
  const id = sql.ref(`${qualifier}id`);
  if (!order) return sql`${id} ${direction}`;
  const nulls = sql.raw(order.nullable ? (ascending ? ' nulls first' : ' nulls last') : '');
  return sql`${sql.ref(`${qualifier}${order.column}`)} ${direction}${nulls}, ${id} ${direction}`;
}

// Rows after (op '>') or before ('<') a cursor in ascending order; a nullable column's null is the cursor value ''.
function boundary(list: ListQuery, payload: string, op: '>' | '<') {
  const order = list.order;
  const id = sql.ref(`${list.table}.id`);
  const than = sql.raw(op);
  if (!order) {
    if (!isRowId(payload)) throw foreignCursor();
    return sql<SqlBool>`${id} ${than} ${payload}`;
  }
  const [value, lastId] = parseOrderedCursor(payload, order);
  const key = sql.ref(`${list.table}.${order.column}`);
  if (!order.nullable)
    return sql<SqlBool>`(${key} ${than} ${value} or (${key} = ${value} and ${id} ${than} ${lastId}))`;
  if (value === '') {
    return op === '>'
      ? sql<SqlBool>`(${key} is not null or ${id} > ${lastId})`
      : sql<SqlBool>`(${key} is null and ${id} < ${lastId})`;
  }
  return op === '>'
    ? sql<SqlBool>`(${key} > ${value} or (${key} = ${value} and ${id} > ${lastId}))`
    : sql<SqlBool>`(${key} < ${value} or ${key} is null or (${key} = ${value} and ${id} < ${lastId}))`;
}

/** The list's rows inside the window's cursors, with the chosen columns, in no order yet. */
function windowRows(read: PageRead): AnySelect {
  const { db, list, window, columns } = read;
  const table: string = list.table;
  const ascendingList = !list.order?.descending;
  let query = list.filtered((db as Kysely<any>).selectFrom(table), db);
  query = columns ? query.select(columns.map((c) => `${table}.${c}`)) : query.selectAll(table);
  if (window.after !== null) query = query.where(boundary(list, window.after, ascendingList ? '>' : '<'));
  if (window.before !== null) query = query.where(boundary(list, window.before, ascendingList ? '<' : '>'));
  return query;
}

const PARENTS = slot('parents');
const LIMIT = slot('limit');

/**
 * Runs `build(parents, limit)`. A first page with chosen columns (every nested list of a UI query) runs a statement
 * compiled once for its shape, with the parents and the limit in slots: its key is the list's key (every value its
 * filter puts in SQL), the columns, the strategy and the direction.
 */
async function runPage(
  read: PageRead,
  strategy: string,
  parents: unknown,
  limit: number,
  build: (parents: unknown, limit: number | Slot) => AnySelect,
): Promise<ListRow[]> {
  const { db, list, window, columns } = read;
  if (!columns || window.after !== null || window.before !== null)
    return (await build(parents, limit).execute()) as ListRow[];
  const key = `${list.key}|${columns.join(',')}|${strategy}|${window.backward ? 'last' : 'first'}`;
  const values = new Map<Slot, unknown>([
    [PARENTS, parents],
    [LIMIT, limit],
  ]);
  return (await runReusable(db, key, columns, () => build(PARENTS, LIMIT), values)) as ListRow[];
}

/** A root list (no parent): one page of every row, limit + 1 of them. */
async function rootPage(read: PageRead): Promise<ListRow[]> {
  return (await windowRows(read)
    .orderBy(orderBy(read, `${read.list.table}.`))
    .limit(read.window.limit + 1)
    .execute()) as ListRow[];
}

/**
 * One parent (a root field's list, e.g. project(id) { tasks }): a plain LIMIT walks the (parent, order) index and
 * stops after the page, where a window function would rank every child of the parent first.
 */
function oneParentPage(read: PageRead): Promise<ListRow[]> {
  const table = read.list.table;
  const parentColumn = `${table}.${read.list.parentColumn!}`;
  return runPage(read, 'one', read.parentIds[0], read.window.limit + 1, (parent, limit) =>
    windowRows(read)
      .where(parentColumn, '=', parent)
      .orderBy(orderBy(read, `${table}.`))
      .limit(limit as number),
  );
}

/**
 * Many parents, most with fewer children than a page (a task's threads, a message's annotations): every row in
 * parent order, capped at a full page for every parent. Below the cap nothing was cut, and each parent keeps its
 * first limit + 1 rows; null when the cap is hit (then rankedPages reads them).
 */
async function cappedPages(read: PageRead): Promise<ListRow[] | null> {
  const { db, list, parentIds, window } = read;
  const parentColumn = list.parentColumn!;
  const qualified = `${list.table}.${parentColumn}`;
  const cap = (window.limit + 1) * parentIds.length;
  const rows = await runPage(read, 'many', idList(db, parentIds), cap + 1, (parents, limit) =>
    windowRows(read)
      .where(isOneOf(db, qualified, isSlotOrIds(parents, parentIds)))
      // Parents in the direction of the rows: one index on (parent, order, id) then serves the whole order, read
      // forward or backward (PostgreSQL sorts a mixed direction); firstPerParent only needs each parent's rows together.
      .orderBy(sql`${sql.ref(qualified)} ${sql.raw(ascendingRead(read) ? 'asc' : 'desc')}`)
      .orderBy(orderBy(read, `${list.table}.`))
      .limit(limit as number),
  );
  return rows.length <= cap ? firstPerParent(rows, parentColumn, window.limit + 1) : null;
}

// isOneOf takes the ids themselves or the slot they fill at each run (as idList(db, ids)).
const isSlotOrIds = (parents: unknown, parentIds: readonly string[]): readonly string[] | Slot =>
  parents === PARENTS ? PARENTS : parentIds;

/** Many parents with full pages: limit + 1 rows per parent ranked by row_number() over a partition per parent. */
async function rankedPages(read: PageRead): Promise<ListRow[]> {
  const { db, list, parentIds, window } = read;
  const qualified = `${list.table}.${list.parentColumn!}`;
  const ranked = windowRows(read)
    .where(isOneOf(db, qualified, parentIds))
    .select(
      sql<number>`row_number() over (partition by ${sql.ref(qualified)} order by ${orderBy(read, `${list.table}.`)})`.as(
        'pageRank',
      ),
    );
  const rows = await (db as Kysely<any>)
    .selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('pageRank', '<=', window.limit + 1)
    .orderBy(orderBy(read, ''))
    .execute();
  return rows.map(({ pageRank: _rank, ...row }) => row) as ListRow[];
}

/** The strategies findPagesByParents chooses from, by name (the tests run each against a naive read). */
export const pageStrategies = { rootPage, oneParentPage, cappedPages, rankedPages };

/**
 * One page per parent in as few statements as the parents allow (one, or two at the cap), so that `tasks(first: 50)`
 * under 100 projects is one query, not 100. Rows come back in fetch order, up to limit + 1 per parent, sorted by
 * parent when there are several.
 */
export async function findPagesByParents(
  db: Database,
  list: ListQuery,
  parentIds: readonly string[],
  window: PageWindow,
  columns: string[] | null = null,
): Promise<ListRow[]> {
  const read: PageRead = { db, list, parentIds, window, columns };
  if (list.parentColumn === null) return rootPage(read);
  if (parentIds.length === 1) return oneParentPage(read);
  return (await cappedPages(read)) ?? rankedPages(read);
}

/** The first `perParent` rows of each parent, from rows sorted by parent. */
function firstPerParent(rows: ListRow[], parentColumn: string, perParent: number): ListRow[] {
  const kept: ListRow[] = [];
  let current: unknown;
  let taken = 0;
  for (const row of rows) {
    if (row[parentColumn] !== current) [current, taken] = [row[parentColumn], 0];
    if (taken++ < perParent) kept.push(row);
  }
  return kept;
}

/** How many rows each parent has in the list (one grouped statement); absent parents count 0. */
export async function countByParents(
  db: Database,
  list: ListQuery,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const query = list.filtered((db as Kysely<any>).selectFrom(list.table), db);
  if (list.parentColumn === null) {
    const row = await query.select(sql<string | number>`count(*)`.as('total')).executeTakeFirstOrThrow();
    return new Map([[ROOT, Number(row.total)]]);
  }
  const column = `${list.table}.${list.parentColumn}`;
  const rows = await query
    .where(isOneOf(db, column, parentIds))
    .select([`${column} as parentId`, sql<string | number>`count(*)`.as('total')])
    .groupBy(column)
    .execute();
  return new Map(rows.map((r) => [r.parentId as string, Number(r.total)]));
}
