import { PostgresAdapter, type Kysely } from 'kysely';

/** Whether `db` (or a transaction of it) talks to PostgreSQL rather than SQLite. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
