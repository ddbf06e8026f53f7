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
import type { TaskStatus } from '../../src/graphql/types.generated';
import { newId } from '../../src/ids';
import { inTransaction, type Result } from '../../src/modules/result';
import { STATUS_OF_EVENT } from '../../src/modules/task/task-events';
import {
  applyTaskTransition,
  TASK_STATUSES,
  TASK_TRANSITIONS,
  type TaskTransition,
  type TaskTransitionName,
  type TransitionActor,
} from '../../src/modules/task/task-lifecycle';
import { insertTask } from '../../src/modules/task/task.repository';
import { cancelTask, completeTask } from '../../src/modules/task/task.service';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

// The one task lifecycle (DECISIONS.md D2), driven as a table: every status x every transition, allowed or refused
// exactly as TASK_TRANSITIONS says; then the table itself against D2 and D3 written out by hand.
const NAMES = Object.keys(TASK_TRANSITIONS) as TaskTransitionName[];
const WORKER = 'worker-1';
const PAST = '2000-01-01T00:00:00.000Z';
const T0 = '2026-01-01T00:00:00.000Z';

/** A coding task in `status`, held by WORKER with a lease that ran out (so every guard but the status passes). */
async function taskIn(db: Database, projectId: string, status: TaskStatus) {
  return insertTask(db, {
    id: newId('task'),
    projectId,
    kind: 'CODING',
    status,
    sourceStatus: 'seeded',
    source: 'ANNOGRAPH',
    claimedBy: WORKER,
    leaseUntil: PAST,
    createdAt: T0,
    updatedAt: T0,
  });
}

const eventsOf = (db: Database, taskId: string) =>
  db
    .selectFrom('taskEvent')
    .select(['kind', 'message', 'actorId'])
    .where('taskId', '=', taskId)
    .orderBy('id')
    .execute();

describe(`${DIALECT}: the task lifecycle table`, () => {
  let t: TestDb;
  let projectId: string;
  let userId: string;

  beforeAll(async () => {
    t = await createTestDb();
    const fixture = await insertProject(t.db);
    projectId = fixture.projectId;
    userId = fixture.owner.userId;
  });
  afterAll(() => t.destroy());

  const actorOf = (transition: TaskTransition): TransitionActor =>
    transition.field === 'worker' ? { workerId: WORKER } : { userId };

  describe.each(NAMES)('%s', (name) => {
    const transition: TaskTransition = TASK_TRANSITIONS[name];
    it.each(TASK_STATUSES)(`from %s: as the table says`, async (status) => {
      const task = await taskIn(t.db, projectId, status);
      const result = await inTransaction(t.db, (trx) =>
        applyTaskTransition(trx, name, task.id, { by: actorOf(transition) }),
      );
      const row = await t.db.selectFrom('task').selectAll().where('id', '=', task.id).executeTakeFirstOrThrow();
      const events = await eventsOf(t.db, task.id);
      if (transition.from.includes(status)) {
        expect(result).toEqual({ ok: true, value: row });
        expect(row).toMatchObject({ status: transition.to, sourceStatus: transition.sourceStatus });
        expect(row.completedAt === null).toBe(!transition.completes);
        expect(row.updatedAt === T0).toBe(!!transition.keepsUpdatedAt);
        expect(events).toEqual([
          {
            kind: transition.event,
            message: transition.message,
            actorId: transition.field === 'worker' ? null : userId,
          },
        ]);
      } else {
        expect(result).toEqual({
          ok: false,
          userErrors: [
            {
              code: 'INVALID_STATE_TRANSITION',
              field: ['id'],
              message: expect.stringContaining(`Cannot ${transition.verb} a task that is ${status} (allowed from `),
            },
          ],
        });
        expect(row).toEqual(task);
        expect(events).toEqual([]);
      }
    });
  });

  it('takes the event message and further columns the caller gives', async () => {
    const task = await taskIn(t.db, projectId, 'PENDING');
    const result = await inTransaction(t.db, (trx) =>
      applyTaskTransition(trx, 'fail', task.id, {
        by: { userId: null },
        message: 'German prompt',
        set: { errorsJson: '[{"type":"LANGUAGE_MISMATCH","message":"German prompt"}]' },
      }),
    );
    expect(result.ok && result.value).toMatchObject({
      status: 'FAILED',
      errorsJson: expect.stringContaining('German'),
    });
    expect(await eventsOf(t.db, task.id)).toEqual([{ kind: 'FAIL', message: 'German prompt', actorId: null }]);
  });

  it("refuses a worker's step on a task another worker holds, and a takeover while the lease runs", async () => {
    const held = await taskIn(t.db, projectId, 'IN_PROGRESS');
    for (const name of ['progress', 'finish', 'workerFail'] as const) {
      const result = await inTransaction(t.db, (trx) =>
        applyTaskTransition(trx, name, held.id, { by: { workerId: 'worker-2' } }),
      );
      expect(result).toMatchObject({
        ok: false,
        userErrors: [{ code: 'INVALID_STATE_TRANSITION', message: expect.stringContaining('held by worker-2') }],
      });
    }
    await t.db.updateTable('task').set({ leaseUntil: '2999-01-01T00:00:00.000Z' }).where('id', '=', held.id).execute();
    const takeover = await inTransaction(t.db, (trx) =>
      applyTaskTransition(trx, 'resume', held.id, { by: { workerId: 'worker-2' } }),
    );
    expect(takeover.ok).toBe(false);
    expect(await eventsOf(t.db, held.id)).toEqual([]);
  });

  it("refuses a worker's step to a request, and a request's change to a worker (programming errors)", async () => {
    const task = await taskIn(t.db, projectId, 'IN_PROGRESS');
    await expect(applyTaskTransition(t.db, 'finish', task.id, { by: { userId } })).rejects.toThrow(/worker's step/);
    await expect(applyTaskTransition(t.db, 'complete', task.id, { by: { workerId: WORKER } })).rejects.toThrow(
      /request/,
    );
  });
});

describe('the task lifecycle table against DECISIONS.md D2 and D3', () => {
  const ALL = ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED', 'DELETED'];
  // Written out from D2 (Scale's complete/error/cancel/delete, IQB's commit/start/progress/finish/fail/abort) and
  // D3's role table, not derived from TASK_TRANSITIONS.
  const EXPECTED: Record<string, [from: string[], to: string, word: string, event: string, role: string]> = {
    complete: [['PENDING', 'IN_PROGRESS'], 'COMPLETED', 'completed', 'FINISH', 'REVIEWER'],
    fail: [['PENDING', 'IN_PROGRESS'], 'FAILED', 'error', 'FAIL', 'REVIEWER'],
    cancel: [['DRAFT', 'PENDING', 'IN_PROGRESS'], 'CANCELED', 'canceled', 'ABORT', 'MANAGER'],
    delete: [
      ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED'],
      'DELETED',
      'deleted',
      'DELETE',
      'MANAGER',
    ],
    commit: [['DRAFT'], 'PENDING', 'commit', 'COMMIT', 'MANAGER'],
    abort: [['PENDING', 'IN_PROGRESS'], 'CANCELED', 'abort', 'ABORT', 'MANAGER'],
    start: [['PENDING'], 'IN_PROGRESS', 'start', 'START', 'worker'],
    resume: [['IN_PROGRESS'], 'IN_PROGRESS', 'start', 'WARNING', 'worker'],
    progress: [['IN_PROGRESS'], 'IN_PROGRESS', 'progress', 'PROGRESS', 'worker'],
    finish: [['IN_PROGRESS'], 'COMPLETED', 'finish', 'FINISH', 'worker'],
    workerFail: [['IN_PROGRESS'], 'FAILED', 'fail', 'FAIL', 'worker'],
  };

  it('has exactly the transitions D2 names, from the statuses, to the status, with the word, event and role it names', () => {
    const table = Object.fromEntries(
      Object.entries(TASK_TRANSITIONS).map(([name, t]: [string, TaskTransition]) => [
        name,
        [[...t.from].sort(), t.to, t.sourceStatus, t.event, t.leastRole],
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED).map(([name, [from, ...rest]]) => [name, [[...from].sort(), ...rest]]),
    );
    expect(table).toEqual(expected);
    expect([...TASK_STATUSES].sort()).toEqual([...ALL].sort());
  });

  it('never moves a task out of DELETED or back to DRAFT, and never cancels a COMPLETED task', () => {
    const all: TaskTransition[] = Object.values(TASK_TRANSITIONS);
    expect(all.filter((t) => t.from.includes('DELETED'))).toEqual([]);
    expect(all.filter((t) => t.to === 'DRAFT')).toEqual([]);
    expect(all.filter((t) => t.to === 'CANCELED' && t.from.includes('COMPLETED'))).toEqual([]);
    // Only deletion leaves a closed task (COMPLETED, FAILED, CANCELED).
    for (const closed of ['COMPLETED', 'FAILED', 'CANCELED'] as const)
      expect(all.filter((t) => t.from.includes(closed)).map((t) => t.to)).toEqual(['DELETED']);
  });

  it("writes status events that agree with the timeline's rule (the status follows the last status event)", () => {
    for (const t of Object.values(TASK_TRANSITIONS) as TaskTransition[]) {
      const status = STATUS_OF_EVENT[t.event];
      if (status) expect({ event: t.event, status: t.to }).toEqual({ event: t.event, status });
      else expect({ event: t.event, from: t.from, to: t.to }).toEqual({ event: t.event, from: [t.to], to: t.to });
    }
  });
});

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
      const task = await taskIn(db, fixture.projectId, 'PENDING');
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
      expect((await eventsOf(db, task.id)).map((e) => e.kind)).toEqual([
        winner.value.status === 'COMPLETED' ? 'FINISH' : 'ABORT',
      ]);
    }
    expect(contested).toBeGreaterThan(0);
  }, 120_000);
});
