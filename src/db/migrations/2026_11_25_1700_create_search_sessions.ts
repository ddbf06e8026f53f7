import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. EmbeddingStudio's clickstream sessions (seed 001).
export async function up(db: Kysely<any>): Promise<void> {
  // A batch of sessions counts its sessions (numbers are 1, 2, 3, … without gaps) and is released once.
  await db.schema
    .alterTable('batch')
    .addColumn('session_counter', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('batch').addColumn('release_id', 'text').execute();
  await db.schema.alterTable('batch').addColumn('released_at', 'text').execute();
  // At most one collecting batch per project, and a release id names one batch.
  await db.schema
    .createIndex('batch_one_collecting_idx')
    .on('batch')
    .column('project_id')
    .unique()
    .where(sql.ref('status'), '=', 'COLLECTING')
    .execute();
  await db.schema
    .createIndex('batch_release_id_idx')
    .on('batch')
    .columns(['project_id', 'release_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('search_session')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('batch_id', 'text', (c) => c.notNull().references('batch.id').onDelete('cascade'))
    .addColumn('session_number', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('SCALE','IQB','EMBEDDING_STUDIO','DEEPOPINION','LABEL_STUDIO','ANNOGRAPH')`),
    )
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('search_query_json', 'text', (c) => c.notNull())
    .addColumn('search_results_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_meta_json', 'text')
    .addColumn('payload_filter_json', 'text')
    .addColumn('sort_by_json', 'text')
    .addColumn('search_user_id', 'text')
    .addColumn('is_irrelevant', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_payload_search', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_session_external_unique', ['project_id', 'external_id'])
    .addUniqueConstraint('search_session_number_unique', ['batch_id', 'session_number'])
    .execute();

  await db.schema
    .createTable('session_event')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('search_session.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('meta_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('session_event_external_unique', ['session_id', 'external_id'])
    .execute();

  // Sessions queued for model improvement; workers claim them with a lease (DECISIONS.md D6).
  await db.schema
    .createTable('improvement_item')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('search_session.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('PENDING','PROCESSING','DONE','FAILED')`))
    .addColumn('detail', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('improvement_item_queue_idx')
    .on('improvement_item')
    .columns(['project_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('improvement_item_session_idx')
    .on('improvement_item')
    .columns(['session_id', 'id'])
    .execute();
  // At most one open (PENDING or PROCESSING) item per session.
  await db.schema
    .createIndex('improvement_item_open_idx')
    .on('improvement_item')
    .column('session_id')
    .unique()
    .where(sql.ref('status'), 'in', [sql.lit('PENDING'), sql.lit('PROCESSING')])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['improvement_item', 'session_event', 'search_session'])
    await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('batch_release_id_idx').execute();
  await db.schema.dropIndex('batch_one_collecting_idx').execute();
  for (const column of ['released_at', 'release_id', 'session_counter'])
    await db.schema.alterTable('batch').dropColumn(column).execute();
}
