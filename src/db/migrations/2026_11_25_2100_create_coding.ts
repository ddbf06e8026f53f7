import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. The coding service (seed 003): train and code tasks.
export async function up(db: Kysely<any>): Promise<void> {
  // Coding parts of a task (null for other kinds), and the lease of the worker running it.
  await db.schema
    .alterTable('task')
    .addColumn('coding_type', 'text', (c) => c.check(sql`coding_type in ('TRAIN','CODE','UNKNOWN')`))
    .execute();
  await db.schema.alterTable('task').addColumn('label', 'text').execute();
  await db.schema.alterTable('task').addColumn('instructions_json', 'text').execute();
  await db.schema
    .alterTable('task')
    .addColumn('coder_id', 'text', (c) => c.references('coder.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('task').addColumn('claimed_by', 'text').execute();
  await db.schema.alterTable('task').addColumn('lease_until', 'text').execute();
  // Coders learned by train tasks keep their code tables here.
  await db.schema.alterTable('coder').addColumn('model_json', 'text').execute();

  // One timeline for every kind of task (DECISIONS.md D2): each status change, progress and warning.
  await db.schema
    .createTable('task_event')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('CREATE','COMMIT','START','PROGRESS','WARNING','FAIL','FINISH','ABORT','DELETE')`),
    )
    .addColumn('message', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_event_task_idx').on('task_event').columns(['task_id', 'id']).execute();

  await db.schema
    .createTable('data_chunk')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('INPUT','OUTPUT')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('data_chunk_task_idx').on('data_chunk').columns(['task_id', 'id']).execute();

  await db.schema
    .createTable('coding_response')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('chunk_id', 'text', (c) => c.notNull().references('data_chunk.id').onDelete('cascade'))
    .addColumn('set_id', 'text', (c) => c.notNull())
    .addColumn('variable_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('subform', 'text')
    .addColumn('code', 'integer')
    .addColumn('score', 'integer')
    .addColumn('codes_json', 'text')
    .execute();
  await db.schema.createIndex('coding_response_chunk_idx').on('coding_response').columns(['chunk_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['coding_response', 'data_chunk', 'task_event']) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('coder').dropColumn('model_json').execute();
  for (const column of ['lease_until', 'claimed_by', 'coder_id', 'instructions_json', 'label', 'coding_type'])
    await db.schema.alterTable('task').dropColumn(column).execute();
}
