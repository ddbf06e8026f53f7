import type { Selectable } from 'kysely';
import type { Context } from '../context';
import type { DB } from '../db/types.generated';
import type { NodeTable } from '../ids';

/** After a write: the request's row loader answers the written row from now on (DataLoader clear + prime). */
export function primeRow<T extends NodeTable>(ctx: Context, table: T, row: Selectable<DB[T]> & { id: string }): void {
  ctx.loaders.rowById(table).clear(row.id).prime(row.id, row);
}
