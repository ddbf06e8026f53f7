import { type ExpressionBuilder, type Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { WebhookDeliveryRow, WebhookRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';

// What the webhook delivery worker reads and writes (webhook-worker.ts). A worker holds a webhook by a lease
// (claimed_by, lease_until), taken by one conditional update as the inference worker takes a run (D6); every write
// to the webhook is held (it applies only while the lease is this worker's), so a worker that lost its webhook to
// another after a stall writes nothing there.

const OPEN = ['PENDING', 'FAILED_RETRYING'] as const;

/** Free to claim: enabled, and not leased (or its worker stopped renewing). */
const claimable = (now: string) => (eb: ExpressionBuilder<DB, 'webhook'>) =>
  eb.and([
    eb('webhook.enabled', '=', 1),
    eb.or([eb('webhook.leaseUntil', 'is', null), eb('webhook.leaseUntil', '<', now)]),
  ]);

const heldBy = (id: string, workerId: string) => (eb: ExpressionBuilder<DB, 'webhook'>) =>
  eb.and([eb('webhook.id', '=', id), eb('webhook.claimedBy', '=', workerId), eb('webhook.enabled', '=', 1)]);

/**
 * Claimable webhooks with work: changes past their cursor, or a first open delivery (the one the others wait for)
 * that is due now.
 */
export async function findClaimableWebhookIds(db: Database, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('webhook')
    .select('webhook.id')
    .where(claimable(now))
    .where((eb) =>
      eb.or([
        // Changes past the cursor in its scope: a project webhook by its project's newest change (the project index
        // answers it), so a change elsewhere wakes no project webhook; an organization webhook by the newest change
        // of all (an organization's changes have no index of their own on SQLite; enqueue filters).
        eb.and([
          eb('webhook.projectId', 'is not', null),
          eb(
            'webhook.cursor',
            '<',
            eb
              .selectFrom('change')
              .select((c) => c.fn.max('change.sequence').as('last'))
              .whereRef('change.projectId', '=', 'webhook.projectId'),
          ),
        ]),
        eb.and([
          eb('webhook.projectId', 'is', null),
          eb(
            'webhook.cursor',
            '<',
            eb.selectFrom('change').select((c) => c.fn.max('change.sequence').as('last')),
          ),
        ]),
        eb(
          eb
            .selectFrom('webhookDelivery')
            .select('webhookDelivery.nextAttemptAt')
            .whereRef('webhookDelivery.webhookId', '=', 'webhook.id')
            .where('webhookDelivery.outcome', 'in', OPEN)
            .orderBy('webhookDelivery.changeSequence')
            .limit(1),
          '<=',
          now,
        ),
      ]),
    )
    .orderBy('webhook.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Claims a webhook if it is still claimable; undefined when another worker was first. */
export function claimWebhook(
  db: Database,
  id: string,
  now: string,
  claim: { workerId: string; leaseUntil: string },
): Promise<WebhookRow | undefined> {
  return db
    .updateTable('webhook')
    .set({ claimedBy: claim.workerId, leaseUntil: claim.leaseUntil })
    .where(claimable(now))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Lets a held webhook go, for any worker to claim at once. */
export async function releaseWebhook(db: Database, id: string, workerId: string): Promise<void> {
  await db
    .updateTable('webhook')
    .set({ claimedBy: null, leaseUntil: null })
    .where('id', '=', id)
    .where('claimedBy', '=', workerId)
    .execute();
}

/** Queues deliveries; a change already queued for the webhook is skipped (unique per webhook and sequence). */
export async function insertWebhookDeliveries(trx: Database, rows: Insertable<DB['webhookDelivery']>[]) {
  if (!rows.length) return;
  await trx
    .insertInto('webhookDelivery')
    .values(rows)
    .onConflict((oc) => oc.columns(['webhookId', 'changeSequence']).doNothing())
    .execute();
}

/** Moves a held webhook's cursor from `from` to `to` and renews the lease; false when it is not held any more. */
export async function advanceHeldCursor(
  trx: Database,
  id: string,
  workerId: string,
  move: { from: number; to: number },
  leaseUntil: string,
): Promise<boolean> {
  const row = await trx
    .updateTable('webhook')
    .set({ cursor: move.to, leaseUntil })
    .where(heldBy(id, workerId))
    .where('cursor', '=', move.from)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** A webhook's open deliveries, oldest change first: what it must send next, in order. */
export function findOpenDeliveries(db: Database, webhookId: string, limit: number): Promise<WebhookDeliveryRow[]> {
  return db
    .selectFrom('webhookDelivery')
    .selectAll()
    .where('webhookId', '=', webhookId)
    .where('outcome', 'in', OPEN)
    .orderBy('changeSequence')
    .limit(limit)
    .execute();
}

export type AttemptRecord = {
  outcome: 'SUCCEEDED' | 'FAILED_RETRYING' | 'DEAD';
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  excerpt: string | null;
  nextAttemptAt: string | null;
};

/** Records one attempt on a delivery still open (a retry request meanwhile does not undo it). */
export async function recordDeliveryAttempt(trx: Database, id: string, attempt: AttemptRecord, now: string) {
  await trx
    .updateTable('webhookDelivery')
    .set((eb) => ({
      outcome: attempt.outcome,
      attempts: eb('attempts', '+', 1),
      lastStatusCode: attempt.statusCode,
      lastDurationMs: attempt.durationMs,
      lastError: attempt.error,
      responseExcerpt: attempt.excerpt,
      nextAttemptAt: attempt.nextAttemptAt,
      lastAttemptAt: now,
      deliveredAt: attempt.outcome === 'SUCCEEDED' ? now : null,
      updatedAt: now,
    }))
    .where('id', '=', id)
    .where('outcome', 'in', OPEN)
    .execute();
}

/**
 * After an attempt: the failure streak reset (success) or grown by one, and the lease renewed, if the webhook is
 * still this worker's. Answers the streak, or undefined when the webhook is not held any more.
 */
export async function countHeldAttempt(
  trx: Database,
  id: string,
  workerId: string,
  succeeded: boolean,
  leaseUntil: string,
): Promise<number | undefined> {
  const row = await trx
    .updateTable('webhook')
    .set((eb) => ({
      consecutiveFailures: succeeded ? 0 : eb('consecutiveFailures', '+', 1),
      leaseUntil,
    }))
    .where(heldBy(id, workerId))
    .returning('consecutiveFailures')
    .executeTakeFirst();
  return row ? Number(row.consecutiveFailures) : undefined;
}

/** Disables a held webhook that failed too often; false when it was not enabled and held (nothing to record). */
export async function disableHeldWebhook(trx: Database, id: string, workerId: string, now: string): Promise<boolean> {
  const row = await trx
    .updateTable('webhook')
    .set({ enabled: 0, disabledAt: now, updatedAt: now, claimedBy: null, leaseUntil: null })
    .where(heldBy(id, workerId))
    .returning('id')
    .executeTakeFirst();
  return !!row;
}
