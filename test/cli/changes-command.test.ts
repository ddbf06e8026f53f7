import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { printChanges } from '../../src/cli/changes-command';
import { createDb, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { recordChange, transactionWithChanges } from '../../src/modules/change/change-log';
import { waitFor } from '../support/live-server';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { createTestServer, type GraphQLResult } from '../support/server';

// `annograph changes`: the real CLI in a child process over the database this process writes to (a SQLite file, or a
// PostgreSQL schema named in the child's DATABASE_URL), compared with what the API's Query.changes gives.
jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, '../..');
const CHANGE_FIELDS =
  'id cursor type objectType objectId projectId organizationId actor { kind userId tokenId worker } createdAt payload';

type Cli = { child: ChildProcess; lines: () => any[]; stderr: () => string; exited: Promise<number | null> };

describe(`${DIALECT}: annograph changes`, () => {
  let db: Database;
  let childUrl: string;
  let cleanup: () => Promise<void>;
  let server: Awaited<ReturnType<typeof createTestServer>>;

  beforeAll(async () => {
    if (DIALECT === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-changes-'));
      childUrl = `sqlite:${path.join(dir, 'changes.sqlite')}`;
      db = createDb({ url: childUrl });
      await migrateToLatest(db);
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    } else {
      const url = process.env.DATABASE_URL!;
      const schema = `test_changes_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      db = createDb({ url, searchPath: schema, poolSize: 3 });
      await migrateToLatest(db, schema);
      // The child's one setting: libpq's `options` parameter in the URL puts its connections in the schema.
      const child = new URL(url);
      child.searchParams.set('options', `-c search_path=${schema}`);
      childUrl = child.toString();
      cleanup = async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      };
    }
    server = await createTestServer(db);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.destroy();
    await cleanup?.();
  });

  function cli(args: string[]): Cli {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: childUrl, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const lines = () =>
      out
        .split('\n')
        .slice(0, -1)
        .map((line) => JSON.parse(line));
    return { child, lines, stderr: () => err, exited };
  }
  const run = async (args: string[]) => {
    const c = cli(args);
    const code = await c.exited;
    return { code, lines: c.lines(), stderr: c.stderr() };
  };

  const ok = (result: GraphQLResult) => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  async function newProject(name: string) {
    const p = await insertProject(db, name);
    server.actAs(p.owner.viewer);
    const createTask = async () =>
      ok(
        await server.execute(
          `mutation($p: ID!) { taskCreate(input: { projectId: $p }) { task { id } userErrors { code } } }`,
          { p: p.projectId },
          p.owner.viewer,
        ),
      ).taskCreate.task.id as string;
    const cancelTask = async (id: string) =>
      ok(
        await server.execute(
          `mutation($id: ID!) { taskCancel(id: $id) { userErrors { code } } }`,
          { id },
          p.owner.viewer,
        ),
      );
    /** The project's whole change log through the API, as its OWNER reads it. */
    const apiChanges = async () => {
      const all: any[] = [];
      for (let after: string | null = null; ;) {
        const page: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: any[] } = ok(
          await server.execute(
            `query($p: ID!, $after: String) { changes(projectId: $p, first: 100, after: $after) {
              pageInfo { hasNextPage endCursor } nodes { ${CHANGE_FIELDS} } } }`,
            { p: p.projectId, after },
            p.owner.viewer,
          ),
        ).changes;
        all.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) return all;
        after = page.pageInfo.endCursor;
      }
    };
    return { ...p, createTask, cancelTask, apiChanges };
  }

  it('prints every change of the project as JSON lines, oldest first, with the fields of the API, and exits 0', async () => {
    const p = await newProject('Printed project');
    const other = await newProject('Other project');
    const first = await p.createTask();
    await p.createTask();
    await p.cancelTask(first);
    await other.createTask();
    // More than one page of the command's reads (500): one transaction of 1,100 changes by the real writer.
    await transactionWithChanges(db, async (trx) => {
      for (let i = 0; i < 1100; i++)
        recordChange(trx, {
          type: 'TASK_UPDATED',
          objectId: first,
          projectId: p.projectId,
          by: { kind: 'SYSTEM', id: null },
          payload: { changed: ['metadata'], i },
        });
    });
    await p.createTask();

    const expected = await p.apiChanges();
    expect(expected).toHaveLength(1104);
    const byId = await run(['changes', '--project', p.projectId]);
    expect(byId.stderr).not.toMatch(/annograph:/);
    expect(byId.code).toBe(0);
    expect(byId.lines).toEqual(expected);
    expect(byId.lines.map((c) => c.payload.i).filter((i) => i !== undefined)).toEqual([...Array(1100).keys()]);

    // By name, from a cursor, and only some types.
    const statusCursor = expected[2].cursor;
    const byName = await run([
      'changes',
      '--project',
      'Printed project',
      '--after',
      statusCursor,
      '--types',
      'TASK_CREATED',
    ]);
    expect(byName.code).toBe(0);
    expect(byName.lines).toEqual([expected[expected.length - 1]]);
    const statuses = await run(['changes', '--project', p.projectId, '--types', 'TASK_STATUS_CHANGED,TASK_DELETED']);
    expect(statuses.lines).toEqual([expected[2]]);
    expect(statuses.lines[0]).toMatchObject({
      type: 'TASK_STATUS_CHANGED',
      objectId: first,
      actor: { kind: 'USER', userId: p.owner.userId, tokenId: null, worker: null },
      payload: expect.objectContaining({ from: 'PENDING', to: 'CANCELED' }),
    });
  });

  it('refuses an unknown project, a bad cursor and an unknown type with a message and exit code 1', async () => {
    const p = await newProject('Refusing project');
    await p.createTask();
    const [unknownName, unknownId, badCursor, badType] = await Promise.all([
      run(['changes', '--project', 'No such project']),
      run(['changes', '--project', 'proj_01ARZ3NDEKTSV4RRFFQ69G5FAV']),
      run(['changes', '--project', p.projectId, '--after', 'not-a-cursor']),
      run(['changes', '--project', p.projectId, '--types', 'TASK_CREATED,TASK_EXPLODED']),
    ]);
    expect(unknownName).toMatchObject({ code: 1, lines: [] });
    expect(unknownName.stderr).toMatch(/no project named "No such project"/);
    expect(unknownId).toMatchObject({ code: 1, lines: [] });
    expect(unknownId.stderr).toMatch(/no project proj_01ARZ3NDEKTSV4RRFFQ69G5FAV/);
    expect(badCursor).toMatchObject({ code: 1, lines: [] });
    expect(badCursor.stderr).toMatch(/--after: "not-a-cursor" is not a change cursor/);
    expect(badType).toMatchObject({ code: 1, lines: [] });
    expect(badType.stderr).toMatch(/unknown change type TASK_EXPLODED/);
  });

  it('--follow prints the backlog, then what any process commits, once each and in order, until SIGINT (exit 0)', async () => {
    const p = await newProject('Followed project');
    const other = await newProject('Unfollowed project');
    const tasks = [await p.createTask(), await p.createTask(), await p.createTask()];
    const c = cli(['changes', '--project', p.projectId, '--follow']);
    try {
      // Commits race the command's start (its backlog read and the feed's registration) until the backlog is out…
      while (c.lines().length < 3) {
        tasks.push(await p.createTask());
        await new Promise((r) => setTimeout(r, 25));
        if (c.child.exitCode !== null) throw new Error(`the command ended: ${c.stderr()}`);
      }
      // …then more once it is live, and changes of another project, which it must not print.
      await other.createTask();
      for (let i = 0; i < 3; i++) tasks.push(await p.createTask());
      await p.cancelTask(tasks[0]);
      await other.createTask();
      await p.createTask();
      const expected = await p.apiChanges();
      await waitFor(() => c.lines().length >= expected.length, 15_000);
      expect(c.lines()).toEqual(expected);
      expect(new Set(c.lines().map((l) => l.id)).size).toBe(expected.length);
    } finally {
      c.child.kill('SIGINT');
    }
    expect(await c.exited).toBe(0);
    // Nothing came after the last expected line, either (a duplicate would have).
    expect(c.lines()).toEqual(await p.apiChanges());
    expect(c.stderr()).not.toMatch(/annograph:/);
  });

  it('--follow with --after and --types prints only those, and SIGTERM ends it with exit code 0', async () => {
    const p = await newProject('Filtered project');
    const a = await p.createTask();
    const mark = (await p.apiChanges()).at(-1).cursor as string;
    await p.cancelTask(a);
    const c = cli(['changes', '--project', p.projectId, '--follow', '--after', mark, '--types', 'TASK_STATUS_CHANGED']);
    try {
      await waitFor(() => c.lines().length >= 1, 15_000);
      const b = await p.createTask();
      await p.cancelTask(b);
      const expected = (await p.apiChanges()).filter((x) => x.type === 'TASK_STATUS_CHANGED');
      expect(expected.map((x) => x.objectId)).toEqual([a, b]);
      await waitFor(() => c.lines().length >= 2, 15_000);
      expect(c.lines()).toEqual(expected);
    } finally {
      c.child.kill('SIGTERM');
    }
    expect(await c.exited).toBe(0);
  });

  it('--follow, in process: a change committed while the backlog is read is printed once, at its place', async () => {
    const p = await newProject('Seam project');
    const bulk = (n: number, mark: string) =>
      transactionWithChanges(db, async (trx) => {
        for (let i = 0; i < n; i++)
          recordChange(trx, {
            type: 'TASK_UPDATED',
            objectId: p.projectId,
            objectType: 'Project',
            projectId: p.projectId,
            by: { kind: 'SYSTEM', id: null },
            payload: { mark, i },
          });
      });
    await bulk(1200, 'backlog');
    const printed: any[] = [];
    const stop = new AbortController();
    const during: { commit?: Promise<unknown> } = {};
    const done = printChanges(
      db,
      { project: p.projectId, follow: true },
      (line) => {
        printed.push(JSON.parse(line));
        // Between the backlog's first and second page (500 each): in both the backlog and the feed's reads.
        if (printed.length === 1) during.commit = bulk(3, 'during');
      },
      { stop: stop.signal, pollMs: 20 },
    );
    await waitFor(() => printed.length >= 1203, 15_000);
    await during.commit;
    await bulk(2, 'after');
    await waitFor(() => printed.length >= 1205, 15_000);
    stop.abort();
    await done;
    const expected = await p.apiChanges();
    expect(expected).toHaveLength(1205);
    expect(printed).toEqual(expected);
    expect(printed.slice(1200).map((c) => c.payload.mark)).toEqual(['during', 'during', 'during', 'after', 'after']);
  });

  it('changes prune deletes what is older than --days and prints how many; a bad --days exits 1', async () => {
    const p = await newProject('Pruned project');
    await p.createTask();
    await p.createTask();
    const [old] = await p.apiChanges();
    const longAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString();
    await db.updateTable('change').set({ createdAt: longAgo }).where('id', '=', old.id).execute();

    const refused = await run(['changes', 'prune', '--days', '0']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--days/);
    const kept = await cliText(['changes', 'prune', '--days', '11']);
    expect(kept).toMatchObject({ code: 0, out: expect.stringMatching(/^deleted 0 changes/) });
    const pruned = await cliText(['changes', 'prune', '--days', '9']);
    expect(pruned).toMatchObject({ code: 0, out: expect.stringMatching(/^deleted 1 changes/) });
    expect((await p.apiChanges()).map((x) => x.id)).not.toContain(old.id);
    expect(await p.apiChanges()).toHaveLength(1);
  });

  async function cliText(args: string[]) {
    const c = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: childUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => c.on('exit', resolve));
    return { code, out };
  }
});
