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
import { revokeTokenById, setOrganizationMember } from '../../src/modules/access/access.service';
import { createProject } from '../../src/modules/project/project.service';
import { toPayload } from '../../src/modules/result';
import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';

// "Two requests racing for one state change give one winner" (DECISIONS.md D6), with real concurrency: two
// separate database handles, each with its own connection(s), racing in the same instant.
// - PostgreSQL: two pools on one fresh schema; both calls run at once in this process.
// - SQLite: one WAL file and two worker threads, each with its own createDb (its own connection). Two handles
//   in ONE thread cannot race a transaction: better-sqlite3 waits for a lock synchronously (busy_timeout), which
//   blocks the only event loop that could commit the other transaction, so the loser fails with "database is
//   locked" after 5 s instead of seeing the winner's row.
const ROUNDS = 10;
// A race counts as contested when the two calls overlapped in time; on a busy machine the two threads may run one
// after the other, so a race is repeated (up to MAX_ROUNDS) until at least one round was contested.
const MAX_ROUNDS = 60;
const ROOT = path.resolve(__dirname, '../..');

type Op = 'tokenRevoke' | 'projectCreate' | 'organizationMemberSet';
type Payload = { userErrors: { code: string; field: string[] | null }[] } & Record<string, any>;
type Outcome = { payload?: Payload; thrown?: string; thrownCode?: string; start: number; end: number };
type Call = { op: Op; viewer: Viewer; input: Record<string, unknown> };

// The services as their mutations answer them (payloads made by toPayload).
const OPS: Record<Op, (ctx: ReturnType<typeof createContext>, input: any) => Promise<unknown>> = {
  tokenRevoke: async (ctx, input) => toPayload(await revokeTokenById(ctx.db, ctx.access, input.id), 'token'),
  projectCreate: async (ctx, input) => toPayload(await createProject(ctx.db, ctx.access, input), 'project'),
  organizationMemberSet: async (ctx, input) =>
    toPayload(await setOrganizationMember(ctx.db, ctx.access, input), 'member'),
};

// The worker runs the same services from src (transpiled by tsx), on its own connection to the file.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { join } = require('node:path');
require(require.resolve('tsx/cjs/api', { paths: [workerData.root] })).register();
const src = (file) => require(join(workerData.root, 'src', file));
const { createDb } = src('db/database.ts');
const { createContext } = src('context.ts');
const { revokeTokenById, setOrganizationMember } = src('modules/access/access.service.ts');
const { createProject } = src('modules/project/project.service.ts');
const { toPayload } = src('modules/result.ts');
const OPS = {
  tokenRevoke: async (ctx, input) => toPayload(await revokeTokenById(ctx.db, ctx.access, input.id), 'token'),
  projectCreate: async (ctx, input) => toPayload(await createProject(ctx.db, ctx.access, input), 'project'),
  organizationMemberSet: async (ctx, input) => toPayload(await setOrganizationMember(ctx.db, ctx.access, input), 'member'),
};
const db = createDb({ url: workerData.url });
const now = () => performance.timeOrigin + performance.now();
parentPort.on('message', async (message) => {
  if (message.close) { await db.destroy(); parentPort.close(); return; }
  const { op, viewer, input, gate } = message;
  parentPort.postMessage({ ready: true });
  // Spin rather than sleep, so that both threads are on a CPU when the gate opens.
  const flag = new Int32Array(gate);
  const giveUp = Date.now() + 10000;
  while (Atomics.load(flag, 0) === 0 && Date.now() < giveUp);
  const start = now();
  try {
    const payload = await OPS[op](createContext({ db, viewer }), input);
    parentPort.postMessage({ payload: JSON.parse(JSON.stringify(payload)), start, end: now() });
  } catch (error) {
    parentPort.postMessage({ thrown: String(error), thrownCode: error && error.extensions && error.extensions.code, start, end: now() });
  }
});
`;

type Racers = {
  setup: Database;
  race: (calls: [Call, Call]) => Promise<[Outcome, Outcome]>;
  close: () => Promise<void>;
};

function nextMessage(worker: Worker): Promise<any> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('message', (m) => {
      worker.off('error', onError);
      resolve(m);
    });
    worker.once('error', onError);
  });
}

async function sqliteRacers(): Promise<Racers> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-race-'));
  const url = `sqlite:${path.join(dir, 'race.sqlite')}`;
  const setup = createDb({ url });
  await migrateToLatest(setup);
  const workers = [0, 1].map(() => new Worker(WORKER, { eval: true, workerData: { root: ROOT, url } }));
  return {
    setup,
    race: async (calls) => {
      const gate = new SharedArrayBuffer(4);
      const ready = workers.map((w) => nextMessage(w));
      workers.forEach((w, i) => w.postMessage({ ...calls[i], gate }));
      await Promise.all(ready);
      const done = workers.map((w) => nextMessage(w));
      Atomics.store(new Int32Array(gate), 0, 1);
      return (await Promise.all(done)) as [Outcome, Outcome];
    },
    close: async () => {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise((resolve) => {
              w.once('exit', resolve);
              w.postMessage({ close: true });
            }),
        ),
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
  const run = async (db: Database, { op, viewer, input }: Call): Promise<Outcome> => {
    const start = performance.timeOrigin + performance.now();
    try {
      const payload = (await OPS[op](createContext({ db, viewer }), input)) as Payload;
      return { payload, start, end: performance.timeOrigin + performance.now() };
    } catch (error) {
      return {
        thrown: String(error),
        thrownCode: (error as { extensions?: { code?: string } }).extensions?.code,
        start,
        end: performance.timeOrigin + performance.now(),
      };
    }
  };
  return {
    setup: a,
    race: (calls) => Promise.all([run(a, calls[0]), run(b, calls[1])]),
    close,
  };
}

/** The two outcomes as [winner, loser]; fails unless exactly one has no userErrors and nothing was thrown. */
function winnerAndLoser(outcomes: [Outcome, Outcome]): [Payload, Payload] {
  for (const o of outcomes) expect(o.thrown).toBeUndefined();
  const winners = outcomes.filter((o) => o.payload!.userErrors.length === 0);
  expect(winners).toHaveLength(1);
  const loser = outcomes.find((o) => o !== winners[0])!;
  return [winners[0].payload!, loser.payload!];
}

const overlapped = ([x, y]: [Outcome, Outcome]) => x.start < y.end && y.start < x.end;

describe(`${DIALECT}: two requests racing for one state change give one winner`, () => {
  let racers: Racers;
  let db: Database;
  let fixture: Awaited<ReturnType<typeof insertProject>>;

  beforeAll(async () => {
    racers = DIALECT === 'sqlite' ? await sqliteRacers() : await postgresRacers();
    db = racers.setup;
    fixture = await insertProject(db, 'Race fixture');
  }, 60_000);
  afterAll(async () => {
    await racers?.close();
  });

  it(`tokenRevoke: of two concurrent revocations one succeeds, one is INVALID_STATE_TRANSITION (${ROUNDS} rounds)`, async () => {
    let contested = 0;
    for (let round = 0; round < ROUNDS || (contested === 0 && round < MAX_ROUNDS); round++) {
      const account = await insertAccount(db, { organizationId: fixture.organizationId, organizationRole: 'MEMBER' });
      const call: Call = { op: 'tokenRevoke', viewer: account.viewer, input: { id: account.tokenId } };
      const outcomes = await racers.race([call, call]);
      if (overlapped(outcomes)) contested++;
      const [winner, loser] = winnerAndLoser(outcomes);
      expect(winner.token).toMatchObject({ id: account.tokenId });
      expect(winner.token.revokedAt).toEqual(expect.any(String));
      expect(loser.token ?? null).toBeNull();
      expect(loser.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE_TRANSITION', field: ['id'] })]);
      const row = await db
        .selectFrom('apiToken')
        .select('revokedAt')
        .where('id', '=', account.tokenId)
        .executeTakeFirstOrThrow();
      expect(row.revokedAt).toBe(winner.token.revokedAt);
    }
    expect(contested).toBeGreaterThan(0);
  }, 60_000);

  it(`projectCreate: of two concurrent creations with one name one succeeds, one is CONFLICT (${ROUNDS} rounds)`, async () => {
    let contested = 0;
    for (let round = 0; round < ROUNDS || (contested === 0 && round < MAX_ROUNDS); round++) {
      const name = `Raced project ${round}`;
      const call: Call = {
        op: 'projectCreate',
        viewer: fixture.owner.viewer,
        input: { organizationId: fixture.organizationId, name },
      };
      const outcomes = await racers.race([call, call]);
      if (overlapped(outcomes)) contested++;
      const [winner, loser] = winnerAndLoser(outcomes);
      expect(winner.project).toMatchObject({ name, organizationId: fixture.organizationId });
      expect(loser.project ?? null).toBeNull();
      expect(loser.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'name'] })]);
      const rows = await db
        .selectFrom('project')
        .select('id')
        .where('organizationId', '=', fixture.organizationId)
        .where('name', '=', name)
        .execute();
      expect(rows).toEqual([{ id: winner.project.id }]);
    }
    expect(contested).toBeGreaterThan(0);
  }, 60_000);

  it(`organizationMemberSet: two OWNERs demoting each other at once leave one OWNER (${ROUNDS} rounds)`, async () => {
    const emailOf = async (userId: string) =>
      (await db.selectFrom('appUser').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email;
    const ownerless: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { organizationId, owner } = await insertProject(db, `Owners ${round}`);
      const second = await insertAccount(db, { organizationId, organizationRole: 'OWNER' });
      const outcomes = await racers.race([
        {
          op: 'organizationMemberSet',
          viewer: owner.viewer,
          input: { organizationId, email: await emailOf(second.userId), role: 'MEMBER' },
        },
        {
          op: 'organizationMemberSet',
          viewer: second.viewer,
          input: { organizationId, email: await emailOf(owner.userId), role: 'MEMBER' },
        },
      ]);
      const owners = await db
        .selectFrom('organizationMember')
        .select('userId')
        .where('organizationId', '=', organizationId)
        .where('role', '=', 'OWNER')
        .execute();
      if (owners.length === 0) {
        ownerless.push(round);
        continue;
      }
      expect(owners).toHaveLength(1);
      // The loser either found the other OWNER gone (PRECONDITION_FAILED) or was no OWNER any more (FORBIDDEN).
      const successes = outcomes.filter((o) => o.payload && o.payload.userErrors.length === 0);
      expect(successes).toHaveLength(1);
      const loser = outcomes.find((o) => o !== successes[0])!;
      if (loser.thrown) expect(loser.thrownCode).toBe('FORBIDDEN');
      else expect(loser.payload!.userErrors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED' })]);
    }
    expect({ roundsLeftWithoutOwner: ownerless }).toEqual({ roundsLeftWithoutOwner: [] });
  }, 60_000);
});
