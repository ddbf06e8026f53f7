import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here. A correction session's `uuid` was unique across the whole table, so
// one upstream DeepOpinion session synced into a second project (another tenant configuring the same upstream)
// failed there as a record: one tenant's data blocked another's. The uuid is now unique per project, and an
// upstream session is unique per (project, source, external id) as DECISIONS.md D1 says (API sessions have no
// external id; NULLs do not collide). PostgreSQL drops the column's constraint; SQLite cannot drop a column's
// UNIQUE, so the table is rebuilt (foreign keys off while it is, so that dropping the old table does not cascade
// into its tags and segments; SQLite runs migrations outside a transaction, where the pragma takes effect).

const STATUSES = sql`status in ('CREATED','STARTED','ANNOTATING','FAILED','FINISHED','SAMPLING','PREDICTING','DELETING')`;
const SOURCES = sql`source in ('SCALE','IQB','EMBEDDING_STUDIO','DEEPOPINION','LABEL_STUDIO','ANNOGRAPH')`;
const COLUMNS = [
  'id',
  'project_id',
  'coder_id',
  'document_group_id',
  'user_id',
  'uuid',
  'source',
  'external_id',
  'name',
  'description',
  'status',
  'classification_type',
  'classes_json',
  'labels_json',
  'sample_size',
  'created_at',
  'updated_at',
  'finished_at',
].join(', ');

async function rebuildOnSqlite(db: Kysely<any>, uuidUnique: boolean): Promise<void> {
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'index' and tbl_name = 'correction_session' and sql is not null`.execute(db);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.schema
      .createTable('correction_session_rebuilt')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
      .addColumn('coder_id', 'text', (c) => c.notNull().references('coder.id').onDelete('cascade'))
      .addColumn('document_group_id', 'text', (c) => c.references('document_group.id').onDelete('set null'))
      .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
      .addColumn('uuid', 'text', (c) => (uuidUnique ? c.notNull().unique() : c.notNull()))
      .addColumn('source', 'text', (c) => c.notNull().check(SOURCES))
      .addColumn('external_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(STATUSES))
      .addColumn('classification_type', 'text', (c) =>
        c.notNull().check(sql`classification_type in ('ABSA','CLASS','LABEL','CLASSLABEL')`),
      )
      .addColumn('classes_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('labels_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('sample_size', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await sql
      .raw(`insert into correction_session_rebuilt (${COLUMNS}) select ${COLUMNS} from correction_session`)
      .execute(db);
    await db.schema.dropTable('correction_session').execute();
    await db.schema.alterTable('correction_session_rebuilt').renameTo('correction_session').execute();
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`alter table correction_session drop constraint correction_session_uuid_key`.execute(db);
  else await rebuildOnSqlite(db, false);
  await db.schema
    .createIndex('correction_session_project_uuid')
    .on('correction_session')
    .columns(['project_id', 'uuid'])
    .unique()
    .execute();
  await db.schema
    .createIndex('correction_session_external_unique')
    .on('correction_session')
    .columns(['project_id', 'source', 'external_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('correction_session_external_unique').execute();
  await db.schema.dropIndex('correction_session_project_uuid').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`alter table correction_session add constraint correction_session_uuid_key unique (uuid)`.execute(db);
  else await rebuildOnSqlite(db, true);
}
