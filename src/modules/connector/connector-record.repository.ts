import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { ConnectorRecordRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';
import type { Source } from '../../graphql/types.generated';

// What a connector fetched of each upstream record: one row per (project, source, type, external id), with the
// upstream's status word, the raw record and its hash (an unchanged record is recognised by it and writes nothing),
// and the Annograph row it became.

/** Ids per lookup: SQLite binds at most 32,766 parameters, PostgreSQL 65,535; a page may hold more records. */
const IDS_PER_LOOKUP = 1000;

export async function findConnectorRecords(
  db: Database,
  projectId: string,
  source: Source,
  type: string,
  externalIds: readonly string[],
): Promise<Map<string, ConnectorRecordRow>> {
  const ids = [...new Set(externalIds)];
  const found = new Map<string, ConnectorRecordRow>();
  for (let i = 0; i < ids.length; i += IDS_PER_LOOKUP) {
    const rows = await db
      .selectFrom('connectorRecord')
      .selectAll()
      .where('projectId', '=', projectId)
      .where('source', '=', source)
      .where('type', '=', type)
      .where('externalId', 'in', ids.slice(i, i + IDS_PER_LOOKUP))
      .execute();
    for (const row of rows) found.set(row.externalId, row);
  }
  return found;
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
