import type { ChildProcess } from 'node:child_process';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { Database } from '../../src/db/database';
import { newId } from '../../src/ids';
import { recordChange, SYSTEM_ACTOR, transactionWithChanges } from '../../src/modules/change/change-log';
import { newWebhookSecret } from '../../src/modules/webhook/webhook-signature';
import { DEV_SECRETS_KEY, sealSecret } from '../../src/secrets/secret-box';
import { sharedDatabase, startChildServer, type ChildServer } from '../support/child-server';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { startReceiver } from '../support/webhook-receiver';

// kill -9 during webhook delivery loses nothing (issue 18). A real server (test/support/kill-server.ts, the real
// startAnnograph with its webhook worker) delivers CHANGES changes of the log to a receiver on 127.0.0.1 that answers
// each request after a few ms, so requests are in flight; after KILL_AFTER requests it is SIGKILLed. A second server
// on the same database claims the webhook once the dead one's lease runs out and delivers the rest. Then every change
// reached the receiver at least once, verified by standardwebhooks; a duplicate carries the same webhook-id and body;
// first arrivals follow the change order; every delivery row is SUCCEEDED.
const CHANGES = 300;
const KILL_AFTER = 80;
const LEASE_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`${DIALECT}: kill -9 during webhook delivery`, () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let db: Database;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    shared = await sharedDatabase('hookkill');
    db = shared.db;
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await shared?.cleanup();
  });

  async function startChild(): Promise<ChildServer> {
    const child = await startChildServer({
      ...shared.env,
      WEBHOOK_WORKER: 'on',
      OUTBOUND_ALLOWED_HOSTS: '127.0.0.1',
      WORKER_LEASE_MS: String(LEASE_MS),
      WORKER_INTERVAL_MS: '100',
    });
    children.push(child.proc);
    return child;
  }

  async function until(what: string, done: () => boolean, limitMs = 60_000) {
    for (const end = Date.now() + limitMs; Date.now() < end; await sleep(25)) if (done()) return;
    throw new Error(`${what}: not within ${limitMs} ms`);
  }

  it('delivers every change at least once across a SIGKILL, duplicates with the same webhook-id', async () => {
    // A slow receiver: every answer waits a little, so that the kill finds a request in flight (received, not answered).
    const receiver = await startReceiver(() => ({ status: 200 }), 5);
    const { organizationId, projectId } = await insertProject(db, 'Kill hooks');
    const secret = newWebhookSecret();
    const webhookId = newId('webhook');
    const now = new Date().toISOString();
    await db
      .insertInto('webhook')
      .values({
        id: webhookId,
        organizationId,
        projectId,
        url: receiver.url,
        typesJson: '[]',
        enabled: 1,
        // The child runs outside production without SECRETS_KEY: the development key opens it.
        secret: sealSecret(secret, DEV_SECRETS_KEY),
        cursor: 0,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    // The changes, written by this process through the change log (as the CLI writes from another process).
    const changeIds: string[] = [];
    for (let i = 0; i < CHANGES; i += 50)
      await transactionWithChanges(db, async (trx) => {
        for (let j = i; j < Math.min(CHANGES, i + 50); j++)
          recordChange(trx, { type: 'TASK_CREATED', objectId: newId('task'), projectId, by: SYSTEM_ACTOR });
      });
    for (const row of await db.selectFrom('change').select('id').orderBy('sequence').execute()) changeIds.push(row.id);
    expect(changeIds).toHaveLength(CHANGES);

    const first = await startChild();
    await until('the first deliveries', () => receiver.received.length >= KILL_AFTER);
    first.proc.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const beforeRestart = receiver.received.length;
    expect(beforeRestart).toBeLessThan(CHANGES);

    const second = await startChild();
    const seen = () => new Set(receiver.received.map((r) => r.headers['webhook-id']));
    await until('every change delivered', () => seen().size >= CHANGES);
    const deliveries = () =>
      db.selectFrom('webhookDelivery').select(['changeId', 'outcome']).where('webhookId', '=', webhookId).execute();
    let rows = await deliveries();
    for (let round = 0; round < 400 && rows.some((r) => r.outcome !== 'SUCCEEDED'); round++) {
      await sleep(25);
      rows = await deliveries();
    }
    second.proc.kill('SIGKILL');
    await second.exited;
    await receiver.close();

    const verifier = new StandardWebhook(secret);
    for (const r of receiver.received) expect(() => verifier.verify(r.body, r.headers)).not.toThrow();
    expect([...seen()].sort()).toEqual([...changeIds].sort());
    // First arrivals in change order; a repeat (sent before the kill, its answer not recorded) is the same request.
    const firstArrivals = [...new Set(receiver.received.map((r) => r.headers['webhook-id']))];
    expect(firstArrivals).toEqual(changeIds);
    const bodyOf = new Map<string, string>();
    for (const r of receiver.received) {
      const id = r.headers['webhook-id'];
      if (bodyOf.has(id)) expect(r.body).toBe(bodyOf.get(id));
      else bodyOf.set(id, r.body);
      expect(JSON.parse(r.body).data.id).toBe(id);
    }
    // One row per change, each marked delivered.
    expect(rows.map((r) => r.changeId).sort()).toEqual([...changeIds].sort());
    expect(rows.filter((r) => r.outcome !== 'SUCCEEDED')).toEqual([]);
    console.log(
      `webhook kill -9: ${receiver.received.length} requests for ${CHANGES} changes (${receiver.received.length - CHANGES} repeated), ${beforeRestart} before the kill`,
    );
  }, 120_000);
});
