import { sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here. Connectors (issue 21): a project's link to one upstream API (its
// base URL, credentials sealed with SECRETS_KEY, options, schedule and sync state), its runs (a Job: a leased
// worker pages through the upstream and commits each page's counts and checkpoint, so a crash resumes after the last
// committed page), and what was fetched of each upstream record (source, external id, upstream status, raw record,
// hash), unique per (project, source, type, external id): an unchanged record is recognised and writes nothing.
const KINDS = `'SCALE','LABEL_STUDIO','EMBEDDING_STUDIO','DEEPOPINION','IQB'`;
const STATUSES = `'PENDING','IN_PROGRESS','COMPLETED','FAILED','CANCELED'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('connector')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in (${KINDS})`)))
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('credentials', 'text')
    .addColumn('options_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('state_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('interval_minutes', 'integer')
    .addColumn('next_run_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('connector_project').on('connector').columns(['project_id', 'id']).execute();
  await db.schema.createIndex('connector_due').on('connector').columns(['next_run_at']).execute();
  await db.schema
    .createTable('connector_run')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('connector_id', 'text', (c) => c.notNull().references('connector.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in (${STATUSES})`)))
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('records_created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('records_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('records_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('records_failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failures_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('checkpoint', 'text')
    .addColumn('error', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('connector_run_connector').on('connector_run').columns(['connector_id', 'id']).execute();
  await db.schema.createIndex('connector_run_status').on('connector_run').columns(['status', 'id']).execute();
  // One run per connector at a time, across instances: a second PENDING/IN_PROGRESS run cannot be inserted.
  await db.schema
    .createIndex('connector_run_one_active')
    .on('connector_run')
    .column('connector_id')
    .unique()
    .where(sql.ref('status'), 'in', sql`('PENDING', 'IN_PROGRESS')`)
    .execute();
  await db.schema
    .createTable('connector_record')
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('local_id', 'text')
    .addColumn('source_status', 'text')
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('raw_json', 'text', (c) => c.notNull())
    .addColumn('synced_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('connector_record_pk', ['project_id', 'source', 'type', 'external_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('connector_record').execute();
  await db.schema.dropTable('connector_run').execute();
  await db.schema.dropTable('connector').execute();
}
