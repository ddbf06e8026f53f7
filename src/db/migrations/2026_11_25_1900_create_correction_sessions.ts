import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. DeepOpinion Studio's correction sessions (seed 000).
const SOURCES = sql`source in ('SCALE','IQB','EMBEDDING_STUDIO','DEEPOPINION','LABEL_STUDIO','ANNOGRAPH')`;

export async function up(db: Kysely<any>): Promise<void> {
  // A model of a project: a classifier whose tags a correction session reviews (kind CODING comes with the coding service).
  await db.schema
    .createTable('coder')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('CODING','CLASSIFIER')`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(SOURCES))
    .addColumn('external_id', 'text')
    .addColumn('score', 'real')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('coder_external_unique', ['project_id', 'source', 'external_id'])
    .execute();

  await db.schema
    .createTable('document')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('external_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_project_idx').on('document').columns(['project_id', 'id']).execute();

  await db.schema
    .createTable('segment')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('segment_document_idx').on('segment').columns(['document_id', 'id']).execute();

  // What a model predicted for a segment: the starting tags of a correction session.
  await db.schema
    .createTable('coder_prediction')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('coder_id', 'text', (c) => c.notNull().references('coder.id').onDelete('cascade'))
    .addColumn('segment_id', 'text', (c) => c.notNull().references('segment.id').onDelete('cascade'))
    .addColumn('class', 'text')
    .addColumn('label', 'text')
    .execute();
  await db.schema
    .createIndex('coder_prediction_idx')
    .on('coder_prediction')
    .columns(['coder_id', 'segment_id'])
    .execute();

  await db.schema
    .createTable('document_group')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) =>
      c.notNull().check(sql`origin in ('ANALYSIS','UPLOAD','ANNOTATIONS','CORRECTION')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('document_group_member')
    .addColumn('group_id', 'text', (c) => c.notNull().references('document_group.id').onDelete('cascade'))
    // The member's document id, named `id` so that a group's documents page like any list (by id).
    .addColumn('id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('document_group_member_pk', ['group_id', 'id'])
    .execute();

  await db.schema
    .createTable('correction_session')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('coder_id', 'text', (c) => c.notNull().references('coder.id').onDelete('cascade'))
    .addColumn('document_group_id', 'text', (c) => c.references('document_group.id').onDelete('set null'))
    .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull().check(SOURCES))
    .addColumn('external_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('CREATED','STARTED','ANNOTATING','FAILED','FINISHED','SAMPLING','PREDICTING','DELETING')`,
        ),
    )
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
  await db.schema
    .createIndex('correction_session_project_idx')
    .on('correction_session')
    .columns(['project_id', 'status', 'id'])
    .execute();

  // Per session and segment: reviewed yet, and whether the reviewer changed what the model predicted.
  await db.schema
    .createTable('correction_segment')
    .addColumn('session_id', 'text', (c) => c.notNull().references('correction_session.id').onDelete('cascade'))
    .addColumn('segment_id', 'text', (c) => c.notNull().references('segment.id').onDelete('cascade'))
    .addColumn('annotated_at', 'text')
    .addColumn('prediction_changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('correction_segment_pk', ['session_id', 'segment_id'])
    .execute();

  await db.schema
    .createTable('correction_tag')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('correction_session.id').onDelete('cascade'))
    .addColumn('segment_id', 'text', (c) => c.notNull().references('segment.id').onDelete('cascade'))
    .addColumn('class', 'text')
    .addColumn('label', 'text')
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('text', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('READY','CORRECTING')`))
    .addColumn('predicted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('correction_tag_segment_idx')
    .on('correction_tag')
    .columns(['session_id', 'segment_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'correction_tag',
    'correction_segment',
    'correction_session',
    'document_group_member',
    'document_group',
    'coder_prediction',
    'segment',
    'document',
    'coder',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
