import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { Viewer } from '../../src/auth/viewer';
import { createContext } from '../../src/context';
import { createDb, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import type { TaskRow } from '../../src/db/rows';
import type { Result } from '../../src/modules/result';
import { cancelTask, completeTask } from '../../src/modules/task/task.service';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { insertTaskIn, taskEventsOf } from '../support/lifecycle';

// Two requests changing one task at once (DECISIONS.md D6): one wins, the other is INVALID_STATE_TRANSITION, and
// the timeline holds one event. Real concurrency, as in test/db/concurrency.test.ts: on SQLite two worker threads
// with a connection each to one WAL file; on PostgreSQL two pools on one schema.
const ROUNDS = 10;
const MAX_ROUNDS = 60;
const ROOT = path.resolve(__dirname, '../..');
type Op = 'complete' | 'cancel';
type Outcome = { result?: Result<TaskRow>; thrown?: string; start: number; end: number };
type Call = { op: Op; viewer: Viewer; id: string };

const RACE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { join } = require('node:path');
require(require.resolve('tsx/cjs/api', { paths: [workerData.root] })).register();
const src = (file) => require(join(workerData.root, 'src', file));
const { createDb } = src('db/database.ts');
const { createContext } = src('context.ts');
const { completeTask, cancelTask } = src('modules/task/task.service.ts');
const OPS = { complete: completeTask, cancel: cancelTask };
const db = createDb({ url: workerData.url });
const now = () => performance.timeOrigin + performance.now();
parentPort.on('message', async (message) => {
  if (message.close) { await db.destroy(); parentPort.close(); return; }
  const { op, viewer, id, gate } = message;
  parentPort.postMessage({ ready: true });
  const flag = new Int32Array(gate);
  const giveUp = Date.now() + 10000;
  while (Atomics.load(flag, 0) === 0 && Date.now() < giveUp);
  const start = now();
  try {
    const result = await OPS[op](db, createContext({ db, viewer }).access, id);
    parentPort.postMessage({ result: JSON.parse(JSON.stringify(result)), start, end: now() });
  } catch (error) {
    parentPort.postMessage({ thrown: String(error), start, end: now() });
  }
});
`;

type Racers = { setup: Database; race: (calls: [Call, Call]) => Promise<Outcome[]>; close: () => Promise<void> };

const nextMessage = (worker: Worker): Promise<any> =>
  new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('message', (m) => {
      worker.off('error', onError);
      resolve(m);
    });
    worker.once('error', onError);
  });

async function sqliteRacers(): Promise<Racers> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-lifecycle-race-'));
  const url = `sqlite:${path.join(dir, 'race.sqlite')}`;
  const setup = createDb({ url });
  await migrateToLatest(setup);
  const workers = [0, 1].map(() => new Worker(RACE_WORKER, { eval: true, workerData: { root: ROOT, url } }));
  return {
    setup,
    race: async (calls) => {
      const gate = new SharedArrayBuffer(4);
      const ready = workers.map((w) => nextMessage(w));
      workers.forEach((w, i) => w.postMessage({ ...calls[i], gate }));
      await Promise.all(ready);
      const done = workers.map((w) => nextMessage(w));
      Atomics.store(new Int32Array(gate), 0, 1);
      return Promise.all(done);
    },
    close: async () => {
      await Promise.all(
        workers.map((w) => new Promise((resolve) => (w.once('exit', resolve), w.postMessage({ close: true })))),
      );
      await setup.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresRacers(): Promise<Racers> {
  const url = process.env.DATABASE_URL!;
  const schema = `test_race_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const [a, b] = [0, 1].map(() => createDb({ url, searchPath: schema, poolSize: 3 }));
  const close = async () => {
    await a.destroy();
    await b.destroy();
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`drop schema ${schema} cascade`);
    await cleanup.end();
  };
  try {
    await migrateToLatest(a, schema);
  } catch (error) {
    await close();
    throw error;
  }
  const OPS = { complete: completeTask, cancel: cancelTask };
  const run = async (db: Database, { op, viewer, id }: Call): Promise<Outcome> => {
    const start = performance.timeOrigin + performance.now();
    try {
      const result = await OPS[op](db, createContext({ db, viewer }).access, id);
      return { result, start, end: performance.timeOrigin + performance.now() };
    } catch (error) {
      return { thrown: String(error), start, end: performance.timeOrigin + performance.now() };
    }
  };
  return { setup: a, race: (calls) => Promise.all([run(a, calls[0]), run(b, calls[1])]), close };
}

describe(`${DIALECT}: two concurrent changes of one task`, () => {
  let racers: Racers;
  let fixture: Awaited<ReturnType<typeof insertProject>>;

  beforeAll(async () => {
    racers = DIALECT === 'sqlite' ? await sqliteRacers() : await postgresRacers();
    fixture = await insertProject(racers.setup, 'Lifecycle race');
  }, 60_000);
  afterAll(async () => {
    await racers?.close();
  });

  it(`taskComplete against taskCancel: one winner, one INVALID_STATE_TRANSITION, one event (${ROUNDS} rounds)`, async () => {
    const db = racers.setup;
    let contested = 0;
    for (let round = 0; round < ROUNDS || (contested === 0 && round < MAX_ROUNDS); round++) {
      const task = await insertTaskIn(db, fixture.projectId, 'PENDING');
      const viewer = fixture.owner.viewer;
      const outcomes = await racers.race([
        { op: 'complete', viewer, id: task.id },
        { op: 'cancel', viewer, id: task.id },
      ]);
      const [x, y] = outcomes;
      if (x.start < y.end && y.start < x.end) contested++;
      for (const o of outcomes) expect(o.thrown).toBeUndefined();
      const winners = outcomes.filter((o) => o.result!.ok);
      expect(winners).toHaveLength(1);
      const winner = winners[0].result as { ok: true; value: TaskRow };
      const loser = outcomes.find((o) => o !== winners[0])!.result!;
      expect(loser).toEqual({
        ok: false,
        userErrors: [
          expect.objectContaining({
            code: 'INVALID_STATE_TRANSITION',
            field: ['id'],
            message: expect.stringContaining(`a task that is ${winner.value.status}`),
          }),
        ],
      });
      const row = await db.selectFrom('task').select('status').where('id', '=', task.id).executeTakeFirstOrThrow();
      expect(row.status).toBe(winner.value.status);
      expect((await taskEventsOf(db, task.id)).map((e) => e.kind)).toEqual([
        winner.value.status === 'COMPLETED' ? 'FINISH' : 'ABORT',
      ]);
    }
    expect(contested).toBeGreaterThan(0);
  }, 120_000);
});
