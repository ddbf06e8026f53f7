import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect as KyselyDialect,
  type Driver,
  type KyselyConfig,
  type LogEvent,
} from 'kysely';
import pg from 'pg';
import { Deadline, DeadlineExecutor, DeadlinePlugin, type DeadlineShared } from './deadline';
import type { DB } from './types.generated';

export type Dialect = 'sqlite' | 'postgres';
export type Database = Kysely<DB>;

export type DbOptions = {
  /** `postgres://…` for PostgreSQL; `sqlite:<file>` or `sqlite::memory:` for SQLite. */
  url: string;
  /** Called once per SQL statement sent, with its parameters (tests count statements and explain them). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
  /** PostgreSQL only: schema to work in (tests get a fresh one per file). */
  searchPath?: string;
  poolSize?: number;
  /** PostgreSQL only: statement_timeout of every pool connection in ms (0 or unset: none). See setStatementTimeout. */
  statementTimeoutMs?: number;
};

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

// bigint (int8) as a JavaScript number, as SQLite returns it: change sequences, counts and epoch milliseconds stay
// far below 2^53. pg's default is a string.
const INT8 = 20;
const typeParser = ((oid: number, format?: 'text' | 'binary') =>
  oid === INT8 && format !== 'binary'
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;

function sqliteFile(url: string): string {
  const file = url.replace(/^sqlite:/, '').replace(/^file:/, '');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return file;
}

export function createDb(options: DbOptions): Database {
  const log = options.onQuery
    ? (event: LogEvent) => {
        // The statement as written: without the mark of rowsAsArrays.
        if (event.level === 'query')
          options.onQuery!(event.query.sql.replace(ARRAY_ROWS_MARK, ''), event.query.parameters);
      }
    : undefined;
  const shared: DeadlineShared = { statementTimeoutMs: options.statementTimeoutMs ?? 0 };
  if (dialectOf(options.url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      options: options.searchPath ? `-c search_path=${options.searchPath}` : undefined,
      types: { getTypeParser: typeParser },
    });
    applyStatementTimeout(pool, shared);
    readsPostgresRowsAsArrays(pool);
    return withDeadlines({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()], log }, shared);
  }
  const sqlite = new SQLite(sqliteFile(options.url));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const statements = withStatementCache(sqlite);
  const dialect = new SqliteDialect({
    database: statements,
    onCreateConnection: async (connection) => readsRowsAsArrays(connection, statements),
  });
  return withDeadlines({ dialect, plugins: [new CamelCasePlugin()], log }, shared);
}

const ROWS_AS_ARRAYS = Symbol('rows as arrays');
// PostgreSQL's connection hands pg only the SQL text and the values: the option travels in the text, as a comment.
const ARRAY_ROWS_MARK = '/* rows as arrays */ ';

/**
 * The same query, with its rows as arrays of column values in the order of its select list (see runReusable): the
 * driver then makes no object per row with snake_case keys for the CamelCasePlugin to copy into another. On SQLite
 * an option of the query object, which Kysely hands to the driver's connection as it is; on PostgreSQL a mark at the
 * head of the SQL text, which the pool's clients run with pg's rowMode 'array' as a named prepared statement (parsed
 * and planned once per connection).
 */
export function rowsAsArrays<R>(compiled: CompiledQuery<R>, postgres: boolean): CompiledQuery<R> {
  return (
    postgres ? { ...compiled, sql: ARRAY_ROWS_MARK + compiled.sql } : { ...compiled, [ROWS_AS_ARRAYS]: true }
  ) as CompiledQuery<R>;
}

/** pg clients taught the ARRAY_ROWS_MARK: such a statement runs with rowMode 'array', prepared under a name. */
function readsPostgresRowsAsArrays(pool: pg.Pool): void {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `annograph_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      if (names.size >= 1000) names.delete(names.keys().next().value!);
      names.set(text, name);
    }
    return name;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (config: unknown, values?: unknown, callback?: unknown) =>
      typeof config === 'string' && config.startsWith(ARRAY_ROWS_MARK)
        ? query({ text: config, values, rowMode: 'array', name: nameOf(config) }, callback)
        : query(config, values, callback);
  });
}

/** Kysely's SQLite connection, taught the rowsAsArrays option: such a query runs on a statement in raw mode. */
function readsRowsAsArrays(connection: DatabaseConnection, statements: StatementCache): void {
  const executeQuery = connection.executeQuery.bind(connection);
  connection.executeQuery = (compiled) =>
    (compiled as { [ROWS_AS_ARRAYS]?: true })[ROWS_AS_ARRAYS]
      ? Promise.resolve({ rows: statements.prepareRaw(compiled.sql).all(compiled.parameters as unknown[]) as never })
      : executeQuery(compiled);
}

/**
 * The same database with `deadline` checked before each of its statements (src/db/deadline.ts): what createContext
 * hands a request. It shares the pool (or SQLite's one connection) and everything else with `db`.
 */
export function withDeadline(db: Database, deadline: Deadline): Database {
  return db.withPlugin(new DeadlinePlugin(deadline));
}

/** One `select 1` on `db`: resolves when the database answers, rejects when it cannot be reached (the readiness check). */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * Sets PostgreSQL's statement_timeout (ms; 0: the server's default, none unless configured) of every connection of `db`'s pool, those open already included:
 * a connection gets `SET statement_timeout` when it is next handed out with another value than the one it has (pg
 * queues that before the statement it is handed out for). startAnnograph sets STATEMENT_TIMEOUT_MS after migrating, so
 * migrations run without it. SQLite has no statement timeout: a no-op.
 */
export function setStatementTimeout(db: Database, ms: number): void {
  const executor = db.getExecutor();
  if (executor instanceof DeadlineExecutor) executor.shared.statementTimeoutMs = ms;
}

function applyStatementTimeout(pool: pg.Pool, shared: DeadlineShared): void {
  const applied = new WeakMap<pg.PoolClient, number>();
  pool.on('acquire', (client) => {
    const wanted = shared.statementTimeoutMs;
    if ((applied.get(client) ?? 0) === wanted) return;
    applied.set(client, wanted);
    // A failed SET (the connection broke) fails the next statement on that client too; nothing to do here.
    client.query(`set statement_timeout = ${Math.trunc(wanted)}`).catch(() => applied.delete(client));
  });
}

/**
 * A Kysely database whose executor is a DeadlineExecutor (no deadline), so that the databases derived from it with
 * withDeadline check one. Kysely builds its own executor from a config; this one is built from Kysely's public
 * KyselyProps instead: the executor of an ordinary instance, wrapped, with a driver that sends BEGIN, COMMIT, ROLLBACK
 * and savepoints as the dialect's driver does (statements on a connection the executor handed out; Kysely's runtime
 * driver, which the ordinary instance keeps for acquiring, logging and destroying, only passes these through).
 */
function withDeadlines(config: KyselyConfig, shared: DeadlineShared): Database {
  const dialect = config.dialect;
  let created: Driver | undefined;
  const capturing: KyselyDialect = {
    createDriver: () => (created = dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
  const ordinary = new Kysely<DB>({ ...config, dialect: capturing });
  const inner = created!;
  const notHere = () => Promise.reject(new Error('connections are acquired through the executor'));
  const driver: Driver = {
    init: async () => {},
    acquireConnection: notHere,
    releaseConnection: notHere,
    beginTransaction: (connection, settings) => inner.beginTransaction(connection, settings),
    commitTransaction: (connection) => inner.commitTransaction(connection),
    rollbackTransaction: (connection) => inner.rollbackTransaction(connection),
    savepoint: inner.savepoint && ((connection, name, compile) => inner.savepoint!(connection, name, compile)),
    rollbackToSavepoint:
      inner.rollbackToSavepoint &&
      ((connection, name, compile) => inner.rollbackToSavepoint!(connection, name, compile)),
    releaseSavepoint:
      inner.releaseSavepoint && ((connection, name, compile) => inner.releaseSavepoint!(connection, name, compile)),
    destroy: () => ordinary.destroy(),
  };
  return new Kysely<DB>({
    config: { ...config, dialect: capturing },
    dialect: capturing,
    driver,
    executor: new DeadlineExecutor(ordinary.getExecutor(), null, shared),
  });
}

const CACHED_STATEMENTS = 500;

/**
 * Kysely prepares every query it sends, and better-sqlite3 compiles SQL anew on each prepare() (a few percent of a
 * nested read, issue 9's profile). Compiled statements are kept by SQL text, least recently used out first. Sharing
 * one is safe because better-sqlite3 runs each to completion synchronously; only a statement being iterated
 * (Kysely's stream(), which Annograph does not use) could not be shared.
 */
type StatementCache = ReturnType<typeof withStatementCache>;

function withStatementCache(sqlite: SQLite.Database) {
  // Raw-mode statements (rowsAsArrays) apart from ordinary ones of the same text: raw is a mode of the statement.
  const statements = new Map<string, SQLite.Statement>();
  const rawStatements = new Map<string, SQLite.Statement>();
  const cached = (cache: Map<string, SQLite.Statement>, sql: string, raw: boolean): SQLite.Statement => {
    let statement = cache.get(sql);
    if (statement) cache.delete(sql);
    else statement = raw ? sqlite.prepare(sql).raw(true) : sqlite.prepare(sql);
    cache.set(sql, statement);
    if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
    return statement;
  };
  return {
    close: () => sqlite.close(),
    prepare: (sql: string): SQLite.Statement => cached(statements, sql, false),
    prepareRaw: (sql: string): SQLite.Statement => cached(rawStatements, sql, true),
  };
}
