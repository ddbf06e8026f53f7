import type { Kysely } from 'kysely';

// Frozen in time: never import app code here. Indexes the benchmark (issue 9) found missing: a project's tasks in
// id order (`Project.tasks(first: 50)` walked every task of the project), and the completed-range task lists.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('task_project_idx').on('task').columns(['project_id', 'id']).execute();
  await db.schema
    .createIndex('task_status_completed_idx')
    .on('task')
    .columns(['status', 'completed_at', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('task_status_completed_idx').execute();
  await db.schema.dropIndex('task_project_idx').execute();
}
