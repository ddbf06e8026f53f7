import type { Selectable } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/types.generated';

/** The tables whose rows carry Scale-style metadata (taskSetMetadata, batchSetMetadata). */
export type MetadataTable = 'task' | 'batch';

/**
 * Locks a row for the rest of the transaction and reads its metadata: a no-op write (the row lock on PostgreSQL,
 * the write lock on SQLite), so two concurrent merges both land.
 */
export function lockMetadataById(trx: Database, table: MetadataTable, id: string) {
  return trx
    .updateTable(table)
    .set((eb) => ({ metadataJson: eb.ref('metadataJson') }))
    .where('id', '=', id)
    .returning('metadataJson')
    .executeTakeFirstOrThrow();
}

/** Writes a row's metadata (JSON text) and answers the whole row. */
export async function updateMetadataById<T extends MetadataTable>(
  trx: Database,
  table: T,
  id: string,
  metadataJson: string,
  now: string,
): Promise<Selectable<DB[T]>> {
  const name: MetadataTable = table; // the union, not the type parameter: Kysely resolves its update types then
  const row = await trx
    .updateTable(name)
    .set({ metadataJson, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as Selectable<DB[T]>;
}
