import type { Selectable } from 'kysely';
import type { Context } from '../context';
import type { DB } from '../db/types.generated';
import type { NodeTable } from '../ids';

/** After a write: the rest of the request reads the row as written, not as its loader may have cached it before. */
export function primeRow<T extends NodeTable>(ctx: Context, table: T, row: Selectable<DB[T]> & { id: string }): void {
  ctx.loaders.rowById(table).clear(row.id).prime(row.id, row);
}
