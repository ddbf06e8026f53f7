import { createDb, type Database } from '../../src/db/database';
import { newId } from '../../src/ids';
import { enqueueDueConnectors } from '../../src/modules/connector/connector-worker';
import { enqueueConnectorRun } from '../../src/modules/connector/connector.service';
import { SYSTEM_ACTOR } from '../../src/modules/change/change-log';
import type { ChildProcess } from 'node:child_process';
import { insertAccount } from '../support/accounts';
import { sharedDatabase, startChildServer } from '../support/child-server';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { insertScaleConnector } from '../support/connector-rows';
import { drain } from './connector-helpers';

// One run per connector at a time across instances (D6). In this process: two pools on PostgreSQL (SQLite's
// synchronous driver cannot hold two writing handles in one process, so there the contenders interleave on one
// handle) queue, schedule and claim at once. Across processes: two real servers on one database (a WAL file, a
// PostgreSQL schema) answer connectorRun at once and both run the connector worker. The unique partial index and
// the conditional updates let exactly one win each time.
describe(`${DIALECT}: connector runs across instances`, () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let a: Database;
  let b: Database;
  let fake: FakeScale;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    shared = await sharedDatabase('connrace');
    a = shared.db;
    b =
      DIALECT === 'sqlite'
        ? a
        : createDb({ url: shared.env.DATABASE_URL, searchPath: shared.env.SEARCH_PATH || undefined, poolSize: 3 });
    fake = await startFakeScale('k');
  });
  afterAll(async () => {
    await fake.close();
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (b !== a) await b.destroy();
    await shared.cleanup();
  });

  const insertConnector = async (nextRunAt: string | null = null) => {
    const { projectId } = await insertProject(a, `Race ${newId('project')}`);
    const id = await insertScaleConnector(a, {
      projectId,
      baseUrl: fake.url,
      key: 'k',
      projectName: 'Support RLHF',
      nextRunAt,
    });
    return { id, projectId };
  };
  const runsOf = (connectorId: string) =>
    a.selectFrom('connectorRun').selectAll().where('connectorId', '=', connectorId).execute();

  it('of ten connectorRun calls at once on two connections, one queues a run and nine answer CONFLICT', async () => {
    const connector = await insertConnector();
    const by = { createdBy: null, actor: SYSTEM_ACTOR };
    const results = await Promise.all(
      Array.from({ length: 10 }, (_v, i) => enqueueConnectorRun(i % 2 ? a : b, connector, 'MANUAL', by)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(!r.ok && r.userErrors[0].code).toBe('CONFLICT');
    expect(await runsOf(connector.id)).toHaveLength(1);
  });

  it('a due schedule seen by two instances at once queues one run', async () => {
    const connector = await insertConnector(new Date(Date.now() - 1000).toISOString());
    const queued = await Promise.all([enqueueDueConnectors(a), enqueueDueConnectors(b)]);
    expect(queued[0] + queued[1]).toBe(1);
    const runs = await runsOf(connector.id);
    expect(runs.map((r) => r.trigger)).toEqual(['SCHEDULE']);
    const row = await a
      .selectFrom('connector')
      .select('nextRunAt')
      .where('id', '=', connector.id)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.nextRunAt!)).toBeGreaterThan(Date.now() + 59 * 60_000);
  });

  it('two workers draining at once: the run is paged once, by one of them', async () => {
    const connector = await insertConnector();
    const queued = await enqueueConnectorRun(a, connector, 'MANUAL', { createdBy: null, actor: SYSTEM_ACTOR });
    expect(queued.ok).toBe(true);
    // Only this run is claimable: the earlier tests' runs are set aside.
    await a.updateTable('connectorRun').set({ status: 'CANCELED' }).where('connectorId', '!=', connector.id).execute();
    fake.requests.length = 0;
    await Promise.all([drain(a, { workerId: 'worker-a' }), drain(b, { workerId: 'worker-b' })]);
    const [run] = await runsOf(connector.id);
    expect(run).toMatchObject({ status: 'COMPLETED', pages: 7, recordsCreated: 239 });
    // One batches page, three tasks pages, the deliveries and their 4 pages: paged by one worker, not twice.
    expect(fake.requests).toHaveLength(9);
  });

  it('two servers on one database: ten connectorRun calls at once queue one run, which one of them pages once', async () => {
    await a
      .updateTable('connectorRun')
      .set({ status: 'CANCELED' })
      .where('status', 'in', ['PENDING', 'IN_PROGRESS'])
      .execute();
    const connector = await insertConnector();
    const { secret } = await insertAccount(a, {
      organizationId: (
        await a
          .selectFrom('project')
          .select('organizationId')
          .where('id', '=', connector.projectId)
          .executeTakeFirstOrThrow()
      ).organizationId,
      organizationRole: 'OWNER',
    });
    const env = {
      ...shared.env,
      OUTBOUND_ALLOWED_HOSTS: '127.0.0.1',
      WORKER_INTERVAL_MS: '50',
      EXPORT_WORKER: 'off',
      WEBHOOK_WORKER: 'off',
    };
    const servers = await Promise.all([startChildServer(env), startChildServer(env)]);
    children.push(...servers.map((s) => s.proc));
    fake.requests.length = 0;
    // A slow upstream: the run is still IN_PROGRESS when the last of the ten calls arrives.
    fake.slow(400);
    const answers = await Promise.all(
      Array.from({ length: 10 }, async (_v, i) => {
        const response = await fetch(servers[i % 2].url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Token ${secret}` },
          body: JSON.stringify({
            query: 'mutation($id: ID!) { connectorRun(id: $id) { run { id } userErrors { code } } }',
            variables: { id: connector.id },
          }),
        });
        const body: any = await response.json();
        return body.data.connectorRun;
      }),
    );
    expect(answers.filter((r) => r.run)).toHaveLength(1);
    expect(answers.filter((r) => r.userErrors[0]?.code === 'CONFLICT')).toHaveLength(9);
    await waitFor(async () => (await runsOf(connector.id))[0]?.status === 'COMPLETED');
    const [run] = await runsOf(connector.id);
    expect(run).toMatchObject({ pages: 7, recordsCreated: 239 });
    expect(fake.requests).toHaveLength(9);
    fake.slow(0);
  }, 60_000);
});

/** Polls `condition` every 50 ms until it holds; fails after `ms`. */
async function waitFor(condition: () => Promise<boolean>, ms = 20_000) {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
