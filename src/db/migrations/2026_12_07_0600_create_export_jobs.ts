import { sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here. Export jobs (issue 19, section 2): one file of a project's tasks in a
// training format, written by a leased worker in keyset pages by task id. `cursor` is the last task id written and
// `bytes_written` the file's size at that page's commit: after a crash the file is cut back to it and the export
// continues after the cursor (the running sha256 is re-hashed from the kept prefix), so no line is lost or doubled.
const STATUSES = `'PENDING','IN_PROGRESS','COMPLETED','FAILED','CANCELED'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('export_job')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('filter_json', 'text', (c) => c.notNull())
    .addColumn('options_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in (${STATUSES})`)))
    .addColumn('object_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('root_object_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_count', 'integer')
    .addColumn('bytes_written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cursor', 'text')
    .addColumn('file_path', 'text')
    .addColumn('file_size', 'integer')
    .addColumn('sha256', 'text')
    .addColumn('error', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('expired_at', 'text')
    .execute();
  await db.schema.createIndex('export_job_project').on('export_job').columns(['project_id', 'id']).execute();
  await db.schema.createIndex('export_job_status').on('export_job').columns(['status', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('export_job').execute();
}
