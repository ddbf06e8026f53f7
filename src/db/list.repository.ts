import { sql, type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { badUserInput } from '../errors';
import type { PageWindow } from '../pagination/page-window';
import type { Database } from './database';
import type { DB } from './types.generated';
import { isRowId, type TableName } from '../ids';
import { idList, isOneOf } from './one-of';
import { runReusable, slot, type Slot } from './reusable-statement';

// The generic list engine: reads shared by every table. Kysely<any> inside only: table and column names come from
// list definitions written in the modules, never from client input; the modules' filters are typed through DB.
type AnySelect = SelectQueryBuilder<any, any, any>;

/** A column of `T` that holds a parent's id (any column name of the table). */
type ColumnOf<T extends TableName> = keyof DB[T] & string;

// Kysely's type of a query that selects nothing yet.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type NoSelection = {};

/** A list's extra conditions (status, kind, …), applied to page and count alike, from its params only. */
export type ListFilter<T extends TableName, P> = (
  qb: SelectQueryBuilder<DB, T, NoSelection>,
  params: P,
  /** For dialect-dependent SQL (isOneOf); never a source of values. */
  db: Database,
) => SelectQueryBuilder<DB, T, NoSelection>;

/** What defineList takes: everything a list puts in SQL besides its params' values. */
export type ListSpec<T extends TableName, P> = {
  table: T;
  /** The column holding the parent's id; null for a list with no parent (a root list). */
  parentColumn: ColumnOf<T> | null;
  /** Tells apart two definitions of one table and parent column (e.g. a filter by level). */
  name?: string;
  filter?: ListFilter<T, P>;
  /** The list's order, from its params; undefined: by id. */
  order?: (params: P) => ListOrder | undefined;
};

/** A list defined once at module level: `definition(params)` is the list of those params. */
export type ListDefinition<T extends TableName, P> = ((...params: P extends undefined ? [] : [P]) => ListQuery<T>) & {
  readonly id: string;
  readonly table: T;
  readonly parentColumn: string | null;
};

const definitions = new Map<string, ListDefinition<TableName, never>>();

/** Every list defined so far (by the modules imported), by id: the tests go through each. */
export function listDefinitions(): ReadonlyMap<string, ListDefinition<TableName, never>> {
  return definitions;
}

/**
 * Defines a list. Its key (loader and compiled statement reuse, see ListQuery.key) is derived here from the
 * definition's id and a canonical JSON of the params, the only values its filter may put in SQL: the filter gets
 * them as its argument, and a definition made twice (e.g. per request, capturing request values) is refused.
 */
export function defineList<T extends TableName, P = undefined>(spec: ListSpec<T, P>): ListDefinition<T, P> {
  const id = `${spec.table}.${spec.parentColumn ?? '*'}${spec.name ? `#${spec.name}` : ''}`;
  if (definitions.has(id)) throw new Error(`List ${id} is defined twice: give one a name, and define lists once`);
  const filter = spec.filter as ((qb: AnySelect, params: unknown, db: Database) => AnySelect) | undefined;
  const order = spec.order as ((params: unknown) => ListOrder | undefined) | undefined;
  const shape: ListShape = { id, table: spec.table, parentColumn: spec.parentColumn, filter, order };
  const definition = Object.assign((...params: unknown[]) => new ListQuery<T>(shape, params[0]), {
    id,
    table: spec.table,
    parentColumn: spec.parentColumn,
  });
  definitions.set(id, definition);
  return definition;
}

type ListShape = {
  id: string;
  table: TableName;
  parentColumn: string | null;
  filter: ((qb: AnySelect, params: unknown, db: Database) => AnySelect) | undefined;
  order: ((params: unknown) => ListOrder | undefined) | undefined;
};

/** One list of rows under their parents: e.g. the tasks of projects, narrowed by a filter. Made by defineList. */
export class ListQuery<T extends TableName = TableName> {
  readonly table: T;
  readonly parentColumn: string | null;
  readonly order: ListOrder | undefined;
  /**
   * Derived from what the list puts in SQL: the definition (table, parent column, name), its params (the filter's
   * shape and values) and its order. Equal lists share a loader within a request and a compiled statement across
   * requests (reusable-statement.ts); lists that differ in any of these never do.
   */
  readonly key: string;
  readonly #shape: ListShape;
  readonly #params: unknown;

  constructor(shape: ListShape, params: unknown) {
    this.#shape = shape;
    this.#params = params;
    this.table = shape.table as T;
    this.parentColumn = shape.parentColumn;
    const order = shape.order?.(params);
    this.order = order;
    const values = params === undefined ? '' : `|${canonicalJson(params)}`;
    this.key = `${shape.id}${values}${order ? `|${order.column} ${order.descending ? 'desc' : 'asc'}${order.nullable ? ' nullable' : ''}` : ''}`;
  }

  /** `qb` (a select from the list's table) narrowed by the list's filter. */
  filtered(qb: AnySelect, db: Database): AnySelect {
    return this.#shape.filter ? this.#shape.filter(qb, this.#params, db) : qb;
  }
}

/**
 * JSON with object keys sorted and undefined properties left out, so that equal params make equal keys. Only plain
 * data: anything else (a Date, a function, NaN) could reach SQL as a value the key does not spell out.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (Number.isFinite(value)) return String(value);
      break;
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
        return out + ']';
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) break;
      const record = value as Record<string, unknown>;
      let out = '{';
      for (const key of Object.keys(record).sort()) {
        if (record[key] === undefined) continue;
        out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(record[key])}`;
      }
      return out + '}';
    }
  }
  throw new Error(`A list's params must be plain JSON data, got ${String(value)}`);
}

/** A row of any listed table. */
export type ListRow = { id: string } & Record<string, unknown>;

/** The key every root list's rows are grouped under. */
export const ROOT = '';

export async function findRowsByIds<T extends TableName>(db: Database, table: T, ids: readonly string[]) {
  const rows = await (db as Kysely<any>)
    .selectFrom(table)
    .selectAll()
    .where(isOneOf(db, 'id', ids))
    .execute();
  return rows as Selectable<DB[T]>[];
}

/** The order of a list: by id (creation order) unless a column is named; ties are broken by id. */
export type ListOrder = {
  column: string;
  descending: boolean;
  /** Columns that may be null: nulls sort first ascending, and a cursor carries them as ''. */ nullable?: boolean;
};

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
function orderBy({ list, window }: PageRead, qualifier: string) {
  const order = list.order;
  const ascending = !order?.descending !== window.backward;
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
      .orderBy(sql.ref(qualified))
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
