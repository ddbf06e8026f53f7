import type { CompiledQuery, Compilable } from 'kysely';
import { rowsAsArrays, type Database } from './database';
import { isPostgres } from './dialect';

// Hot reads (the first pages of nested lists) built and compiled by Kysely once per shape, then run again with new
// values in their slots. Building, plugin-transforming and compiling a query, and renaming each row's keys, cost more
// than SQLite takes to run a small statement (issue 9's profile).

/** A value filled in at each run of a reusable statement (a parent id, a list of them, a limit). */
export type Slot = { readonly slot: string };
export const slot = (name: string): Slot => Object.freeze({ slot: name });
export const isSlot = (value: unknown): value is Slot => typeof value === 'object' && value !== null && 'slot' in value;

type Reusable = { compiled: CompiledQuery };

// Per dialect, not per Kysely instance: a transaction's instance reuses what the database's compiled.
const MAX_SHAPES = 500;
const byDialect = { sqlite: new Map<string, Reusable>(), postgres: new Map<string, Reusable>() };
const withoutPlugins = new WeakMap<Database, Database>();

/**
 * Runs the statement of shape `key` (built by `build` the first time) with `values` in its slots, and returns rows
 * with the camelCase keys `columns`: the columns `build` selects, in order. `key` must name everything that shapes
 * the SQL text and every value that is not a slot (the list's key does: see ListQuery.key).
 */
export async function runReusable(
  db: Database,
  key: string,
  columns: readonly string[],
  build: () => Compilable,
  values: ReadonlyMap<Slot, unknown>,
): Promise<Record<string, unknown>[]> {
  const postgres = isPostgres(db);
  const shapes = postgres ? byDialect.postgres : byDialect.sqlite;
  let reusable = shapes.get(key);
  if (!reusable) {
    // Rows as arrays of column values on both stores (database.ts), named here by `columns`.
    reusable = { compiled: rowsAsArrays(build().compile(), postgres) };
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
    shapes.set(key, reusable);
  }
  const { compiled } = reusable;
  const parameters = compiled.parameters.map((p) => (isSlot(p) ? values.get(p) : p));
  let plain = withoutPlugins.get(db);
  if (!plain) withoutPlugins.set(db, (plain = db.withoutPlugins()));
  const { rows } = await plain.executeQuery<unknown[]>({ ...compiled, parameters });
  return rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) object[columns[i]] = row[i];
    return object;
  });
}
