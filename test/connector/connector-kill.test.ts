import type { ChildProcess } from 'node:child_process';
import type { Database } from '../../src/db/database';
import { SYSTEM_ACTOR } from '../../src/modules/change/change-log';
import { enqueueConnectorRun } from '../../src/modules/connector/connector.service';
import { sharedDatabase, startChildServer } from '../support/child-server';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { scaleTasks, startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { insertScaleConnector } from '../support/connector-rows';

// kill -9 in the middle of a connector run loses and doubles nothing, and does not start over (issue 21). A real
// server (kill-server.ts, startAnnograph with its connector worker) syncs TASKS Scale tasks from a slow fake, is
// SIGKILLed once some pages are committed; a second server takes the run over when the lease runs out and goes on
// from the committed checkpoint: its first request carries that page's next_token, every task is there once, and
// the counts add up to one pass over the upstream.
const TASKS = 1500;
const LEASE_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`${DIALECT}: kill -9 during a connector run`, () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let db: Database;
  let fake: FakeScale;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    shared = await sharedDatabase('connkill');
    db = shared.db;
    fake = await startFakeScale('k', { projectName: 'Big', tasks: scaleTasks(TASKS), batches: [] });
    fake.slow(150);
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await fake.close();
    await shared?.cleanup();
  });

  const start = async () => {
    const child = await startChildServer({
      ...shared.env,
      OUTBOUND_ALLOWED_HOSTS: '127.0.0.1',
      EXPORT_WORKER: 'off',
      WEBHOOK_WORKER: 'off',
      WORKER_LEASE_MS: String(LEASE_MS),
      WORKER_INTERVAL_MS: '100',
    });
    children.push(child.proc);
    return child;
  };
  const runRow = (id: string) =>
    db.selectFrom('connectorRun').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('resumes at the last committed page: every task once, counts of one pass', async () => {
    const { projectId } = await insertProject(db, 'Kill connector');
    const connectorId = await insertScaleConnector(db, { projectId, baseUrl: fake.url, key: 'k', projectName: 'Big' });
    const queued = await enqueueConnectorRun(db, { id: connectorId, projectId }, 'MANUAL', {
      createdBy: null,
      actor: SYSTEM_ACTOR,
    });
    if (!queued.ok) throw new Error('not queued');
    const runId = queued.value.id;

    const first = await start();
    for (let i = 0; i < 400 && (await runRow(runId)).pages < 4; i++) await sleep(25);
    first.proc.kill('SIGKILL');
    await first.exited;
    const atKill = await runRow(runId);
    expect(atKill.status).toBe('IN_PROGRESS');
    expect(atKill.pages).toBeGreaterThanOrEqual(4);
    const checkpoint = JSON.parse(atKill.checkpoint!) as { stage: string; token: string };
    expect(checkpoint.stage).toBe('tasks');
    const requestsBefore = fake.requests.length;

    await start();
    for (let i = 0; i < 800 && (await runRow(runId)).status === 'IN_PROGRESS'; i++) await sleep(50);
    const done = await runRow(runId);
    expect(done).toMatchObject({ status: 'COMPLETED', recordsFailed: 0, error: null });
    // One batches page (empty), TASKS / 100 tasks pages, counted once each, and one (empty) of deliveries.
    expect(done.pages).toBe(1 + TASKS / 100 + 1);
    expect(done.recordsCreated + done.recordsUnchanged).toBe(TASKS);
    expect(done.recordsUpdated).toBe(0);

    const resumed = fake.requests.slice(requestsBefore);
    expect(resumed[0].path).toBe('/v2/tasks');
    expect(resumed[0].query.get('next_token')).toBe(checkpoint.token);
    expect(resumed.some((r) => r.path === '/v2/batches')).toBe(false);

    const tasks = await db.selectFrom('task').select('externalId').where('projectId', '=', projectId).execute();
    expect(tasks).toHaveLength(TASKS);
    expect(new Set(tasks.map((t) => t.externalId)).size).toBe(TASKS);
  }, 90_000);
});
