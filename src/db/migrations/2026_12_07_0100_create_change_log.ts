import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here. The change log (issue 18, DECISIONS.md D9): one append-only table,
// written in the transaction of the change it records, as its last statements. `sequence` is the cursor, and must
// grow in commit order, so that a reader by cursor never sees n+1 before n:
// - PostgreSQL: taken from the one counter row (UPDATE … SET sequence = sequence + n RETURNING) just before COMMIT;
//   the row lock serializes the writers' last steps.
// - SQLite: its one writer at a time already orders commits; AUTOINCREMENT hands out rowids never reused (a table
//   pruned empty does not start over), with no statement of our own.
// No foreign keys: a change outlives what it names (a deleted project's PROJECT_DELETED stays readable).
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('change')
    // SQLite: INTEGER PRIMARY KEY is the rowid itself (64-bit), one b-tree less for every mutation to write than a
    // BIGINT key (a separate unique index).
    .addColumn('sequence', postgres ? 'bigint' : 'integer', (c) =>
      postgres ? c.primaryKey().notNull() : c.primaryKey().autoIncrement().notNull(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    // MEMBERS: whoever may read the project (or the organization, for organization-wide changes); ADMINS: its admins.
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('change_project_sequence').on('change').columns(['project_id', 'sequence']).execute();
  // An organization's log: indexed on PostgreSQL (many tenants, many instances). An embedded SQLite store reads it
  // along the primary key instead, sparing every mutation the write of one more index (M1 of the benchmark).
  if (postgres)
    await db.schema
      .createIndex('change_organization_sequence')
      .on('change')
      .columns(['organization_id', 'sequence'])
      .execute();
  // No more indexes: each one is written by every mutation. Retention prunes from the oldest sequence on (the
  // primary key), as created_at grows with it.
  if (postgres) {
    await db.schema
      .createTable('change_counter')
      .addColumn('id', 'integer', (c) => c.primaryKey().notNull())
      .addColumn('sequence', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('change_counter').values({ id: 1, sequence: 0 }).execute();
    // A wake-up for other instances, sent by PostgreSQL at COMMIT (once per transaction: equal payloads fold);
    // subscribers then read the log by cursor. The channel names the schema: instances of one schema only.
    await sql`
      create function change_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('annograph_changes', current_schema());
        return null;
      end $$`.execute(db);
    await sql`create trigger change_notify after insert on change for each statement execute function change_notify()`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('change').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema.dropTable('change_counter').execute();
    await sql`drop function if exists change_notify() cascade`.execute(db);
  }
}
