import { Webhook as StandardWebhook } from 'standardwebhooks';
import { parseOutboundAllowedHosts, STRICT_OUTBOUND_POLICY } from '../../src/outbound/outbound-policy';
import { recordChange, SYSTEM_ACTOR, transactionWithChanges } from '../../src/modules/change/change-log';
import { drainWebhooks, type WebhookWorkerOptions } from '../../src/modules/webhook/webhook-worker';
import { findClaimableWebhookIds } from '../../src/modules/webhook/webhook-worker.repository';
import { insertAccount, insertServiceToken } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { createTestServer, testSecrets } from '../support/server';
import { startReceiver, type Answer, type Received } from '../support/webhook-receiver';

// Webhooks end to end (issue 18, section 3): created through the GraphQL server, fed by changes made through it,
// delivered by the worker (drained here, so nothing depends on a timer) to a real HTTP receiver on 127.0.0.1 that
// OUTBOUND_ALLOWED_HOSTS admits. Every delivery is verified with the `standardwebhooks` package, never with
// Annograph's own signing code.
const ALLOW_LOOPBACK = parseOutboundAllowedHosts('127.0.0.1');

const CREATE = `mutation($input: WebhookCreateInput!) {
  webhookCreate(input: $input) { webhook { id url types enabled description } secret userErrors { field code message } }
}`;
const DELIVERIES = `query($id: ID!) { webhook(id: $id) { enabled consecutiveFailures disabledAt deliveries(first: 100) {
  totalCount nodes { id outcome attemptCount lastStatusCode lastDurationMs lastError responseExcerpt nextAttemptAt
    changeId changeType change { id type } } } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// A retry due a minute later: a test that counts one attempt is not raced by a retry within the same drain (the
// default test backoff of 5 ms is due again before a slow store finishes the drain).
const ONE_ATTEMPT_PER_DRAIN = { maxAttempts: 3, backoffBaseMs: 60_000, disableAfter: 0 };

describe(`${DIALECT}: webhooks`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let strictServer: Awaited<ReturnType<typeof createTestServer>>;
  let p: Awaited<ReturnType<typeof insertProject>>;
  let admin: Awaited<ReturnType<typeof insertAccount>>;
  let manager: Awaited<ReturnType<typeof insertAccount>>;
  const receivers: { close: () => Promise<void> }[] = [];

  const worker = (over: Partial<WebhookWorkerOptions> = {}): WebhookWorkerOptions => ({
    workerId: 'test-worker',
    outbound: ALLOW_LOOPBACK,
    secrets: testSecrets,
    config: { maxAttempts: 3, backoffBaseMs: 5, disableAfter: 0 },
    ...over,
  });

  /** Drains until `done` holds (a bound of 400 rounds, not a timing assertion). */
  async function deliverUntil(done: () => boolean | Promise<boolean>, opts = worker()) {
    for (let round = 0; round < 400; round++) {
      await drainWebhooks(t.db, opts);
      if (await done()) return;
      await sleep(10);
    }
    throw new Error('the deliveries did not arrive');
  }

  async function receiver(answer?: (r: Received, i: number) => Answer) {
    const r = await startReceiver(answer);
    receivers.push(r);
    return r;
  }

  async function createHook(input: Record<string, unknown>, viewer = admin.viewer, s = server) {
    const result = await s.execute(CREATE, { input: { projectId: p.projectId, ...input } }, viewer);
    return result;
  }

  const taskCreate = async () => {
    const r = await server.execute(
      'mutation($p: ID!) { taskCreate(input: { projectId: $p }) { task { id } userErrors { code } } }',
      { p: p.projectId },
      admin.viewer,
    );
    return r.data!.taskCreate.task.id as string;
  };

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db, {}, { outbound: ALLOW_LOOPBACK });
    strictServer = await createTestServer(t.db, {}, { outbound: STRICT_OUTBOUND_POLICY });
    p = await insertProject(t.db, 'Hooks');
    admin = await insertAccount(t.db, {
      organizationId: p.organizationId,
      organizationRole: 'MEMBER',
      projectId: p.projectId,
      projectRole: 'ADMIN',
    });
    manager = await insertAccount(t.db, {
      organizationId: p.organizationId,
      organizationRole: 'MEMBER',
      projectId: p.projectId,
      projectRole: 'MANAGER',
    });
  });
  afterAll(async () => {
    for (const r of receivers) await r.close();
    await server.stop();
    await strictServer.stop();
    await t.destroy();
  });

  // Each test leaves its webhooks disabled, so that the next one's drains deliver only to its own.
  afterEach(async () => {
    await t.db.updateTable('webhook').set({ enabled: 0 }).execute();
  });

  it('shows the secret once, stores it sealed, and delivers changes in order, each verified by standardwebhooks', async () => {
    const r = await receiver();
    const denied = await createHook({ url: r.url }, manager.viewer);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await createHook({ url: r.url, types: ['TASK_CREATED', 'TASK_STATUS_CHANGED'], description: 'ci' });
    const payload = created.data!.webhookCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(payload.webhook).toMatchObject({ types: ['TASK_CREATED', 'TASK_STATUS_CHANGED'], enabled: true });
    const stored = await t.db
      .selectFrom('webhook')
      .select('secret')
      .where('id', '=', payload.webhook.id)
      .executeTakeFirstOrThrow();
    expect(stored.secret).not.toContain(payload.secret.slice(6));
    expect(stored.secret).toMatch(/^v1:/);
    expect(testSecrets.open(stored.secret)).toBe(payload.secret);
    // No field reads it back.
    const readBack = await server.execute(
      'query($id: ID!) { webhook(id: $id) { secret } }',
      { id: payload.webhook.id },
      admin.viewer,
    );
    expect(readBack.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const tasks = [await taskCreate(), await taskCreate(), await taskCreate()];
    await server.execute(
      'mutation($id: ID!) { taskCancel(id: $id) { userErrors { code } } }',
      { id: tasks[1] },
      admin.viewer,
    );
    await deliverUntil(() => r.received.length >= 4);

    const verifier = new StandardWebhook(payload.secret);
    const bodies = r.received.map((req) => verifier.verify(req.body, req.headers) as any);
    expect(bodies.map((b) => [b.type, b.data.objectId])).toEqual([
      ['TASK_CREATED', tasks[0]],
      ['TASK_CREATED', tasks[1]],
      ['TASK_CREATED', tasks[2]],
      ['TASK_STATUS_CHANGED', tasks[1]],
    ]);
    expect(r.received.map((req) => req.headers['webhook-id'])).toEqual(bodies.map((b) => b.data.id));
    expect(r.received[0].headers['content-type']).toBe('application/json');
    expect(bodies[3].data.payload).toMatchObject({ from: 'PENDING', to: 'CANCELED' });
    // A forged body fails the same verifier (the check can fail).
    expect(() => verifier.verify(r.received[0].body.replace('TASK', 'TASX'), r.received[0].headers)).toThrow();

    const log = await server.execute(DELIVERIES, { id: payload.webhook.id }, admin.viewer);
    const nodes = log.data!.webhook.deliveries.nodes;
    expect(
      nodes.map((n: any) => [n.outcome, n.attemptCount, n.lastStatusCode, n.responseExcerpt, n.nextAttemptAt]),
    ).toEqual(Array(4).fill(['SUCCEEDED', 1, 200, 'ok', null]));
    expect(nodes.map((n: any) => n.change.id)).toEqual(bodies.map((b) => b.data.id));
    // Others see no webhook at all: not the manager, not through the project.
    const asManager = await server.execute(
      'query($id: ID!, $p: ID!) { webhook(id: $id) { id } project(id: $p) { webhooks { totalCount } } }',
      { id: payload.webhook.id, p: p.projectId },
      manager.viewer,
    );
    expect(asManager.data).toEqual({ webhook: null, project: { webhooks: null } });
    const asAdmin = await server.execute(
      'query($p: ID!) { project(id: $p) { webhooks { nodes { id } } } }',
      { p: p.projectId },
      admin.viewer,
    );
    expect(asAdmin.data!.project.webhooks.nodes.map((n: any) => n.id)).toContain(payload.webhook.id);
  });

  it("wakes a project webhook only for its own project's changes (a change elsewhere claims nothing)", async () => {
    const r = await receiver();
    const created = await createHook({ url: r.url });
    const hookId = created.data!.webhookCreate.webhook.id as string;
    await taskCreate();
    await deliverUntil(
      async () => !(await findClaimableWebhookIds(t.db, new Date().toISOString(), 50)).includes(hookId),
    );
    const elsewhere = await insertProject(t.db, 'Elsewhere');
    await transactionWithChanges(t.db, async (trx) =>
      recordChange(trx, {
        type: 'PROJECT_CREATED',
        objectId: elsewhere.projectId,
        projectId: elsewhere.projectId,
        by: SYSTEM_ACTOR,
      }),
    );
    expect(await findClaimableWebhookIds(t.db, new Date().toISOString(), 50)).not.toContain(hookId);
    await taskCreate();
    expect(await findClaimableWebhookIds(t.db, new Date().toISOString(), 50)).toContain(hookId);
    await server.execute(
      'mutation($id: ID!) { webhookDelete(id: $id) { userErrors { code } } }',
      { id: hookId },
      admin.viewer,
    );
  });

  it('retries a failed delivery with the same webhook-id, holding back the next one until it succeeds', async () => {
    const r = await receiver((_req, i) => ({ status: i === 0 ? 500 : 200, body: i === 0 ? 'try later' : 'ok' }));
    const created = await createHook({ url: r.url, types: ['TASK_CREATED'] });
    const { webhook } = created.data!.webhookCreate;
    const first = await taskCreate();
    const second = await taskCreate();
    await deliverUntil(() => r.received.length >= 3);
    const ids = r.received.map((req) => JSON.parse(req.body).data.objectId);
    expect(ids).toEqual([first, first, second]);
    expect(r.received[0].headers['webhook-id']).toBe(r.received[1].headers['webhook-id']);
    const log = await server.execute(DELIVERIES, { id: webhook.id }, admin.viewer);
    expect(log.data!.webhook.deliveries.nodes.map((n: any) => [n.outcome, n.attemptCount, n.lastStatusCode])).toEqual([
      ['SUCCEEDED', 2, 200],
      ['SUCCEEDED', 1, 200],
    ]);
  });

  it('ends a delivery DEAD after the last attempt and disables a webhook that keeps failing', async () => {
    const r = await receiver(() => ({ status: 503, body: 'x'.repeat(5000) }));
    const created = await createHook({ url: r.url, types: ['TASK_CREATED'] });
    const { webhook } = created.data!.webhookCreate;
    await taskCreate();
    const opts = worker({ config: { maxAttempts: 3, backoffBaseMs: 5, disableAfter: 3 } });
    await deliverUntil(async () => {
      const row = await t.db
        .selectFrom('webhook')
        .select('enabled')
        .where('id', '=', webhook.id)
        .executeTakeFirstOrThrow();
      return row.enabled === 0;
    }, opts);
    expect(r.received).toHaveLength(3);
    const log = await server.execute(DELIVERIES, { id: webhook.id }, admin.viewer);
    const hook = log.data!.webhook;
    expect(hook).toMatchObject({ enabled: false, consecutiveFailures: 3 });
    expect(hook.disabledAt).not.toBeNull();
    const [delivery] = hook.deliveries.nodes;
    expect(delivery).toMatchObject({ outcome: 'DEAD', attemptCount: 3, lastStatusCode: 503, nextAttemptAt: null });
    expect(Buffer.byteLength(delivery.responseExcerpt)).toBeLessThanOrEqual(1024);
    const changes = await server.execute(
      'query($p: ID!) { changes(projectId: $p, types: [WEBHOOK_DISABLED]) { nodes { objectId actor { kind } payload } } }',
      { p: p.projectId },
      admin.viewer,
    );
    expect(changes.data!.changes.nodes).toEqual([
      { objectId: webhook.id, actor: { kind: 'WORKER' }, payload: expect.objectContaining({ consecutiveFailures: 3 }) },
    ]);
    // Retry needs the webhook enabled; then the DEAD delivery is queued again.
    const retry = 'mutation($id: ID!) { webhookDeliveryRetry(id: $id) { delivery { outcome } userErrors { code } } }';
    const refused = await server.execute(retry, { id: delivery.id }, admin.viewer);
    expect(refused.data!.webhookDeliveryRetry.userErrors).toEqual([{ code: 'PRECONDITION_FAILED' }]);
    const enabled = await server.execute(
      'mutation($id: ID!) { webhookUpdate(id: $id, input: { enabled: true }) { webhook { enabled consecutiveFailures } userErrors { code } } }',
      { id: webhook.id },
      admin.viewer,
    );
    expect(enabled.data!.webhookUpdate.webhook).toEqual({ enabled: true, consecutiveFailures: 0 });
    const retried = await server.execute(retry, { id: delivery.id }, admin.viewer);
    expect(retried.data!.webhookDeliveryRetry).toEqual({ delivery: { outcome: 'PENDING' }, userErrors: [] });
  });

  it('signs with the old and the new secret during a rotation', async () => {
    const r = await receiver();
    const created = await createHook({ url: r.url, types: ['TASK_CREATED'] });
    const { webhook, secret: oldSecret } = created.data!.webhookCreate;
    const rotated = await server.execute(
      'mutation($id: ID!) { webhookRotateSecret(id: $id) { secret webhook { previousSecretExpiresAt } userErrors { code } } }',
      { id: webhook.id },
      admin.viewer,
    );
    const { secret: newSecret } = rotated.data!.webhookRotateSecret;
    expect(newSecret).not.toBe(oldSecret);
    await taskCreate();
    await deliverUntil(() => r.received.length >= 1);
    const [req] = r.received;
    expect(req.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new StandardWebhook(oldSecret).verify(req.body, req.headers)).toBeTruthy();
    expect(new StandardWebhook(newSecret).verify(req.body, req.headers)).toBeTruthy();
    expect(() =>
      new StandardWebhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(req.body, req.headers),
    ).toThrow();
    // No change payload names a secret.
    const payloads = await t.db.selectFrom('change').select('payloadJson').where('objectId', '=', webhook.id).execute();
    expect(payloads.length).toBeGreaterThan(0);
    for (const { payloadJson } of payloads) {
      expect(payloadJson).not.toContain(oldSecret.slice(6));
      expect(payloadJson).not.toContain(newSecret.slice(6));
    }
  });

  it('refuses a URL resolving to loopback at creation and at call time without the allow-list', async () => {
    const r = await receiver();
    const refused = await createHook({ url: `http://localhost:${r.port}/hook` }, admin.viewer, strictServer);
    expect(refused.data!.webhookCreate.webhook).toBeNull();
    expect(refused.data!.webhookCreate.userErrors).toEqual([
      { field: ['input', 'url'], code: 'BAD_USER_INPUT', message: expect.stringContaining('loopback') },
    ]);
    // Allowed when created, refused when called by a worker whose policy does not allow it.
    const created = await createHook({ url: r.url, types: ['TASK_CREATED'] });
    const { webhook } = created.data!.webhookCreate;
    await taskCreate();
    await drainWebhooks(t.db, worker({ outbound: STRICT_OUTBOUND_POLICY, config: ONE_ATTEMPT_PER_DRAIN }));
    expect(r.received).toHaveLength(0);
    const log = await server.execute(DELIVERIES, { id: webhook.id }, admin.viewer);
    expect(log.data!.webhook.deliveries.nodes[0]).toMatchObject({
      outcome: 'FAILED_RETRYING',
      attemptCount: 1,
      lastStatusCode: null,
      lastError: expect.stringContaining('loopback'),
    });
  });

  it('does not follow a redirect', async () => {
    const target = await receiver();
    const r = await receiver(() => ({ status: 302, headers: { location: target.url } }));
    const created = await createHook({ url: r.url, types: ['TASK_CREATED'] });
    const { webhook } = created.data!.webhookCreate;
    await taskCreate();
    await drainWebhooks(t.db, worker({ config: ONE_ATTEMPT_PER_DRAIN }));
    expect(r.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    const log = await server.execute(DELIVERIES, { id: webhook.id }, admin.viewer);
    expect(log.data!.webhook.deliveries.nodes[0]).toMatchObject({
      outcome: 'FAILED_RETRYING',
      lastStatusCode: 302,
      lastError: expect.stringContaining('redirect'),
    });
  });

  it('delivers a project change to an organization webhook, made by an organization OWNER only', async () => {
    const r = await receiver();
    const token = await insertServiceToken(t.db, p.organizationId, 'ADMIN');
    const input = { organizationId: p.organizationId, url: r.url, types: ['TASK_CREATED'] };
    const byToken = await server.execute(CREATE, { input }, token.viewer);
    expect(byToken.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await server.execute(CREATE, { input }, admin.viewer);
    expect(byAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = await server.execute(CREATE, { input }, p.owner.viewer);
    const { webhook, secret } = created.data!.webhookCreate;
    expect(webhook).not.toBeNull();
    const task = await taskCreate();
    await deliverUntil(() => r.received.length >= 1);
    expect((new StandardWebhook(secret).verify(r.received[0].body, r.received[0].headers) as any).data.objectId).toBe(
      task,
    );
    const listed = await server.execute(
      'query($o: ID!) { organization(id: $o) { webhooks { nodes { id } } } }',
      { o: p.organizationId },
      p.owner.viewer,
    );
    expect(listed.data!.organization.webhooks.nodes).toEqual([{ id: webhook.id }]);
    const deleted = await server.execute(
      'mutation($id: ID!) { webhookDelete(id: $id) { deletedId userErrors { code } } }',
      { id: webhook.id },
      p.owner.viewer,
    );
    expect(deleted.data!.webhookDelete).toEqual({ deletedId: webhook.id, userErrors: [] });
  });
});
