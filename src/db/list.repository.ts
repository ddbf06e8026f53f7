import { sql, type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { badUserInput } from '../errors';
import type { PageWindow } from '../pagination/page-window';
import type { Database } from './database';
import type { DB } from './types.generated';
import { isRowId, type TableName } from '../ids';
import { idList, isOneOf } from './one-of';
import { runReusable, slot, type Slot } from './reusable-statement';

// Generic reads shared by every table. Kysely<any> inside: table and column names come from ListQuery
// values written in the modules, never from client input.
type AnySelect = SelectQueryBuilder<any, any, any>;

/** One list of rows under their parents: e.g. the tasks of projects, narrowed by a filter. */
export type ListQuery<T extends TableName = TableName> = {
  table: T;
  /** The column holding the parent's id; null for a list with no parent (a root list). */
  parentColumn: string | null;
  /** Extra conditions (status, kind, …) applied to page and count alike. */
  filter?: (qb: AnySelect) => AnySelect;
  /**
   * Identifies table + parent column + filter values + order: equal lists share a loader within a request and a
   * compiled statement across requests (reusable-statement.ts), so it must name every value the filter puts in SQL.
   */
  key: string;
  order?: ListOrder;
};

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

/**
 * One page per parent in a single statement (row_number() over a partition per parent), so that
 * `tasks(first: 50)` under 100 projects is one query, not 100. Rows come back in fetch order, limit + 1 per parent.
 */
export async function findPagesByParents(
  db: Database,
  list: ListQuery,
  parentIds: readonly string[],
  window: PageWindow,
  /** The columns to read (see list-columns.ts); null: every column. */
  columns: string[] | null = null,
): Promise<ListRow[]> {
  const anyDb = db as Kysely<any>;
  const table: string = list.table;
  const order = list.order;
  const ascendingList = !order?.descending;
  // Nulls sort first ascending and last descending (as SQLite does by itself), spelt out so that PostgreSQL agrees,
  // and on the plain column, so that an index on it serves the order (coalesce(column, '') could not).
  const orderBy = (qualifier: string) => {
    const ascending = ascendingList !== window.backward;
    const direction = sql.raw(ascending ? 'asc' : 'desc');
    const id = sql.ref(`${qualifier}id`);
    if (!order) return sql`${id} ${direction}`;
    const nulls = sql.raw(order.nullable ? (ascending ? ' nulls first' : ' nulls last') : '');
    return sql`${sql.ref(`${qualifier}${order.column}`)} ${direction}${nulls}, ${id} ${direction}`;
  };
  // Rows after (op '>') or before ('<') a cursor in ascending order; a nullable column's null is the cursor value ''.
  const boundary = (payload: string, op: '>' | '<') => {
    const id = sql.ref(`${table}.id`);
    const than = sql.raw(op);
    if (!order) {
      if (!isRowId(payload)) throw foreignCursor();
      return sql<SqlBool>`${id} ${than} ${payload}`;
    }
    const [value, lastId] = parseOrderedCursor(payload, order);
    const key = sql.ref(`${table}.${order.column}`);
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
  };

  const inner = (): AnySelect => {
    let query: AnySelect = columns
      ? anyDb.selectFrom(table).select(columns.map((c) => `${table}.${c}`))
      : anyDb.selectFrom(table).selectAll(table);
    if (list.filter) query = list.filter(query);
    if (window.after !== null) query = query.where(boundary(window.after, ascendingList ? '>' : '<'));
    if (window.before !== null) query = query.where(boundary(window.before, ascendingList ? '<' : '>'));
    return query;
  };
  if (list.parentColumn === null) {
    return (await inner()
      .orderBy(orderBy(`${table}.`))
      .limit(window.limit + 1)
      .execute()) as ListRow[];
  }
  const parentColumn = `${table}.${list.parentColumn}`;
  // One parent (a root field's list, e.g. project(id) { tasks }): a plain LIMIT walks the (parent, id) index and
  // stops after the page, where the window below would rank every child of the parent first.
  // Many parents: most have fewer children than a page (a task's threads, a message's annotations), so read them
  // all in parent order, capped at a full page for every parent. Below the cap nothing was cut, and each parent
  // keeps its first limit + 1 rows; at the cap, rank per parent with a window function (a second, bounded statement).
  const single = parentIds.length === 1;
  const cap = (window.limit + 1) * parentIds.length;
  const page = (parents: string | readonly string[] | Slot, limit: number | Slot) =>
    single
      ? inner()
          .where(parentColumn, '=', parents)
          .orderBy(orderBy(`${table}.`))
          .limit(limit as number)
      : inner()
          .where(isOneOf(anyDb, parentColumn, parents as readonly string[] | Slot))
          .orderBy(sql.ref(parentColumn))
          .orderBy(orderBy(`${table}.`))
          .limit(limit as number);
  const limit = single ? window.limit + 1 : cap + 1;
  // A first page with chosen columns (every nested list of a UI query) runs a statement compiled once for its shape.
  const firstPage = columns && window.after === null && window.before === null;
  let fetched: ListRow[];
  if (firstPage) {
    const shape = `${list.key}|${columns.join(',')}|${single ? 'one' : 'many'}|${window.backward ? 'last' : 'first'}`;
    const values = new Map<Slot, unknown>([
      [PARENTS, single ? parentIds[0] : idList(anyDb, parentIds)],
      [LIMIT, limit],
    ]);
    fetched = (await runReusable(anyDb, shape, columns, () => page(PARENTS, LIMIT), values)) as ListRow[];
  } else {
    fetched = (await page(single ? parentIds[0] : parentIds, limit).execute()) as ListRow[];
  }
  if (single) return fetched;
  if (fetched.length <= cap) return firstPerParent(fetched, list.parentColumn, window.limit + 1);
  const ranked = inner()
    .where(isOneOf(anyDb, parentColumn, parentIds))
    .select(
      sql<number>`row_number() over (partition by ${sql.ref(parentColumn)} order by ${orderBy(`${table}.`)})`.as(
        'pageRank',
      ),
    );
  const rows = await anyDb
    .selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('pageRank', '<=', window.limit + 1)
    .orderBy(orderBy(''))
    .execute();
  return rows.map(({ pageRank: _rank, ...row }) => row) as ListRow[];
}

const PARENTS = slot('parents');
const LIMIT = slot('limit');

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
  let query: AnySelect = (db as Kysely<any>).selectFrom(list.table);
  if (list.filter) query = list.filter(query);
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
