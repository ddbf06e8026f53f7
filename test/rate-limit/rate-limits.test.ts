import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createDb, type Database } from '../../src/db/database';
import { startAnnograph, type RunningServer } from '../../src/start';
import { insertAccount, type Account } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// Issue 15: per-token cost-based leaky buckets, shared by instances through the database.
const QUERY = `query($id: ID!) { project(id: $id) { tasks(first: 10) { nodes { id } } } }`; // 12 objects, estimate 12

describe(`${DIALECT}: per-token rate limits`, () => {
  let t: TestDb;
  let secondPool: Database | undefined;
  let projectId: string;
  let organizationSlug: string;
  let ada: Account;
  let bob: Account;
  const running: RunningServer[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    const fixture = await insertProject(t.db, 'Rate limits');
    ({ projectId } = fixture);
    ada = fixture.owner;
    bob = await insertAccount(t.db, { organizationId: fixture.organizationId, organizationRole: 'OWNER' });
    organizationSlug = (
      await t.db
        .selectFrom('organization')
        .select('slug')
        .where('id', '=', fixture.organizationId)
        .executeTakeFirstOrThrow()
    ).slug;
    await insertGenAiTasks(t.db, projectId, 10, { threads: 1, turns: 1, annotationsPerLevel: 0, chunks: 0 });
    // A second instance gets its own connection pool on PostgreSQL, as another process would.
    if (t.schema) secondPool = createDb({ url: process.env.DATABASE_URL!, searchPath: t.schema, poolSize: 2 });
  });
  afterAll(async () => {
    for (const server of running) await server.stop();
    await secondPool?.destroy();
    await t.destroy();
  });

  async function start(env: Record<string, string>, db: Database = t.db): Promise<RunningServer> {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off', LOG_LEVEL: 'silent', ...env });
    const server = await startAnnograph(config, pino({ level: 'silent' }), db);
    running.push(server);
    return server;
  }
  async function ask(server: RunningServer, who: Account, query = QUERY) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${who.secret}` },
      body: JSON.stringify({ query, variables: { id: projectId } }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: await response.json(),
    };
  }
  const freshBuckets = () => t.db.deleteFrom('rateLimitBucket').execute();

  it('drains by the actual cost, answers 429 RATE_LIMITED with Retry-After, keeps tokens apart, and refills', async () => {
    await freshBuckets();
    const server = await start({ RATE_LIMIT_POINTS: '40', RATE_LIMIT_RESTORE_RATE: '12', RATE_LIMIT_SYNC_MS: '0' });
    const first = await ask(server, ada);
    expect(first.status).toBe(200);
    expect(first.body.extensions.cost).toEqual({
      requestedQueryCost: 12,
      actualQueryCost: 12,
      throttleStatus: { maximumAvailable: 40, currentlyAvailable: expect.any(Number), restoreRate: 12 },
    });
    expect(first.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(28 + 1);
    await ask(server, ada);
    await ask(server, ada);
    const refused = await ask(server, ada);
    expect(refused.status).toBe(429);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: Number(refused.retryAfter),
    });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0].message).toMatch(/may cost 12 points/);
    // Another token has its own bucket.
    expect((await ask(server, bob)).status).toBe(200);
    // 12 points a second come back: after Retry-After the same request is admitted again.
    await new Promise((resolve) => setTimeout(resolve, Number(refused.retryAfter) * 1000 + 100));
    expect((await ask(server, ada)).status).toBe(200);
  });

  it('reserves at admission: of 30 requests at once, only what the bucket holds is admitted', async () => {
    await freshBuckets();
    const server = await start({ RATE_LIMIT_POINTS: '40', RATE_LIMIT_RESTORE_RATE: '1', RATE_LIMIT_SYNC_MS: '60000' });
    const answers = await Promise.all(Array.from({ length: 30 }, () => ask(server, ada)));
    const admitted = answers.filter((a) => a.status === 200).length;
    expect(answers.every((a) => a.status === 200 || a.status === 429)).toBe(true);
    // 40 points, 12 each: three fit (a point may come back while they run).
    expect(admitted).toBeGreaterThanOrEqual(3);
    expect(admitted).toBeLessThanOrEqual(4);
  });

  it('charges at least one point per request: __typename, introspection and invalid documents drain a bucket too', async () => {
    await freshBuckets();
    const server = await start({ RATE_LIMIT_POINTS: '3', RATE_LIMIT_RESTORE_RATE: '1', RATE_LIMIT_SYNC_MS: '0' });
    expect((await ask(server, ada, '{ __typename }')).body.extensions.cost).toMatchObject({
      actualQueryCost: 0,
      throttleStatus: { currentlyAvailable: 2 },
    });
    expect((await ask(server, ada, '{ nope }')).body.extensions.cost.throttleStatus).toMatchObject({
      currentlyAvailable: 1,
    });
    expect((await ask(server, ada, '{ __typename }')).body.extensions.cost.throttleStatus).toMatchObject({
      currentlyAvailable: 0,
    });
    expect((await ask(server, ada, '{ __schema { queryType { name } } }')).status).toBe(429);
  });

  it('answers rateLimit { limit remaining resetAt cost } as GitHub does', async () => {
    await freshBuckets();
    const server = await start({ RATE_LIMIT_POINTS: '1000', RATE_LIMIT_RESTORE_RATE: '10', RATE_LIMIT_SYNC_MS: '0' });
    await ask(server, ada);
    const before = Date.now();
    const { body } = await ask(
      server,
      ada,
      `query($id: ID!) { rateLimit { limit remaining resetAt cost restoreRate } project(id: $id) { id } }`,
    );
    const rateLimit = body.data.rateLimit;
    expect(rateLimit).toMatchObject({ limit: 1000, cost: 2, restoreRate: 10 });
    // After the first request's 12 and this one's reservation of 2 (its estimate), give or take a refilled point.
    expect(rateLimit.remaining).toBeGreaterThanOrEqual(1000 - 12 - 2);
    expect(rateLimit.remaining).toBeLessThanOrEqual(1000 - 12 - 2 + 1);
    const resetIn = Date.parse(rateLimit.resetAt) - before;
    expect(resetIn).toBeGreaterThan(900);
    expect(resetIn).toBeLessThan(1_400 + 1000);
  });

  it('shares one bucket between two instances on one database', async () => {
    await freshBuckets();
    const env = { RATE_LIMIT_POINTS: '40', RATE_LIMIT_RESTORE_RATE: '1', RATE_LIMIT_SYNC_MS: '0' };
    const one = await start(env);
    const two = await start(env, secondPool ?? t.db);
    expect((await ask(one, ada)).status).toBe(200);
    expect((await ask(two, ada)).status).toBe(200);
    expect((await ask(one, ada)).status).toBe(200);
    // 36 of 40 points spent across both: neither instance admits a fourth request of 12.
    expect((await ask(two, ada)).status).toBe(429);
    expect((await ask(one, ada)).status).toBe(429);
    const row = await t.db
      .selectFrom('rateLimitBucket')
      .select('available')
      .where('tokenId', '=', ada.tokenId)
      .executeTakeFirstOrThrow();
    expect(Number(row.available)).toBeLessThan(6);
  });

  it('writes a bucket at most once per sync interval however many requests come', async () => {
    await freshBuckets();
    const server = await start({
      RATE_LIMIT_POINTS: '1000000',
      RATE_LIMIT_RESTORE_RATE: '1000',
      RATE_LIMIT_SYNC_MS: '60000',
    });
    t.statements.length = 0;
    for (let i = 0; i < 20; i++) expect((await ask(server, ada)).status).toBe(200);
    expect(t.statements.filter((s) => /rate_limit_bucket/.test(s))).toHaveLength(1);
  });

  it('takes an organization override, and RATE_LIMIT_POINTS=0 turns limits off', async () => {
    await freshBuckets();
    const limited = await start({
      RATE_LIMIT_POINTS: '5',
      RATE_LIMIT_RESTORE_RATE: '1',
      RATE_LIMIT_OVERRIDES: `${organizationSlug}=500:50`,
      RATE_LIMIT_SYNC_MS: '0',
    });
    const answer = await ask(limited, ada);
    expect(answer.status).toBe(200);
    expect(answer.body.extensions.cost.throttleStatus).toMatchObject({ maximumAvailable: 500, restoreRate: 50 });
    const off = await start({ RATE_LIMIT_POINTS: '0' });
    const free = await ask(off, ada, `query($id: ID!) { rateLimit { limit } project(id: $id) { id } }`);
    expect(free.body.data.rateLimit).toBeNull();
    expect(free.body.extensions.cost).toMatchObject({
      requestedQueryCost: 2,
      actualQueryCost: 2,
      throttleStatus: null,
    });
    expect(() => loadConfig({ RATE_LIMIT_OVERRIDES: 'acme=lots' })).toThrow(/RATE_LIMIT_OVERRIDES/);
  });
});
