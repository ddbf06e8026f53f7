import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here. Lists ordered by completed_at put nulls first ascending (last
// descending). SQLite's index order is already that; PostgreSQL's default puts nulls last, so its index is rebuilt
// with NULLS FIRST to serve `order by completed_at asc nulls first` forward and `desc nulls last` backward.
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.schema.dropIndex('task_status_completed_idx').execute();
  await sql`create index task_status_completed_idx on task (status, completed_at nulls first, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.schema.dropIndex('task_status_completed_idx').execute();
  await db.schema
    .createIndex('task_status_completed_idx')
    .on('task')
    .columns(['status', 'completed_at', 'id'])
    .execute();
}
