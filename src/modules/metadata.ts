import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { BatchRow, TaskRow } from '../db/rows';
import { deepMerge } from './deep-merge';

/**
 * Replaces or deep-merges (Scale's `merge: true`) a row's metadata in one transaction. The row is locked first
 * (a no-op write: the row lock on PostgreSQL, the write lock on SQLite), so two concurrent merges both land.
 */
export async function writeMetadata<T extends 'task' | 'batch'>(
  db: Database,
  table: T,
  id: string,
  metadata: Record<string, unknown>,
  merge: boolean,
) {
  const anyDb = db as unknown as Kysely<any>;
  const name: string = table;
  const row = await anyDb.transaction().execute(async (trx) => {
    const locked = await trx
      .updateTable(name)
      .set((eb) => ({ metadataJson: eb.ref('metadataJson') }))
      .where('id', '=', id)
      .returning('metadataJson')
      .executeTakeFirstOrThrow();
    const next = merge ? deepMerge(JSON.parse(locked.metadataJson), metadata) : metadata;
    return trx
      .updateTable(name)
      .set({ metadataJson: JSON.stringify(next), updatedAt: new Date().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  return row as T extends 'task' ? TaskRow : BatchRow;
}
