import type { Selectable } from 'kysely';
import type { Context } from '../context';
import type { DB } from '../db/types.generated';
import type { NodeTable } from '../ids';

/** After a write: the request's row loader answers the row just written, not the one it read before [DL]. */
export function primeRow<T extends NodeTable>(ctx: Context, table: T, row: Selectable<DB[T]>): void {
  const id = (row as { id: string }).id;
  ctx.loaders.rowById(table).clear(id).prime(id, row);
}
