import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations';

/**
 * Brings the schema to the newest migration; throws (with the failing name) when one fails. On PostgreSQL, pass
 * the schema the connection works in when it is not `public`: Kysely otherwise finds its bookkeeping tables in
 * any schema of the database and skips creating them in this one.
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}
