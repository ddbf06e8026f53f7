import { GraphQLError } from 'graphql';
import type {
  CompiledQuery,
  ConnectionProvider,
  DatabaseConnection,
  DialectAdapter,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryExecutor,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { AppError } from '../errors';

/**
 * A request's execution deadline (REQUEST_TIMEOUT_MS): a point in time, not a timer, so nothing has to be cleared when
 * the request ends, however it ends. The database layer checks it before each statement (DeadlineExecutor below): past
 * it, no statement of the request is sent any more and the request fails with QUERY_TIMEOUT. A statement already
 * running is not interrupted by the deadline: PostgreSQL's statement_timeout bounds it (STATEMENT_TIMEOUT_MS), while
 * SQLite runs each statement to its end (better-sqlite3 is synchronous and has no interrupt), so on SQLite the
 * deadline takes effect between statements.
 */
export class Deadline {
  readonly expiresAt: number;
  /** Statements refused because the deadline had passed (the request log and the tests read it). */
  refusedStatements = 0;

  constructor(
    readonly timeoutMs: number,
    startedAt: number = performance.now(),
  ) {
    this.expiresAt = startedAt + timeoutMs;
  }

  get expired(): boolean {
    return performance.now() >= this.expiresAt;
  }

  remainingMs(): number {
    return Math.max(0, this.expiresAt - performance.now());
  }

  /** Throws QueryTimeoutError once the deadline has passed. */
  check(): void {
    if (performance.now() < this.expiresAt) return;
    this.refusedStatements++;
    throw new QueryTimeoutError(this.timeoutMs);
  }
}

export class QueryTimeoutError extends AppError {
  constructor(readonly timeoutMs: number) {
    super(
      `The request ran past its deadline of ${timeoutMs} ms and was stopped: a transaction it had open was rolled back`,
      'QUERY_TIMEOUT',
      { timeoutMs },
    );
  }
}

/** PostgreSQL's query_canceled: statement_timeout (or pg_cancel_backend) stopped the statement. */
export const PG_QUERY_CANCELED = '57014';

export function isPgQueryCanceled(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === PG_QUERY_CANCELED;
}

/** Whether `error` (or what a GraphQLError wraps) is a deadline or a statement timeout. */
export function isQueryTimeout(error: unknown): boolean {
  let current = error;
  while (current instanceof GraphQLError) {
    if (current.extensions?.code === 'QUERY_TIMEOUT') return true;
    if (!current.originalError) return false;
    current = current.originalError;
  }
  return current instanceof QueryTimeoutError || isPgQueryCanceled(current);
}

/**
 * Binds a deadline to a database: `db.withPlugin(new DeadlinePlugin(deadline))`. On a database made by createDb the
 * executor takes the deadline itself (DeadlineExecutor.withPlugin) and checks it before every statement, whatever sends
 * it; on any other Kysely instance it is an ordinary plugin that checks before each statement built by a query builder.
 */
export class DeadlinePlugin implements KyselyPlugin {
  constructor(readonly deadline: Deadline) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    this.deadline.check();
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

/** Settings shared by every executor derived from one createDb database. */
export type DeadlineShared = { statementTimeoutMs: number };

/**
 * The executor of every database createDb makes. Without a deadline it passes everything through. With one, it checks
 * the deadline when it is asked for a statement and again once it holds the connection (after waiting for SQLite's
 * mutex or a free pool connection), so a late request sends nothing more. It wraps every executor derived from it
 * (plugins, withoutPlugins, a transaction's connection), so transactions, reusable statements and raw SQL of the
 * request are all checked. BEGIN, COMMIT and ROLLBACK are sent by the driver, not through here: a transaction whose
 * statement is refused still rolls back and releases its connection.
 */
export class DeadlineExecutor implements QueryExecutor {
  #checked: QueryExecutor | undefined;

  constructor(
    readonly inner: QueryExecutor,
    readonly deadline: Deadline | null,
    readonly shared: DeadlineShared,
  ) {}

  get adapter(): DialectAdapter {
    return this.inner.adapter;
  }

  get plugins(): readonly KyselyPlugin[] {
    return this.inner.plugins;
  }

  transformQuery<T extends RootOperationNode>(node: T, queryId: QueryId): T {
    return this.inner.transformQuery(node, queryId);
  }

  compileQuery<R = unknown>(node: RootOperationNode, queryId: QueryId): CompiledQuery<R> {
    return this.inner.compileQuery(node, queryId);
  }

  provideConnection<T>(consumer: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
    const deadline = this.deadline;
    if (!deadline) return this.inner.provideConnection(consumer);
    return this.inner.provideConnection((connection) => {
      deadline.check();
      return consumer(connection);
    });
  }

  executeQuery<R>(compiledQuery: CompiledQuery<R>): Promise<QueryResult<R>> {
    if (!this.deadline) return this.inner.executeQuery(compiledQuery);
    try {
      this.deadline.check();
    } catch (error) {
      return Promise.reject(error);
    }
    return this.checked().executeQuery(compiledQuery);
  }

  async *stream<R>(compiledQuery: CompiledQuery<R>, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    this.deadline?.check();
    yield* (this.deadline ? this.checked() : this.inner).stream(compiledQuery, chunkSize);
  }

  withConnectionProvider(connectionProvider: ConnectionProvider): QueryExecutor {
    return new DeadlineExecutor(this.inner.withConnectionProvider(connectionProvider), this.deadline, this.shared);
  }

  withPlugin(plugin: KyselyPlugin): QueryExecutor {
    if (plugin instanceof DeadlinePlugin) return new DeadlineExecutor(this.inner, plugin.deadline, this.shared);
    return new DeadlineExecutor(this.inner.withPlugin(plugin), this.deadline, this.shared);
  }

  withPlugins(plugins: readonly KyselyPlugin[]): QueryExecutor {
    let executor: QueryExecutor = this;
    for (const plugin of plugins) executor = executor.withPlugin(plugin);
    return executor;
  }

  withPluginAtFront(plugin: KyselyPlugin): QueryExecutor {
    if (plugin instanceof DeadlinePlugin) return new DeadlineExecutor(this.inner, plugin.deadline, this.shared);
    return new DeadlineExecutor(this.inner.withPluginAtFront(plugin), this.deadline, this.shared);
  }

  withoutPlugins(): QueryExecutor {
    return new DeadlineExecutor(this.inner.withoutPlugins(), this.deadline, this.shared);
  }

  /** The inner executor taking its connections through provideConnection above (deadline checked on acquisition). */
  private checked(): QueryExecutor {
    return (this.#checked ??= this.inner.withConnectionProvider(this));
  }
}
