import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. Every row below a project carries project_id, so that an
// access check reads the project from the row itself (no join up the tree).
// Portable subset only (DESIGN.md B5):
// ids and timestamps are text, booleans integer 0/1, JSON text, no DB enums.

const SOURCES = `'SCALE','IQB','EMBEDDING_STUDIO','DEEPOPINION','LABEL_STUDIO','ANNOGRAPH'`;
const STATUSES = `'DRAFT','PENDING','IN_PROGRESS','COMPLETED','FAILED','CANCELED','DELETED'`;
const BATCH_STATUSES = `'STAGING','IN_PROGRESS','PAUSED','COMPLETED','CANCELED','COLLECTING','RELEASED'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organization')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('project')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql.raw(`source in (${SOURCES})`)))
    .addColumn('external_id', 'text')
    .addColumn('types_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('models_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('metadata_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_org_name_unique', ['organization_id', 'name'])
    .execute();

  await db.schema
    .createTable('batch')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('TASKS','SESSIONS')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in (${BATCH_STATUSES})`)))
    .addColumn('source_status', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql.raw(`source in (${SOURCES})`)))
    .addColumn('external_id', 'text')
    .addColumn('callback', 'text')
    .addColumn('metadata_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addUniqueConstraint('batch_project_name_unique', ['project_id', 'name'])
    .addUniqueConstraint('batch_external_unique', ['project_id', 'source', 'external_id'])
    .execute();

  await db.schema
    .createTable('task')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('batch_id', 'text', (c) => c.references('batch.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('GENAI','CODING','LABELING')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in (${STATUSES})`)))
    .addColumn('source_status', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql.raw(`source in (${SOURCES})`)))
    .addColumn('external_id', 'text')
    .addColumn('data_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('metadata_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('errors_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sensitive_content_reports_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addUniqueConstraint('task_external_unique', ['project_id', 'source', 'external_id'])
    .execute();
  await db.schema.createIndex('task_batch_idx').on('task').columns(['batch_id', 'id']).execute();
  await db.schema.createIndex('task_project_status_idx').on('task').columns(['project_id', 'status', 'id']).execute();

  await db.schema
    .createTable('thread')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('external_id', 'text')
    .addColumn('submissions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('thread_task_idx').on('thread').columns(['task_id', 'id']).execute();

  await db.schema
    .createTable('turn')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('thread.id').onDelete('cascade'))
    .addColumn('external_id', 'text')
    .addColumn('rubrics_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('turn_thread_idx').on('turn').columns(['thread_id', 'id']).execute();

  await db.schema
    .createTable('message')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('turn_id', 'text', (c) => c.notNull().references('turn.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('SYSTEM','USER','ASSISTANT','FUNCTION')`))
    .addColumn('text', 'text')
    .addColumn('reference_texts_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('attachments_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('reasoning_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source_id', 'text')
    .addColumn('model_parameters_json', 'text')
    .addColumn('rubric_evaluations_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_turn_idx').on('message').columns(['turn_id', 'id']).execute();

  await db.schema
    .createTable('message_chunk')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull().references('message.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_chunk_message_idx').on('message_chunk').columns(['message_id', 'id']).execute();

  // One table for every level; `level` names the parent column that is set (the others stay null).
  await db.schema
    .createTable('annotation')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('TASK','THREAD','TURN','MESSAGE','CHUNK')`))
    .addColumn('thread_id', 'text', (c) => c.references('thread.id').onDelete('cascade'))
    .addColumn('turn_id', 'text', (c) => c.references('turn.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.references('message.id').onDelete('cascade'))
    .addColumn('chunk_id', 'text', (c) => c.references('message_chunk.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql.raw(`source in (${SOURCES})`)))
    .addColumn('external_id', 'text')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('description', 'text')
    .addColumn('labels_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('not_applicable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cannot_assess', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ground_truth', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('metadata_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('justification', 'text')
    .addColumn('value_json', 'text')
    .addColumn('possible_values_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['task_id', 'thread_id', 'turn_id', 'message_id', 'chunk_id']) {
    await db.schema.createIndex(`annotation_${column}_idx`).on('annotation').columns([column, 'level', 'id']).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'annotation',
    'message_chunk',
    'message',
    'turn',
    'thread',
    'task',
    'batch',
    'project',
    'app_user',
    'organization',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
