import type { Selectable } from 'kysely';
import type { Context } from '../context';
import type { DB } from '../db/types.generated';
import { tableOfId, type NodeTable } from '../ids';

/**
 * A row of `table` by id that the caller may see; null when the id is unknown, of another type, or of a
 * project or organization the caller may not see (D1: the same answer for all three).
 */
export async function loadTyped<T extends NodeTable>(
  ctx: Context,
  table: T,
  id: string,
): Promise<Selectable<DB[T]> | null> {
  if (tableOfId(id) !== table) return null;
  return (await ctx.access.visible(table).load(id)) as Selectable<DB[T]> | null;
}

/** Any row the caller may see, by global id. */
export function loadNode(ctx: Context, id: string) {
  const table = tableOfId(id);
  return table ? ctx.access.visible(table).load(id) : Promise.resolve(null);
}

// Relations stay inside one project (or organization): once a row is visible, its parents are too, so they
// load without a second access check.

/** The parent of a row through a foreign key that may be null. */
export function loadOptional<T extends NodeTable>(ctx: Context, table: T, id: string | null) {
  return id === null ? null : ctx.loaders.rowById(table).load(id);
}

/** The parent of a row through a non-null foreign key: a dangling key is a bug, not a client error. */
export async function loadRequired<T extends NodeTable>(ctx: Context, table: T, id: string) {
  const row = await ctx.loaders.rowById(table).load(id);
  if (!row) throw new Error(`Integrity: ${table} ${id} is referenced but missing`);
  return row;
}
