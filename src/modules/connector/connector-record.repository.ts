import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { ConnectorRecordRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';
import type { Source } from '../../graphql/types.generated';

// What a connector fetched of each upstream record: one row per (project, source, type, external id), with the
// upstream's status word, the raw record and its hash (an unchanged record is recognised by it and writes nothing),
// and the Annograph row it became.

export async function findConnectorRecords(
  db: Database,
  projectId: string,
  source: Source,
  type: string,
  externalIds: readonly string[],
): Promise<Map<string, ConnectorRecordRow>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('connectorRecord')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('source', '=', source)
    .where('type', '=', type)
    .where('externalId', 'in', [...new Set(externalIds)])
    .execute();
  return new Map(rows.map((r) => [r.externalId, r]));
}

/** Inserts or replaces the record of (project, source, type, external id). */
export function saveConnectorRecord(db: Database, row: Insertable<DB['connectorRecord']>) {
  return db
    .insertInto('connectorRecord')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['projectId', 'source', 'type', 'externalId']).doUpdateSet({
        localId: row.localId,
        sourceStatus: row.sourceStatus,
        hash: row.hash,
        rawJson: row.rawJson,
        syncedAt: row.syncedAt,
      }),
    )
    .execute();
}
