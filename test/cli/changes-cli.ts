import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { createTestServer, type GraphQLResult } from '../support/server';

// What the `annograph changes` suites share: a database this process writes to and the real CLI in a child process
// reads (a SQLite file, or a PostgreSQL schema named in the child's DATABASE_URL), the API's server over it, ways to
// run the command, and projects whose whole change log the API gives.

const ROOT = path.resolve(__dirname, '../..');
const CHANGE_FIELDS =
  'id cursor type objectType objectId projectId organizationId actor { kind userId tokenId worker } createdAt payload';

type Cli = { child: ChildProcess; lines: () => any[]; stderr: () => string; exited: Promise<number | null> };

/** Registers the suite's beforeAll and afterAll; `db()` is the suite's database once beforeAll has run. */
export function useChangesCli() {
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

  return { db: () => db, cli, run, newProject, cliText };
}
