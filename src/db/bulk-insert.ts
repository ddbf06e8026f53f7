import { CamelCasePlugin, CompiledQuery, PostgresAdapter } from 'kysely';
import type { Database } from './database';

// Many rows of one table, inserted with SQL written once per table, column set and size instead of a query Kysely
// builds, parses and compiles per call: that was most of `annograph import scale`'s time (issue 20, section 3).
// SQLite: multi-row VALUES in a few fixed sizes (powers of two), so the statement cache (database.ts) holds each
// compiled once. PostgreSQL: one INSERT ... SELECT FROM unnest($1::text[], ...) per table and call, whatever its size.

/** Kysely's own snake_case conversion (the CamelCasePlugin the database runs with), for table and column names. */
class Names extends CamelCasePlugin {
  of(name: string): string {
    return this.snakeCase(name);
  }
}
const names = new Names();
const snakeNames = new Map<string, string>();
const snake = (name: string) => {
  let s = snakeNames.get(name);
  if (s === undefined) snakeNames.set(name, (s = `"${names.of(name)}"`));
  return s;
};

// SQLite: at most this many rows and bind parameters per statement (SQLite's limit is 32,766 since 3.32).
const MAX_ROWS = 256;
const MAX_PARAMETERS = 30_000;

type Row = Record<string, unknown>;

/**
 * Rows grouped by the columns they set (a column a row leaves undefined keeps its default: SQLite's multi-row
 * INSERT would set it NULL), in first-seen order; a group's columns in the order its first row names them.
 */
function byShape(rows: readonly Row[]): { columns: string[]; rows: Row[] }[] {
  const groups = new Map<string, { columns: string[]; rows: Row[] }>();
  for (const row of rows) {
    let shape = '';
    for (const key in row) if (row[key] !== undefined) shape += `${key},`;
    let group = groups.get(shape);
    if (!group) groups.set(shape, (group = { columns: shape.split(',').slice(0, -1), rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()];
}

const texts = new Map<string, string>();

function sqliteText(table: string, columns: string[], rows: number): string {
  const key = `${table}|${columns.join(',')}|${rows}`;
  let text = texts.get(key);
  if (text === undefined) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    text = `insert into ${snake(table)} (${columns.map(snake).join(', ')}) values ${Array(rows).fill(row).join(', ')}`;
    texts.set(key, text);
  }
  return text;
}

async function insertSqlite(db: Database, table: string, columns: string[], rows: Row[]): Promise<void> {
  const largest = Math.min(MAX_ROWS, 2 ** Math.floor(Math.log2(MAX_PARAMETERS / columns.length)));
  let at = 0;
  while (at < rows.length) {
    // The largest power of two that fits what is left: at most log2(MAX_ROWS) + 1 texts per table and shape.
    let size = largest;
    while (size > rows.length - at) size >>= 1;
    const parameters: unknown[] = new Array(size * columns.length);
    let p = 0;
    for (let r = at; r < at + size; r++) {
      const row = rows[r];
      for (const column of columns) parameters[p++] = row[column];
    }
    await db.executeQuery(CompiledQuery.raw(sqliteText(table, columns, size), parameters));
    at += size;
  }
}

// PostgreSQL: each column's type, from the catalog once per process (every schema is migrated alike).
const columnTypes = new Map<string, Promise<Map<string, string>>>();

function typesOf(db: Database, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    types = db
      .executeQuery<{ c: string; t: string }>(
        CompiledQuery.raw(
          // One-letter names: the CamelCasePlugin leaves them as they are in the result.
          'select column_name as c, udt_name as t from information_schema.columns where table_schema = current_schema() and table_name = $1',
          [names.of(table)],
        ),
      )
      .then(({ rows }) => new Map(rows.map((r) => [r.c, r.t])));
    types.catch(() => columnTypes.delete(table));
    columnTypes.set(table, types);
  }
  return types;
}

async function insertPostgres(db: Database, table: string, columns: string[], rows: Row[]): Promise<void> {
  const types = await typesOf(db, table);
  const key = `pg|${table}|${columns.join(',')}`;
  let text = texts.get(key);
  if (text === undefined) {
    const casts = columns.map((c, i) => {
      const type = types.get(names.of(c));
      if (!type) throw new Error(`${table} has no column ${names.of(c)}`);
      return `$${i + 1}::${type}[]`;
    });
    text = `insert into ${snake(table)} (${columns.map(snake).join(', ')}) select * from unnest(${casts.join(', ')})`;
    texts.set(key, text);
  }
  const parameters = columns.map((column) => {
    const values: unknown[] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) values[r] = rows[r][column];
    return values;
  });
  await db.executeQuery(CompiledQuery.raw(text, parameters));
}

/**
 * Inserts the rows into `table` (camelCase names, as Kysely's tables and rows), a few statements whatever their
 * number; call it in a transaction when they belong together. Values are bound as they are (0/1 for booleans, text).
 */
export async function bulkInsert(db: Database, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const group of byShape(rows as Row[])) {
    await (postgres ? insertPostgres : insertSqlite)(db, table, group.columns, group.rows);
  }
}
