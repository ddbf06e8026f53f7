// A list defined once (defineList): its table, parent column, filter over params and order; the key that names
// it in loaders and compiled statements is derived from those, never written by hand. The engine that reads lists
// is list.repository.ts.
import type { SelectQueryBuilder } from 'kysely';
import type { Database } from './database';
import type { DB } from './types.generated';
import type { TableName } from '../ids';

// The engine's view of a query (see list.repository.ts): table and column names come from definitions, not clients.
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

/** The order of a list: by id (creation order) unless a column is named; ties are broken by id. */
export type ListOrder = {
  column: string;
  descending: boolean;
  /** Columns that may be null: nulls sort first ascending, and a cursor carries them as ''. */ nullable?: boolean;
};
