import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, dialectOf, type Database, type Dialect } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';

/** The dialect this run tests: PostgreSQL when DATABASE_URL is a postgres URL, else SQLite in memory. */
export const DIALECT: Dialect = dialectOf(process.env.DATABASE_URL ?? '');

export type TestDb = {
  db: Database;
  /** SQL statements sent since the last reset (Kysely's log hook). */
  statements: string[];
  /** PostgreSQL: the schema this database lives in. */
  schema?: string;
  destroy: () => Promise<void>;
};

/** A migrated, empty database of its own: SQLite :memory:, or a fresh PostgreSQL schema dropped afterwards. */
export async function createTestDb({
  alsoOnQuery,
}: { alsoOnQuery?: (sql: string, parameters: readonly unknown[]) => void } = {}): Promise<TestDb> {
  const statements: string[] = [];
  const onQuery = (sql: string, parameters: readonly unknown[]) => {
    statements.push(sql);
    alsoOnQuery?.(sql, parameters);
  };
  if (DIALECT === 'sqlite') {
    const db = createDb({ url: 'sqlite::memory:', onQuery });
    await migrateToLatest(db);
    statements.length = 0;
    return { db, statements, destroy: () => db.destroy() };
  }
  const url = process.env.DATABASE_URL!;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = createDb({ url, onQuery, searchPath: schema, poolSize: 5 });
  try {
    await migrateToLatest(db, schema);
  } catch (error) {
    await db.destroy();
    await dropSchema(url, schema);
    throw error;
  }
  statements.length = 0;
  return {
    db,
    statements,
    schema,
    destroy: async () => {
      await db.destroy();
      await dropSchema(url, schema);
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const cleanup = new pg.Client({ connectionString: url });
  await cleanup.connect();
  await cleanup.query(`drop schema if exists ${schema} cascade`);
  await cleanup.end();
}
