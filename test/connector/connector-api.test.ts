import { SecretBox } from '../../src/secrets/secret-box';
import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { testSecrets } from '../support/server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';

// Issue 21, section 3: connectors configured through the API (MANAGER; credentials write-only and sealed; coded
// userErrors), runs queued one at a time per connector and run by the leased worker, listed as Connector.runs and
// seen as Jobs.
describe(`${DIALECT}: connector API`, () => {
  let s: ProjectServer;
  let fake: FakeScale;
  let api: ReturnType<typeof connectorApi>;
  const scale = () => ({
    projectId: s.projectId,
    kind: 'SCALE',
    baseUrl: fake.url,
    credentials: 'live_secret_key',
    options: { projectName: 'Support RLHF' },
  });

  beforeAll(async () => {
    s = await startProjectServer('Connector project', {}, { outbound: LOCAL_OUTBOUND });
    fake = await startFakeScale('live_secret_key');
    api = connectorApi((q, v) => s.server.execute(q, v));
  });
  afterAll(async () => {
    await fake.close();
    await stopProjectServer(s);
  });

  it('connectorCreate stores the credentials sealed and never answers them', async () => {
    const created = await api.create({ ...scale(), options: { projectName: 'Support RLHF', intervalMinutes: 30 } });
    expect(created.userErrors).toEqual([]);
    expect(created.connector).toMatchObject({
      kind: 'SCALE',
      baseUrl: fake.url,
      hasCredentials: true,
      intervalMinutes: 30,
    });
    expect(Date.parse(created.connector.nextRunAt)).toBeGreaterThan(Date.now() + 29 * 60_000);
    const row = await s.t.db
      .selectFrom('connector')
      .selectAll()
      .where('id', '=', created.connector.id)
      .executeTakeFirstOrThrow();
    expect(row.credentials).not.toContain('live_secret_key');
    expect(SecretBox.isSealed(row.credentials!)).toBe(true);
    expect(testSecrets.open(row.credentials!)).toBe('live_secret_key');
    const changes = await s.t.db.selectFrom('change').select('payloadJson').where('objectId', '=', row.id).execute();
    expect(JSON.stringify(changes)).not.toContain('live_secret_key');
  });

  it.each([
    ['a Scale connector without projectName', { options: {} }, ['input', 'options', 'projectName']],
    ['no credentials where the upstream needs them', { credentials: null }, ['input', 'credentials']],
    ['a base URL that is not http(s)', { baseUrl: 'ftp://example.com' }, ['input', 'baseUrl']],
    ['a base URL with a password', { baseUrl: 'https://u:p@example.com' }, ['input', 'baseUrl']],
    [
      'an interval of 0 minutes',
      { options: { projectName: 'X', intervalMinutes: 0 } },
      ['input', 'options', 'intervalMinutes'],
    ],
    ['options that are no object', { options: [1] }, ['input', 'options']],
  ])('refuses %s with BAD_USER_INPUT', async (_what, change, field) => {
    const created = await api.create({ ...scale(), ...change });
    expect(created.connector).toBeNull();
    expect(created.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
  });

  it('refuses a base URL the outbound guard would refuse, and an unknown project as NOT_FOUND', async () => {
    const strict = await startProjectServer('Strict');
    try {
      const strictApi = connectorApi((q, v) => strict.server.execute(q, v));
      const refused = await strictApi.create({ ...scale(), projectId: strict.projectId });
      expect(refused.userErrors).toEqual([
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: ['input', 'baseUrl'],
          message: expect.stringMatching(/loopback/),
        }),
      ]);
    } finally {
      await stopProjectServer(strict);
    }
    const unknown = await api.create({ ...scale(), projectId: 'proj_01JZZZZZZZZZZZZZZZZZZZZZZZ' });
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'projectId'] })]);
  });

  it('a VIEWER sees connectors but may not create or run them', async () => {
    const viewer = await insertAccount(s.t.db, {
      organizationId: s.organizationId,
      organizationRole: 'MEMBER',
      projectId: s.projectId,
      projectRole: 'VIEWER',
    });
    const created = await api.create(scale());
    s.server.actAs(viewer.viewer);
    try {
      const result = await s.server.execute('mutation($id: ID!) { connectorRun(id: $id) { run { id } } }', {
        id: created.connector.id,
      });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const seen = await api.data('query($id: ID!) { node(id: $id) { ... on Connector { kind hasCredentials } } }', {
        id: created.connector.id,
      });
      expect(seen.node).toEqual({ kind: 'SCALE', hasCredentials: true });
    } finally {
      s.server.actAs(s.owner.viewer);
    }
  });

  it('connectorRun queues one run at a time; the worker syncs it and a second sync writes nothing', async () => {
    const { connector } = await api.create(scale());
    const queued = await api.run(connector.id);
    expect(queued.userErrors).toEqual([]);
    expect(queued.run).toMatchObject({ status: 'PENDING', trigger: 'MANUAL', jobStatus: 'QUEUED', startedAt: null });
    const again = await api.run(connector.id);
    expect(again.run).toBeNull();
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(queued.run.id) }),
    ]);
    expect(await drain(s.t.db)).toBeGreaterThanOrEqual(1);
    const first = await api.runOf(queued.run.id);
    expect(first).toMatchObject({
      status: 'COMPLETED',
      pages: 7,
      created: 239,
      updated: 0,
      unchanged: 0,
      failed: 0,
      error: null,
      jobStatus: 'SUCCEEDED',
      jobProgress: { done: 239, failed: 0, total: 239, fraction: 1 },
    });
    const tasks = await api.data('query($p: ID!) { project(id: $p) { tasks { totalCount } } }', { p: s.projectId });
    expect(tasks.project.tasks.totalCount).toBe(230);

    // Incremental: completed_after the first run's start (less the clock margin); nothing changed, nothing written.
    const second = await api.run(connector.id);
    await drain(s.t.db);
    const done = await api.runOf(second.run.id);
    expect(done).toMatchObject({ status: 'COMPLETED', created: 0, updated: 0, failed: 0 });
    const last = fake.requests.filter((r) => r.path === '/v2/tasks').pop()!;
    expect(last.query.get('completed_after')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const listed = await api.data(
      'query($id: ID!) { node(id: $id) { ... on Connector { state runs { totalCount nodes { id } } } } }',
      { id: connector.id },
    );
    expect(listed.node.runs).toEqual({ totalCount: 2, nodes: [{ id: second.run.id }, { id: queued.run.id }] });
    expect(listed.node.state.completedAfter).toEqual(expect.any(String));
  });

  it('revoked credentials fail the run with a clear message', async () => {
    const { connector } = await api.create({ ...scale(), credentials: 'revoked_key' });
    const { run } = await api.run(connector.id);
    await drain(s.t.db);
    expect(await api.runOf(run.id)).toMatchObject({
      status: 'FAILED',
      jobStatus: 'FAILED',
      error: expect.stringMatching(/refused the connector's credentials \(HTTP 401: Invalid API key\)/),
      created: 0,
    });
  });

  it('connectorUpdate replaces credentials and options; connectorDelete takes the runs with it', async () => {
    const { connector } = await api.create({ ...scale(), credentials: 'old' });
    const updated = await api.data(
      'mutation($id: ID!) { connectorUpdate(id: $id, input: { credentials: "live_secret_key", options: { projectName: "Support RLHF", intervalMinutes: 5 } }) { connector { intervalMinutes hasCredentials } userErrors { code } } }',
      { id: connector.id },
    );
    expect(updated.connectorUpdate).toEqual({
      connector: { intervalMinutes: 5, hasCredentials: true },
      userErrors: [],
    });
    const row = await s.t.db
      .selectFrom('connector')
      .select('credentials')
      .where('id', '=', connector.id)
      .executeTakeFirstOrThrow();
    expect(testSecrets.open(row.credentials!)).toBe('live_secret_key');
    const { run } = await api.run(connector.id);
    const deleted = await api.data(
      'mutation($id: ID!) { connectorDelete(id: $id) { deletedId userErrors { code } } }',
      {
        id: connector.id,
      },
    );
    expect(deleted.connectorDelete).toEqual({ deletedId: connector.id, userErrors: [] });
    expect(await api.runOf(run.id)).toBeNull();
  });

  it('holds its lease through an upstream wait longer than the lease (429 with Retry-After)', async () => {
    const { connector } = await api.create(scale());
    const { run } = await api.run(connector.id);
    fake.failNext('/v2/tasks', { kind: 'status', status: 429, retryAfter: '120' });
    const leases: number[] = [];
    const sleep = async (ms: number) => {
      const row = await s.t.db
        .selectFrom('connectorRun')
        .select('leaseUntil')
        .where('id', '=', run.id)
        .executeTakeFirstOrThrow();
      leases.push(Date.parse(row.leaseUntil!) - Date.now() - ms);
    };
    await drain(s.t.db, { leaseMs: 1000, retry: { maxAttempts: 3, baseMs: 1, maxDelayMs: 300_000, sleep } });
    expect(await api.runOf(run.id)).toMatchObject({ status: 'COMPLETED' });
    // During the 120 s wait the lease reaches past its end by about a lease (1 s), not 1 s from before it.
    expect(leases).toHaveLength(1);
    expect(leases[0]).toBeGreaterThan(500);
  });
});
