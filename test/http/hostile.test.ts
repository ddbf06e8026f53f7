import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { demoSecret } from '../../src/auth/tokens';
import { createDb } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { addCodingDemo } from '../../src/demo/coding-demo';
import { addPromptDemo } from '../../src/demo/prompt-demo';
import { seededRandom } from '../../src/demo/random';
import { seedDemoData } from '../../src/demo/seed-demo';
import { addCorrectionDemo, addSearchDemo } from '../../src/demo/sessions-demo';
import { emptyBundle, insertBundle } from '../../src/db/row-bundle';
import { buildSchema } from '../../src/graphql/schema';
import { createIdFactory, newId, tableOfId, type NodeTable } from '../../src/ids';
import { insertAccount } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { argumentRequests, baselineRequests } from '../support/hostile/arguments';
import { pool, problemsOf, send } from '../support/hostile/client';
import { documentRequests, nestedArgumentRequests } from '../support/hostile/documents';
import type { Fixtures } from '../support/hostile/fixtures';
import { graphqlBody, JSON_HEADERS, type HostileRequest } from '../support/hostile/request';
import { operationNameRequests, tokenRequests, transportRequests } from '../support/hostile/transport';

// Hostile requests generated from the schema (issue 15): every root field and argument with wrong types, nulls,
// 1 MB strings, 100k-element lists, deep JSON, unknown enums, foreign / malformed / other-type ids and cursors, bad
// page sizes; bombs and cycles in documents; every operationName variant; bad transport; bad tokens. Each answer:
// no 5xx, JSON, a code on every error, no INTERNAL_SERVER_ERROR, a code on every userError; a control query after
// each category. Reproducible: HOSTILE_SEED=<n> picks the same requests again (the seed is printed).
const SEED = Number(process.env.HOSTILE_SEED ?? 20261203);
const CONCURRENCY = Number(process.env.HOSTILE_CONCURRENCY ?? 8);
const MAX_BODY_BYTES = 4_000_000;

type Failure = { category: string; label: string; status: number; problems: string[] };

describe(`${DIALECT}: hostile requests`, () => {
  let t: TestDb;
  let child: ChildProcess | undefined;
  let sqliteDir: string | undefined;
  let base: URL;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const serverErrors: string[] = [];
  const counts = new Map<string, number>();
  const timings = new Map<string, number>();
  const random = seededRandom(SEED);
  let fixtures: Fixtures;
  let requests: HostileRequest[];
  let authorization: string;

  let serverUrl = '';
  let dbUrl = '';

  /** Starts the server process on the suite's database (again after a category left it without answering). */
  async function startServer(url: string): Promise<void> {
    dbUrl = url;
    const started = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, '../support/hostile/server-process.ts')],
      {
        env: {
          ...process.env,
          HOSTILE_DB_URL: url,
          HOSTILE_SEARCH_PATH: t.schema ?? '',
          HOSTILE_MAX_BODY_BYTES: String(MAX_BODY_BYTES),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child = started;
    readline.createInterface({ input: started.stderr }).on('line', (text) => {
      try {
        const line = JSON.parse(text);
        serverErrors.push(
          `${line.msg}: ${line.err?.type ?? ''} ${line.err?.message ?? ''} ${String(line.err?.stack ?? '')
            .split('\n')
            .slice(1, 7)
            .join(' | ')}`,
        );
      } catch {
        serverErrors.push(text);
      }
    });
    serverUrl = await new Promise<string>((resolve, reject) => {
      started.once('exit', (code) =>
        reject(new Error(`the server process exited (${code}): ${serverErrors.join('\n')}`)),
      );
      readline.createInterface({ input: started.stdout }).once('line', (line) => resolve(JSON.parse(line).url));
    });
    base = new URL(serverUrl);
  }

  async function stopServer(): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
    if (running.exitCode === null) {
      running.kill('SIGKILL');
      await exited;
    }
  }

  beforeAll(async () => {
    // The server runs in a child process on the same database: a SQLite file here, the test's schema on PostgreSQL.
    let dbUrl: string;
    if (DIALECT === 'sqlite') {
      sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-hostile-'));
      dbUrl = `sqlite:${path.join(sqliteDir, 'hostile.sqlite')}`;
      const db = createDb({ url: dbUrl });
      await migrateToLatest(db);
      t = { db, statements: [], destroy: () => db.destroy() };
    } else {
      t = await createTestDb();
      dbUrl = process.env.DATABASE_URL!;
    }
    await seedDemoData(t.db);
    const orgs = await t.db.selectFrom('organization').select(['id', 'slug']).orderBy('id').execute();
    const acme = orgs.find((o) => o.slug === 'acme-ml')!.id;
    const globex = orgs.find((o) => o.slug === 'globex')!.id;
    const users = await t.db.selectFrom('appUser').select(['id', 'email']).execute();
    const userId = (email: string) => users.find((u) => u.email === email)!.id;
    const globexProject = (
      await t.db.selectFrom('project').select('id').where('organizationId', '=', globex).executeTakeFirstOrThrow()
    ).id;

    // Organization B gets every kind of row too, so that every id has a foreign twin.
    const env = {
      newId: createIdFactory(seededRandom(SEED + 1)),
      random: seededRandom(SEED + 2),
      clock: (() => {
        let tick = Date.parse('2026-11-01T00:00:00Z');
        return () => (tick += 41_000);
      })(),
    };
    const bundle = emptyBundle();
    addCorrectionDemo(bundle, env, globexProject, userId('marie@globex.test'));
    addSearchDemo(bundle, env, globexProject);
    addCodingDemo(bundle, env, globexProject, userId('marie@globex.test'));
    addPromptDemo(bundle, env, globex, globexProject, userId('marie@globex.test'));
    bundle.correctionSession.forEach(
      (s, i) => (s.uuid = `00000000-0000-4000-8000-1000000000${String(i).padStart(2, '0')}`),
    );
    await insertBundle(t.db, bundle);

    const victim = await insertAccount(t.db, { organizationId: acme, organizationRole: 'MEMBER' });
    const revoked = await insertAccount(t.db, { organizationId: acme, organizationRole: 'MEMBER' });
    const removed = await insertAccount(t.db, { organizationId: acme, organizationRole: 'MEMBER' });
    const victimProjectId = newId('project');
    const now = new Date().toISOString();
    await t.db
      .insertInto('project')
      .values({
        id: victimProjectId,
        organizationId: acme,
        name: 'Hostile victim',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();

    await startServer(dbUrl);
    authorization = `Token ${demoSecret('ada@acme.test')}`;
    const marie = `Token ${demoSecret('marie@globex.test')}`;

    const gql = async (auth: string, query: string, variables?: Record<string, unknown>) => {
      const answer = await send(
        base,
        {
          category: 'setup',
          label: 'setup',
          method: 'POST',
          path: '/graphql',
          headers: { ...JSON_HEADERS, authorization: auth },
          body: JSON.stringify({ query, variables }),
        },
        agent,
      );
      const body = JSON.parse(answer.text);
      if (body.errors)
        throw new Error(`setup: ${JSON.stringify(body.errors)}\nserver log: ${serverErrors.slice(-3).join('\n')}`);
      return body.data;
    };

    // Ids per table, split by who sees them (ordered by id: the same rows for every run of one code).
    const own: Partial<Record<NodeTable, string[]>> = {};
    const foreign: Partial<Record<NodeTable, string[]>> = {};
    const tables = [
      'organization',
      'project',
      'batch',
      'task',
      'thread',
      'turn',
      'message',
      'messageChunk',
      'annotation',
      'organizationMember',
      'projectMember',
      'delivery',
      'searchSession',
      'sessionEvent',
      'improvementItem',
      'correctionSession',
      'coder',
      'document',
      'segment',
      'documentGroup',
      'correctionTag',
      'dataChunk',
      'prompt',
      'promptVersion',
      'providerConnection',
      'inferenceRun',
    ] as const;
    for (const table of tables) {
      const rows = await t.db
        .selectFrom(table as 'task')
        .select('id')
        .orderBy('id')
        .execute();
      const ids = rows.map((r) => r.id);
      const seenBy = async (auth: string) =>
        new Set(
          (
            (await gql(auth, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 400) })).nodes as ({
              id: string;
            } | null)[]
          )
            .filter(Boolean)
            .map((n) => n!.id),
        );
      const mine = await seenBy(authorization);
      const theirs = await seenBy(marie);
      own[table] = ids.filter((id) => mine.has(id)).slice(0, 4);
      foreign[table] = ids.filter((id) => theirs.has(id)).slice(0, 2);
    }
    own.appUser = [victim.userId];
    own.apiToken = [victim.tokenId];
    foreign.appUser = [userId('marie@globex.test')];
    for (const id of [...Object.values(own), ...Object.values(foreign)].flat()) expect(tableOfId(id)).not.toBeNull();
    const page = await gql(
      authorization,
      '{ projects(first: 2) { edges { cursor } } tasks(first: 2) { edges { cursor } } }',
    );
    const theirPage = await gql(marie, '{ projects(first: 1) { edges { cursor } } }');
    fixtures = {
      own,
      foreign,
      victimUserId: victim.userId,
      victimTokenId: victim.tokenId,
      victimProjectId,
      cursors: {
        projects: page.projects.edges.map((e: any) => e.cursor),
        tasks: page.tasks.edges.map((e: any) => e.cursor),
        foreign: theirPage.projects.edges.map((e: any) => e.cursor),
      },
    };

    // A revoked token (revoked through the API by its owner) and a token of someone removed from the organization.
    await gql(`Token ${revoked.secret}`, 'mutation($id: ID!) { tokenRevoke(id: $id) { userErrors { code } } }', {
      id: revoked.tokenId,
    });
    await gql(
      authorization,
      'mutation($o: ID!, $u: ID!) { organizationMemberRemove(input: { organizationId: $o, userId: $u }) { userErrors { code } } }',
      { o: acme, u: removed.userId },
    );
    const serviceSecret = demoSecret('service:acme-ml/release-worker');

    const schema = buildSchema();
    requests = [
      ...argumentRequests(schema, fixtures, authorization, random),
      ...nestedArgumentRequests(schema, fixtures, authorization, random),
      ...documentRequests(fixtures, authorization, random),
      ...operationNameRequests(authorization),
      ...transportRequests(authorization, MAX_BODY_BYTES, fixtures),
      ...tokenRequests({
        valid: demoSecret('ada@acme.test'),
        revoked: revoked.secret,
        otherOrganization: demoSecret('marie@globex.test'),
        service: serviceSecret,
        removedMember: removed.secret,
      }),
      ...baselineRequests(schema, fixtures, marie, 'tokens/other-organization', "organization B's OWNER"),
      ...baselineRequests(
        schema,
        fixtures,
        `Token ${serviceSecret}`,
        'tokens/service',
        "organization A's service token",
      ),
      ...baselineRequests(schema, fixtures, `Token ${revoked.secret}`, 'tokens/revoked', 'a revoked token'),
    ];
    if (process.env.HOSTILE_PROGRESS) process.stderr.write(`setup done, ${requests.length} requests\n`);
    for (const r of requests) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  }, 120_000);

  afterAll(async () => {
    const lines = [`hostile suite (${DIALECT}): seed ${SEED}, ${requests?.length ?? 0} requests`];
    for (const [category, n] of [...counts].sort())
      lines.push(
        `  ${category.padEnd(34)} ${String(n).padStart(5)}${timings.has(category) ? `  ${timings.get(category)} ms` : ''}`,
      );
    console.log(lines.join('\n'));
    agent.destroy();
    await stopServer();
    await t?.destroy();
    if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
  });

  async function control(): Promise<void> {
    const answer = await send(
      base,
      {
        category: 'control',
        label: 'control',
        method: 'POST',
        path: '/graphql',
        headers: { ...JSON_HEADERS, authorization },
        body: graphqlBody('{ projects(first: 1) { totalCount } viewer { user { id } } }'),
      },
      agent,
    );
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text);
    expect(body.errors).toBeUndefined();
    expect(body.data.projects.totalCount).toBeGreaterThan(0);
    expect(body.data.viewer.user.id).toMatch(/^user_/);
  }

  /** Sends every request of the categories matching `prefix`, then the control query; fails listing what went wrong. */
  async function runCategory(prefix: string): Promise<void> {
    if (process.env.HOSTILE_ONLY && !prefix.startsWith(process.env.HOSTILE_ONLY)) return;
    const selected = requests.filter((r) => r.category === prefix || r.category.startsWith(`${prefix}/`));
    expect(selected.length).toBeGreaterThan(0);
    const failures: Failure[] = [];
    const errorsBefore = serverErrors.length;
    const started = Date.now();
    const inFlight = new Map<HostileRequest, number>();
    const watchdog = process.env.HOSTILE_PROGRESS
      ? setInterval(() => {
          for (const [r, at] of inFlight)
            if (Date.now() - at > 5000)
              process.stderr.write(`  in flight for ${Date.now() - at} ms: ${r.label.slice(0, 150)}\n`);
        }, 5000)
      : undefined;
    let stuckOn: string | undefined;
    let notSent = 0;
    await pool(selected, CONCURRENCY, async (request) => {
      if (stuckOn) {
        notSent++;
        return;
      }
      const sentAt = Date.now();
      inFlight.set(request, sentAt);
      if (process.env.HOSTILE_PROGRESS === 'each') process.stderr.write(`  -> ${request.label.slice(0, 150)}\n`);
      const answer = await send(base, request, agent);
      inFlight.delete(request);
      if (process.env.HOSTILE_PROGRESS && (Date.now() - sentAt > 2000 || process.env.HOSTILE_PROGRESS === 'each'))
        process.stderr.write(
          `  slow (${Date.now() - sentAt} ms): ${request.label.slice(0, 150)} -> HTTP ${answer.status} ${answer.text.slice(0, 160)}\n`,
        );
      const problems = problemsOf(request, answer);
      if (answer.error?.includes('no answer within')) stuckOn ??= request.label;
      if (problems.length)
        failures.push({ category: request.category, label: request.label, status: answer.status, problems });
    });
    clearInterval(watchdog);
    if (stuckOn) {
      // The server stopped answering (its event loop is blocked): a new process for the next categories.
      await stopServer();
      await startServer(dbUrl);
      throw new Error(
        `the server stopped answering during ${prefix} (first: ${stuckOn}); ${notSent} requests not sent, ${failures.length} failed:\n${failures
          .slice(0, 20)
          .map((f) => `  ${f.label.slice(0, 160)} -> HTTP ${f.status}: ${f.problems.join('; ').slice(0, 200)}`)
          .join('\n')}`,
      );
    }
    for (const category of new Set(selected.map((r) => r.category))) timings.set(category, Date.now() - started);
    if (process.env.HOSTILE_PROGRESS)
      process.stderr.write(
        `${prefix}: ${selected.length} requests, ${failures.length} failed, ${Date.now() - started} ms\n`,
      );
    try {
      await control();
    } catch (error) {
      await stopServer();
      await startServer(dbUrl);
      throw new Error(
        `the control query failed after ${prefix} (${failures.length} of ${selected.length} failed before): ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (failures.length) {
      const logged = [...new Set(serverErrors.slice(errorsBefore))].slice(0, 6);
      const shown = failures
        .slice(0, 25)
        .map(
          (f) =>
            `  [${f.category}] ${f.label.slice(0, 160)} -> HTTP ${f.status}: ${f.problems.join('; ').slice(0, 300)}`,
        );
      throw new Error(
        `${failures.length} of ${selected.length} ${prefix} requests failed (seed ${SEED}):\n${shown.join('\n')}\nserver log (error level):\n${logged.map((l) => `  ${l.slice(0, 600)}`).join('\n')}`,
      );
    }
  }

  it('answers the control query', control);
  it.each([
    'arguments/baseline',
    'arguments/null',
    'arguments/wrong-type',
    'arguments/enum',
    'arguments/id',
    'arguments/cursor',
    'arguments/page-size',
    'arguments/datetime',
    'arguments/control-chars',
    'arguments/huge-string',
    'nested-arguments',
    'documents/alias-bomb',
    'documents/fragment-bomb',
    'documents/fragment-cycle',
    'documents/directive-bomb',
    'documents/fan-out',
    'documents/document',
    'documents/federation',
    'operation-name',
    'transport/content-type',
    'transport/broken-json',
    'transport/not-an-object',
    'transport/batch',
    'transport/huge-body',
    'transport/get',
    'transport/method',
    'transport/path',
    'tokens/header',
    'tokens/revoked',
    'tokens/other-organization',
    'tokens/service',
    'arguments/huge-list',
    'arguments/deep-json',
  ])(
    '%s: no 5xx, JSON, a code on every error; the control query answers after',
    (prefix) => runCategory(prefix),
    60_000,
  );

  it('generated at least 1,000 requests, every category it checks', () => {
    expect(requests.length).toBeGreaterThanOrEqual(1000);
  });
});
