import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { loadConfig, DEFAULT_LIMITS } from '../../src/config';
import { createContext } from '../../src/context';
import { withDeadline } from '../../src/db/database';
import { Deadline, isQueryTimeout, QueryTimeoutError } from '../../src/db/deadline';
import { createApolloServer } from '../../src/server';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import type { Account } from '../support/accounts';

// Deadlines (issue 15): REQUEST_TIMEOUT_MS checked before every statement of a request, PostgreSQL's statement_timeout
// for a statement that runs too long; either answers HTTP 504 with one QUERY_TIMEOUT error and leaves nothing behind.
//
// Latency is injected in the test database's statement hook: after a statement matching `slow` returns, the process is
// held for SLOW_MS (synchronously, as a slow better-sqlite3 statement holds it), so the request's deadline passes
// between that statement and the next.
const REQUEST_TIMEOUT_MS = 600;
const STATEMENT_TIMEOUT_MS = 400;
const SLOW_MS = REQUEST_TIMEOUT_MS + 200;

const NESTED =
  '{ projects { nodes { name tasks(first: 3) { nodes { id threads { nodes { id turns { nodes { id } } } } } } } } }';
const CONTROL = '{ projects { totalCount nodes { name } } }';
const CREATE =
  'mutation($p: ID!, $e: String!) { taskCreate(input: { projectId: $p, externalId: $e }) { task { id externalId } userErrors { code message } } }';

function hold(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: the statement "takes" this long
  }
}

describe(`${DIALECT}: request deadlines and statement timeouts`, () => {
  let t: TestDb;
  let server: RunningServer;
  let projectId: string;
  let owner: Account;
  let slow: RegExp | null = null;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    t = await createTestDb({
      alsoOnQuery: () => {
        if (slow?.test(t.statements[t.statements.length - 1] ?? '')) hold(SLOW_MS);
      },
    });
    ({ projectId, owner } = await insertProject(t.db, 'Deadline project'));
    await insertGenAiTasks(t.db, projectId, 3, { threads: 2, turns: 2, annotationsPerLevel: 1, chunks: 1 });
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      // No worker polls the store: a poll would hold a pool connection at the moment expectNoLocksLeft reads them.
      CODING_WORKER: 'off',
      WEBHOOK_WORKER: 'off',
      EXPORT_WORKER: 'off',
      CONNECTOR_WORKER: 'off',
    });
    server = await startAnnograph(config, pino({ level: 'silent' }), t.db);
    // The first request of a process warms up fetch, Apollo and the statement caches: not what the deadline is about.
    expect((await post(NESTED)).status).toBe(200);
  });
  afterEach(() => {
    slow = null;
  });
  afterAll(async () => {
    await server?.stop();
    await t?.destroy();
    process.off('unhandledRejection', onUnhandled);
  });

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${owner.secret}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
  };

  /** The server still answers, at once and in full. */
  async function expectControlAnswers() {
    const started = performance.now();
    const control = await post(CONTROL);
    expect(control.status).toBe(200);
    expect(control.body).toMatchObject({
      data: { projects: { totalCount: 1, nodes: [{ name: 'Deadline project' }] } },
    });
    expect(control.body.errors).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS);
  }

  it('reads config: REQUEST_TIMEOUT_MS defaults to 10 s, STATEMENT_TIMEOUT_MS to the request timeout, 0 turns either off', () => {
    expect(loadConfig({})).toMatchObject({ requestTimeoutMs: 10_000, statementTimeoutMs: 10_000 });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '2500' })).toMatchObject({
      requestTimeoutMs: 2500,
      statementTimeoutMs: 2500,
    });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '0', STATEMENT_TIMEOUT_MS: '800' })).toMatchObject({
      requestTimeoutMs: 0,
      statementTimeoutMs: 800,
    });
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '-1' })).toThrow(/REQUEST_TIMEOUT_MS/);
  });

  it('answers a normal request in full within the deadline', async () => {
    const { status, body } = await post(NESTED);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.projects.nodes[0].tasks.nodes).toHaveLength(3);
    expect(body.data.projects.nodes[0].tasks.nodes[0].threads.nodes[0].turns.nodes).toHaveLength(2);
  });

  it('stops a query whose statement ran past the deadline: 504, one QUERY_TIMEOUT error, no further statement sent', async () => {
    for (const run of ['first run (graphql-js)', 'second run (graphql-jit)']) {
      slow = /from "thread"/;
      t.statements.length = 0;
      const started = performance.now();
      const { status, body } = await post(NESTED);
      slow = null;
      expect({ run, status, errors: body.errors, data: body.data }).toEqual({
        run,
        status: 504,
        errors: [
          {
            message: expect.stringContaining(`deadline of ${REQUEST_TIMEOUT_MS} ms`),
            extensions: { code: 'QUERY_TIMEOUT', timeoutMs: REQUEST_TIMEOUT_MS },
          },
        ],
        data: undefined,
      });
      // The threads of all tasks were read in one statement; the turns under them never went to the database.
      const sent = t.statements.filter((s) => !/api_token/.test(s));
      expect(sent.some((s) => /from "thread"/.test(s))).toBe(true);
      expect(sent.filter((s) => /from "turn"/.test(s))).toEqual([]);
      // Answered right after the slow statement, not after more work.
      expect(performance.now() - started).toBeLessThan(SLOW_MS + 1000);
      await expectControlAnswers();
    }
  });

  it('rolls back a mutation whose transaction ran past the deadline, and the same write succeeds at once after', async () => {
    // taskCreate: one transaction of INSERT task, then INSERT task_event. The INSERT task "takes" SLOW_MS.
    slow = /^insert into "task" /;
    const timedOut = await post(CREATE, { p: projectId, e: 'deadline-1' });
    slow = null;
    expect(timedOut.status).toBe(504);
    expect(timedOut.body.errors).toEqual([
      { message: expect.any(String), extensions: { code: 'QUERY_TIMEOUT', timeoutMs: REQUEST_TIMEOUT_MS } },
    ]);
    expect(timedOut.body.data).toBeUndefined();
    // The INSERT task had been executed inside the transaction: it was rolled back with it.
    expect(await t.db.selectFrom('task').select('id').where('externalId', '=', 'deadline-1').execute()).toEqual([]);
    expect(await t.db.selectFrom('taskEvent').select('id').where('projectId', '=', projectId).execute()).toEqual([]);
    await expectNoLocksLeft();

    // The same row again (unique per project and externalId): no lock, no mutex, no half-written row in its way.
    const started = performance.now();
    const again = await post(CREATE, { p: projectId, e: 'deadline-1' });
    expect(performance.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(again.status).toBe(200);
    expect(again.body.data.taskCreate).toMatchObject({ task: { externalId: 'deadline-1' }, userErrors: [] });
    expect(await t.db.selectFrom('task').select('id').where('externalId', '=', 'deadline-1').execute()).toHaveLength(1);
    await expectControlAnswers();
  });

  it('does not run a timed-out query a second time on the jit path (graphql-js is its fallback for errors)', async () => {
    // In process, to read the deadline's count of refused statements: the projects statement is slow, so the tasks
    // under them are refused; a second (graphql-js) run would be refused its projects statement too.
    const refused: Record<string, number> = {};
    for (const jit of [false, true]) {
      const apollo = createApolloServer({ logger: pino({ level: 'silent' }), limits: DEFAULT_LIMITS, jit });
      await apollo.start();
      try {
        const run = async (deadline: Deadline) => {
          const response = await apollo.executeOperation(
            { query: NESTED },
            { contextValue: createContext({ db: t.db, viewer: owner.viewer, deadline }) },
          );
          return {
            status: response.http.status,
            body: response.body.kind === 'single' ? response.body.singleResult : null,
          };
        };
        expect((await run(new Deadline(10_000))).body?.errors).toBeUndefined(); // with jit on, the next run is compiled
        slow = /from "project"/;
        const deadline = new Deadline(REQUEST_TIMEOUT_MS);
        const { status, body } = await run(deadline);
        slow = null;
        expect(status).toBe(504);
        expect(body?.errors).toEqual([
          { message: expect.any(String), extensions: { code: 'QUERY_TIMEOUT', timeoutMs: REQUEST_TIMEOUT_MS } },
        ]);
        expect(body?.data).toBeUndefined();
        refused[jit ? 'jit' : 'graphql-js'] = deadline.refusedStatements;
      } finally {
        await apollo.stop();
      }
    }
    expect(refused['graphql-js']).toBeGreaterThan(0);
    expect(refused.jit).toBe(refused['graphql-js']);
  });

  it('checks the deadline between statements: a running statement ends, the next one is not sent', async () => {
    const deadline = new Deadline(50);
    const db = withDeadline(t.db, deadline);
    // A statement that takes longer than the whole deadline: SQLite cannot interrupt it (better-sqlite3 has no
    // interrupt); on PostgreSQL it is shorter than statement_timeout. Either way it completes.
    const slowStatement =
      DIALECT === 'sqlite'
        ? sql<{
            n: number;
          }>`with recursive c(x) as (select 1 union all select x + 1 from c where x < 2000000) select count(*) as n from c`
        : sql<{ n: number }>`select count(*)::int as n from pg_sleep(0.1), generate_series(1, 10)`;
    const { rows } = await slowStatement.execute(db);
    expect(Number(rows[0].n)).toBeGreaterThan(0);
    expect(deadline.expired).toBe(true);
    const sentBefore = t.statements.length;
    const next = db.selectFrom('task').select('id').execute();
    await expect(next).rejects.toBeInstanceOf(QueryTimeoutError);
    // Inside a transaction: refused, rolled back, the connection (or SQLite's mutex) released.
    await expect(
      db.transaction().execute(async (trx) => trx.selectFrom('task').select('id').execute()),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(t.statements.slice(sentBefore).filter((s) => /"task"/.test(s))).toEqual([]);
    expect(deadline.refusedStatements).toBe(2);
    // The shared database is not bound to the deadline.
    expect(await t.db.selectFrom('project').select('name').execute()).toEqual([{ name: 'Deadline project' }]);
  });

  // PostgreSQL only (SQLite has no statement timeout): a real slow statement, stopped by the server with
  // statement_timeout (SQLSTATE 57014). Registered only on PostgreSQL rather than skipped on SQLite.
  const onPostgres = (name: string, test: () => Promise<void>) => {
    if (DIALECT === 'postgres') it(name, test);
  };

  onPostgres('sets statement_timeout on the pool: pg_sleep is canceled with 57014', async () => {
    const started = performance.now();
    const error = await sql`select pg_sleep(5)`.execute(t.db).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: '57014' });
    expect(isQueryTimeout(error)).toBe(true);
    expect(performance.now() - started).toBeLessThan(STATEMENT_TIMEOUT_MS + 1500);
    const { rows } = await sql<{ timeout: string }>`select current_setting('statement_timeout') as timeout`.execute(
      t.db,
    );
    expect(rows[0].timeout).toBe(`${STATEMENT_TIMEOUT_MS}ms`);
  });

  onPostgres(
    'answers QUERY_TIMEOUT for a mutation canceled by statement_timeout while waiting for a lock, and leaves no lock behind',
    async () => {
      const created = await post(CREATE, { p: projectId, e: 'locked-1' });
      const taskId: string = created.body.data.taskCreate.task.id;
      // Another session holds the task's row lock, as a long transaction elsewhere would.
      const blocker = new pg.Client({
        connectionString: process.env.DATABASE_URL,
        options: `-c search_path=${t.schema}`,
      });
      await blocker.connect();
      try {
        await blocker.query('begin');
        await blocker.query('update task set updated_at = updated_at where id = $1', [taskId]);
        const started = performance.now();
        const blocked = await post(
          'mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { a: 1 }) { task { id metadata } userErrors { code } } }',
          { id: taskId },
        );
        expect(performance.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS + 1000);
        expect(blocked.status).toBe(504);
        expect(blocked.body.errors).toEqual([
          { message: expect.stringMatching(/statement_timeout/), extensions: { code: 'QUERY_TIMEOUT' } },
        ]);
        expect(blocked.body.data).toBeUndefined();
      } finally {
        await blocker.query('rollback');
        await blocker.end();
      }
      await expectNoLocksLeft();
      const after = await post(
        'mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { a: 2 }) { task { metadata } userErrors { code } } }',
        { id: taskId },
      );
      expect(after.status).toBe(200);
      expect(after.body.data).toEqual({ taskSetMetadata: { task: { metadata: { a: 2 } }, userErrors: [] } });
      await expectControlAnswers();
    },
  );

  /**
   * PostgreSQL: no session holds a lock on this schema's tables, and every connection of the pool is free and outside
   * any transaction (all five are held at once here; a leaked one would make this wait).
   */
  async function expectNoLocksLeft() {
    if (DIALECT !== 'postgres') return;
    const connections = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.db.connection().execute(
          async (c) =>
            (
              await sql<{ pid: number; inTransaction: boolean }>`
        select pg_backend_pid() as pid, (select xact_start < statement_timestamp() from pg_stat_activity where pid = pg_backend_pid()) as "inTransaction"
        from pg_sleep(0.05)`.execute(c)
            ).rows[0],
        ),
      ),
    );
    expect(new Set(connections.map((c) => c.pid)).size).toBe(5);
    expect(connections.filter((c) => c.inTransaction)).toEqual([]);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const locks = await admin.query(
        `select l.pid, l.mode, c.relname from pg_locks l join pg_class c on c.oid = l.relation
         join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1`,
        [t.schema],
      );
      expect(locks.rows).toEqual([]);
      const states = await admin.query('select pid, state from pg_stat_activity where pid = any($1)', [
        connections.map((c) => c.pid),
      ]);
      expect(states.rows.filter((r) => r.state !== 'idle')).toEqual([]);
    } finally {
      await admin.end();
    }
  }

  it('leaves no unhandled rejection behind', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
});
