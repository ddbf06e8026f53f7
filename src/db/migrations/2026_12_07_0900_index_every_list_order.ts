import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here. An index for every order a list offers (issue 20): a page of tasks
// under a project, batch or delivery (or of every task) ordered by created_at, updated_at or completed_at walks its
// index and stops after the page, instead of sorting every task of the parent. completed_at is nullable and lists put
// its nulls first ascending: SQLite's index order already is that, PostgreSQL's needs NULLS FIRST spelt out.
// Inference runs are ordered by created_at or completed_at under a version or a project.
const ORDERED: [table: string, parents: (string | null)[], columns: string[]][] = [
  ['task', ['project_id', 'batch_id', 'delivery_id', null], ['created_at', 'updated_at', 'completed_at']],
  ['inference_run', ['version_id', 'project_id'], ['created_at', 'completed_at']],
];
const NULLABLE = new Set(['completed_at']);

const indexes = () =>
  ORDERED.flatMap(([table, parents, columns]) =>
    parents.flatMap((parent) =>
      columns.map((column) => ({
        name: `${table}_${parent ? `${parent.replace(/_id$/, '')}_` : ''}${column.replace(/_at$/, '')}_order_idx`,
        table,
        parent,
        column,
      })),
    ),
  );

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const { name, table, parent, column } of indexes()) {
    const key = sql.raw(`${column}${postgres && NULLABLE.has(column) ? ' nulls first' : ''}`);
    const lead = parent ? sql.raw(`${parent}, `) : sql.raw('');
    await sql`create index ${sql.ref(name)} on ${sql.table(table)} (${lead}${key}, id)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const { name } of indexes()) await db.schema.dropIndex(name).execute();
}
