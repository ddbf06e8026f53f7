import type { Kysely } from 'kysely';

// Frozen in time: never import app code here. A source system's delivery (Scale's, synced by a connector) becomes
// one delivery of a project, as batches are unique per (project, source, external id); deliveries made in Annograph
// have no external id (nulls are distinct on both stores).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('delivery_source_unique')
    .on('delivery')
    .columns(['project_id', 'source', 'external_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('delivery_source_unique').execute();
}
