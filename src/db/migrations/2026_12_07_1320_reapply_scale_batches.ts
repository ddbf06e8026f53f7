import type { Kysely } from 'kysely';

// Frozen in time: never import app code here. Scale connectors kept the /v2/batches rows they fetched without
// applying them (local_id null); they now apply each batch's status and metadata, but an unchanged record (same hash)
// writes nothing. Forgetting those kept records makes the next sync apply them once.
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .deleteFrom('connector_record')
    .where('source', '=', 'SCALE')
    .where('type', '=', 'batch')
    .where('local_id', 'is', null)
    .execute();
}

export async function down(): Promise<void> {
  // Nothing to restore: the records are fetched again by the next sync.
}
