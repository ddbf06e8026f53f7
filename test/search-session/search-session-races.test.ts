import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';

// Many processes, each with its own connection, register sessions and release batches at once against one
// SQLite file or one PostgreSQL schema. Afterwards: no gaps or doubles in any batch's numbers, one session per
// client id, one batch per release id, each batch released once, at most one batch collecting.
const ROOT = path.resolve(__dirname, '../..');
const PROCESSES = 4;
const PER_PROCESS = 30;

type Load = {
  registered: { sessionId: string; id: string; batchId: string; number: number }[];
  releases: { releaseId: string; batchId: string | null }[];
};

function runLoad(env: Record<string, string>): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/session-load.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load process failed (${code}): ${err}`)),
    );
  });
}

describe(`${DIALECT}: concurrent search-session registrations and releases`, () => {
  let db: Database;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (DIALECT === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-sessions-'));
      const url = `sqlite:${path.join(dir, 'race.sqlite')}`;
      db = createDb({ url });
      await migrateToLatest(db);
      env = { DB_URL: url, SEARCH_PATH: '' };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    } else {
      const url = process.env.DATABASE_URL!;
      const schema = `test_sessions_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      db = createDb({ url, searchPath: schema, poolSize: 2 });
      await migrateToLatest(db, schema);
      env = { DB_URL: url, SEARCH_PATH: schema };
      cleanup = async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      };
    }
  });
  afterAll(async () => {
    await db.destroy();
    await cleanup();
  });

  it('never shares, skips or doubles a number, a session or a release', async () => {
    const { projectId, owner } = await insertProject(db, 'Race');
    const loads = await Promise.all(
      Array.from({ length: PROCESSES }, (_v, w) =>
        runLoad({
          ...env,
          PROJECT_ID: projectId,
          VIEWER: JSON.stringify(owner.viewer),
          WORKER: String(w),
          COUNT: String(PER_PROCESS),
        }),
      ),
    );
    const sessions = await db
      .selectFrom('searchSession')
      .select(['id', 'externalId', 'batchId', 'sessionNumber'])
      .where('projectId', '=', projectId)
      .execute();
    const batches = await db
      .selectFrom('batch')
      .select(['id', 'status', 'releaseId', 'sessionCounter'])
      .where('projectId', '=', projectId)
      .execute();

    // One session per client id: 2/3 of the ids are per process, 1/3 shared by all.
    const shared = Math.ceil(PER_PROCESS / 3);
    expect(sessions).toHaveLength(PROCESSES * (PER_PROCESS - shared) + shared);
    expect(new Set(sessions.map((s) => s.externalId)).size).toBe(sessions.length);
    // Every process was answered with the stored session for every id it registered.
    const byExternal = new Map(sessions.map((s) => [s.externalId, s]));
    for (const load of loads)
      for (const r of load.registered)
        expect(byExternal.get(r.sessionId)).toMatchObject({ id: r.id, batchId: r.batchId, sessionNumber: r.number });

    // Per batch: numbers 1..n without gaps or doubles, and the counter says n.
    for (const batch of batches) {
      const numbers = sessions
        .filter((s) => s.batchId === batch.id)
        .map((s) => s.sessionNumber)
        .sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_v, i) => i + 1));
      expect(batch.sessionCounter).toBe(numbers.length);
    }
    expect(batches.filter((b) => b.status === 'COLLECTING').length).toBeLessThanOrEqual(1);
    // A release id names one batch, everywhere; a released batch has one release id.
    const released = batches.filter((b) => b.status === 'RELEASED');
    expect(released.length).toBeGreaterThan(0);
    expect(new Set(released.map((b) => b.releaseId)).size).toBe(released.length);
    for (const load of loads) {
      for (const r of load.releases) {
        const named = batches.find((b) => b.releaseId === r.releaseId);
        expect(r.batchId).toBe(named ? named.id : null);
      }
    }
  }, 60_000);
});
