import type { Selectable } from 'kysely';
import type { Context } from '../context';
import type { DB } from '../db/types.generated';
import type { NodeTable } from '../ids';

/** Puts a row a service just wrote (or found) into the request's row loader, replacing what it held. */
export function primeRow<T extends NodeTable>(ctx: Context, table: T, row: Selectable<DB[T]> & { id: string }): void {
  ctx.loaders.rowById(table).clear(row.id).prime(row.id, row);
}
