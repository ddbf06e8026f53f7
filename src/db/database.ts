import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { ROWS_AS_ARRAYS } from './reusable-statement';
import type { DB } from './types.generated';

export type Dialect = 'sqlite' | 'postgres';
export type Database = Kysely<DB>;

export type DbOptions = {
  /** `postgres://…` for PostgreSQL; `sqlite:<file>` or `sqlite::memory:` for SQLite. */
  url: string;
  /** Called once per SQL statement sent (tests count them). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL only: schema to work in (tests get a fresh one per file). */
  searchPath?: string;
  poolSize?: number;
};

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

function sqliteFile(url: string): string {
  const file = url.replace(/^sqlite:/, '').replace(/^file:/, '');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return file;
}

export function createDb(options: DbOptions): Database {
  const log = options.onQuery
    ? (event: LogEvent) => {
        if (event.level === 'query') options.onQuery!(event.query.sql);
      }
    : undefined;
  if (dialectOf(options.url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      options: options.searchPath ? `-c search_path=${options.searchPath}` : undefined,
    });
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()], log });
  }
  const sqlite = new SQLite(sqliteFile(options.url));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins: [new CamelCasePlugin()], log });
}

const CACHED_STATEMENTS = 500;

/**
 * Kysely prepares every query it sends, and better-sqlite3 compiles SQL anew on each prepare() (a few percent of a
 * nested read, issue 9's profile). Compiled statements are kept by SQL text, least recently used out first. Sharing
 * one is safe because better-sqlite3 runs each to completion synchronously; only a statement being iterated
 * (Kysely's stream(), which Annograph does not use) could not be shared.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = sql.endsWith(ROWS_AS_ARRAYS) ? sqlite.prepare(sql).raw(true) : sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
