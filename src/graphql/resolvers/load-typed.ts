import type { Context } from '../../context';
import { tableOfId, type NodeTable } from '../../ids';

/** A row of `table` by id; null when the id is unknown or belongs to another type (D1: same answer). */
export function loadTyped<T extends NodeTable>(ctx: Context, table: T, id: string) {
  return tableOfId(id) === table ? ctx.loaders.rowById(table).load(id) : Promise.resolve(null);
}

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
