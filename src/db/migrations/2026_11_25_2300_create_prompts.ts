import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. Label Studio's prompts, versions and inference runs (seed 004).
const PROVIDERS = sql`provider in ('OPENAI','AZURE_OPENAI','AZURE_AI_FOUNDRY','VERTEX_AI','GEMINI','ANTHROPIC','CUSTOM','OFFLINE')`;

export async function up(db: Kysely<any>): Promise<void> {
  // Where a provider is reached; the key is write-only through the API.
  await db.schema
    .createTable('provider_connection')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull().check(PROVIDERS))
    .addColumn('base_url', 'text')
    .addColumn('api_key', 'text')
    .addColumn('timeout_ms', 'integer', (c) => c.notNull().defaultTo(30_000))
    .addColumn('max_retries', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('prompt')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('skill_name', 'text', (c) =>
      c.notNull().check(sql`skill_name in ('TEXT_CLASSIFICATION','NAMED_ENTITY_RECOGNITION')`),
    )
    .addColumn('input_fields_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('output_classes_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('prompt_project')
    .addColumn('prompt_id', 'text', (c) => c.notNull().references('prompt.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('prompt_project_pk', ['prompt_id', 'id'])
    .execute();

  await db.schema
    .createTable('prompt_version')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('prompt_id', 'text', (c) => c.notNull().references('prompt.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('prompt_text', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull().check(PROVIDERS))
    .addColumn('provider_model_id', 'text', (c) => c.notNull())
    .addColumn('connection_id', 'text', (c) => c.references('provider_connection.id').onDelete('set null'))
    .addColumn('max_few_shot_examples', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('score', 'real')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inference_run')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text', (c) => c.notNull().references('prompt.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('prompt_version.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('PENDING','IN_PROGRESS','COMPLETED','FAILED','CANCELED')`),
    )
    .addColumn('source_status', 'text')
    .addColumn('project_subset', 'text', (c) =>
      c.notNull().check(sql`project_subset in ('ALL','HAS_GT','SAMPLE','CUSTOM')`),
    )
    .addColumn('sample_subset_size', 'integer')
    .addColumn('task_ids_json', 'text')
    .addColumn('filters_json', 'text')
    .addColumn('job_id', 'text')
    .addColumn('source_run_id', 'text', (c) => c.references('inference_run.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('triggered_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('predictions_updated_at', 'text')
    .addColumn('total_tasks', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_predictions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_correct_predictions', 'integer', (c) => c.notNull().defaultTo(0))
    // Predictions made on tasks with ground truth: the denominator of accuracy.
    .addColumn('total_scored_predictions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failure_reason', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .execute();
  await db.schema.createIndex('inference_run_version_idx').on('inference_run').columns(['version_id', 'id']).execute();
  // The tasks a run works on, fixed when it is created; `done` marks those predicted (or failed) already.
  await db.schema
    .createTable('inference_run_task')
    .addColumn('run_id', 'text', (c) => c.notNull().references('inference_run.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('inference_run_task_pk', ['run_id', 'task_id'])
    .execute();

  // A prediction is an annotation whose provenance names the run and the prompt version (DECISIONS.md D2).
  await db.schema
    .alterTable('annotation')
    .addColumn('inference_run_id', 'text', (c) => c.references('inference_run.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('annotation')
    .addColumn('prompt_version_id', 'text', (c) => c.references('prompt_version.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['prompt_version_id', 'inference_run_id'])
    await db.schema.alterTable('annotation').dropColumn(column).execute();
  for (const table of [
    'inference_run_task',
    'inference_run',
    'prompt_version',
    'prompt_project',
    'prompt',
    'provider_connection',
  ])
    await db.schema.dropTable(table).execute();
}
