import type { Selectable } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/types.generated';
import type { ChangeType } from '../graphql/types.generated';
import { recordChange, transactionWithChanges, type ChangeActor } from './change/change-log';
import { deepMerge } from './deep-merge';
import { lockMetadataById, updateMetadataById, type MetadataTable } from './metadata.repository';

// The change each table's metadata write records: the table says it, so no caller can record the wrong one.
const CHANGE_OF: Record<MetadataTable, ChangeType> = { task: 'TASK_UPDATED', batch: 'BATCH_UPDATED' };

/**
 * Replaces or deep-merges (Scale's `merge: true`) a row's metadata in one transaction of its own, which records
 * the change (`changed: ['metadata']`) by `by`. The row is locked first (lockMetadataById), so two concurrent merges
 * both land.
 */
export function writeMetadata<T extends MetadataTable>(
  db: Database,
  table: T,
  id: string,
  metadata: Record<string, unknown>,
  merge: boolean,
  by: ChangeActor,
): Promise<Selectable<DB[T]>> {
  return transactionWithChanges(db, async (trx) => {
    const locked = await lockMetadataById(trx, table, id);
    const next = merge ? deepMerge(JSON.parse(locked.metadataJson), metadata) : metadata;
    const row = await updateMetadataById(trx, table, id, JSON.stringify(next), new Date().toISOString());
    recordChange(trx, {
      type: CHANGE_OF[table],
      objectId: id,
      projectId: (row as { projectId: string }).projectId,
      by,
      payload: { changed: ['metadata'] },
    });
    return row;
  });
}
