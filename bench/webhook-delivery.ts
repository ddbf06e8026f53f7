// Webhook delivery throughput (issue 18: at least 200 deliveries/s to a local receiver). The delivery worker's own
// code (drainWebhooks, as src/start.ts runs it) on a store of its own (a temporary SQLite file, or a scratch schema
// of DATABASE_URL's PostgreSQL), `count` changes written through the change log beforehand, one webhook to a receiver
// on 127.0.0.1 (admitted like OUTBOUND_ALLOWED_HOSTS=127.0.0.1). Measured from the first drain to the last answer;
// every request is signed and verified by the receiver's count only (the tests verify signatures).
// Alone: npx tsx bench/webhook-delivery.ts [count]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, dialectOf, type Database } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { newId } from '../src/ids';
import { recordChange, SYSTEM_ACTOR, transactionWithChanges } from '../src/modules/change/change-log';
import { newWebhookSecret } from '../src/modules/webhook/webhook-signature';
import { drainWebhooks } from '../src/modules/webhook/webhook-worker';
import { parseOutboundAllowedHosts } from '../src/outbound/outbound-policy';
import { DEV_SECRETS_KEY, SecretBox } from '../src/secrets/secret-box';
import { startReceiver } from '../test/support/webhook-receiver';

export type WebhookFigures = { deliveries: number; seconds: number; perSecond: number; store: string };

async function scratchStore(
  url: string | undefined,
): Promise<{ db: Database; store: string; drop: () => Promise<void> }> {
  if (url && dialectOf(url) === 'postgres') {
    const schema = `bench_webhooks_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const db = createDb({ url, searchPath: schema, poolSize: 3 });
    await migrateToLatest(db, schema);
    return {
      db,
      store: 'postgres',
      drop: async () => {
        await db.destroy();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-bench-webhooks-'));
  const db = createDb({ url: `sqlite:${path.join(dir, 'webhooks.sqlite')}` });
  await migrateToLatest(db);
  return {
    db,
    store: 'sqlite',
    drop: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function measureWebhookDelivery(url: string | undefined, count: number): Promise<WebhookFigures> {
  const { db, store, drop } = await scratchStore(url);
  const receiver = await startReceiver();
  try {
    const now = new Date().toISOString();
    const organizationId = newId('organization');
    const projectId = newId('project');
    await db
      .insertInto('organization')
      .values({ id: organizationId, slug: 'bench', name: 'Bench', createdAt: now })
      .execute();
    await db
      .insertInto('project')
      .values({ id: projectId, organizationId, name: 'Bench', source: 'ANNOGRAPH', createdAt: now, updatedAt: now })
      .execute();
    const secrets = new SecretBox(DEV_SECRETS_KEY);
    await db
      .insertInto('webhook')
      .values({
        id: newId('webhook'),
        organizationId,
        projectId,
        url: receiver.url,
        typesJson: '[]',
        enabled: 1,
        secret: secrets.seal(newWebhookSecret()),
        cursor: 0,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    for (let i = 0; i < count; i += 500)
      await transactionWithChanges(db, async (trx) => {
        for (let j = i; j < Math.min(count, i + 500); j++)
          recordChange(trx, {
            type: 'TASK_CREATED',
            objectId: newId('task'),
            projectId,
            by: SYSTEM_ACTOR,
            payload: { n: j },
          });
      });
    const opts = { workerId: 'bench', outbound: parseOutboundAllowedHosts('127.0.0.1'), secrets };
    const started = performance.now();
    while (receiver.received.length < count) if ((await drainWebhooks(db, opts)) === 0) break;
    const seconds = (performance.now() - started) / 1000;
    if (receiver.received.length < count)
      throw new Error(`webhook bench: ${receiver.received.length} of ${count} deliveries arrived`);
    return { deliveries: count, seconds, perSecond: count / seconds, store };
  } finally {
    await receiver.close();
    await drop();
  }
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 2000);
  measureWebhookDelivery(process.env.DATABASE_URL, count)
    .then((f) =>
      process.stdout.write(
        `webhook delivery (${f.store}): ${f.deliveries} in ${f.seconds.toFixed(2)} s = ${f.perSecond.toFixed(0)}/s\n`,
      ),
    )
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    });
}
