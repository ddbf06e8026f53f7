import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here.
export async function up(db: Kysely<any>): Promise<void> {
  // A delivery groups completed tasks of a project at a point in time (Scale deliveries); a task is delivered once.
  await db.schema
    .createTable('delivery')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('SCALE','IQB','EMBEDDING_STUDIO','DEEPOPINION','LABEL_STUDIO','ANNOGRAPH')`),
    )
    .addColumn('external_id', 'text')
    .addColumn('delivered_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('delivery_project_name_unique', ['project_id', 'name'])
    .execute();
  await db.schema
    .createIndex('delivery_project_delivered_idx')
    .on('delivery')
    .columns(['project_id', 'delivered_at'])
    .execute();

  await db.schema
    .alterTable('task')
    .addColumn('delivery_id', 'text', (c) => c.references('delivery.id').onDelete('set null'))
    .execute();
  // Imports: the upstream's project reference (kept for exports) and a hash of the record (skip unchanged re-imports).
  await db.schema.alterTable('task').addColumn('source_project', 'text').execute();
  await db.schema.alterTable('task').addColumn('source_hash', 'text').execute();
  await db.schema.createIndex('task_delivery_idx').on('task').columns(['delivery_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('task_delivery_idx').execute();
  for (const column of ['source_hash', 'source_project', 'delivery_id'])
    await db.schema.alterTable('task').dropColumn(column).execute();
  await db.schema.dropTable('delivery').execute();
}
