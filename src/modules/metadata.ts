import type { Selectable } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/types.generated';
import { deepMerge } from './deep-merge';
import { lockMetadataById, updateMetadataById, type MetadataTable } from './metadata.repository';

/**
 * Replaces or deep-merges (Scale's `merge: true`) a row's metadata in one transaction of its own. The row is
 * locked first (lockMetadataById), so two concurrent merges both land.
 */
export function writeMetadata<T extends MetadataTable>(
  db: Database,
  table: T,
  id: string,
  metadata: Record<string, unknown>,
  merge: boolean,
): Promise<Selectable<DB[T]>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockMetadataById(trx, table, id);
    const next = merge ? deepMerge(JSON.parse(locked.metadataJson), metadata) : metadata;
    return updateMetadataById(trx, table, id, JSON.stringify(next), new Date().toISOString());
  });
}
