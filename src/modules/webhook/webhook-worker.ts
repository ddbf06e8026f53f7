import type { Logger } from 'pino';
import type { WebhookConfig } from '../../config';
import type { Database } from '../../db/database';
import type { WebhookRow } from '../../db/rows';
import { newId } from '../../ids';
import type { OutboundPolicy } from '../../outbound/outbound-policy';
import { UNCONFIGURED_SECRET_BOX, type SecretBox } from '../../secrets/secret-box';
import { transactionWithChanges } from '../change/change-log';
import { lastSequence } from '../change/change-writes.repository';
import { findChanges } from '../change/change.repository';
import { yieldToEventLoop } from '../coding/coding-worker';
import { attempt, DEFAULT_LEASE_MS, iso, recordAttempt } from './webhook-attempt';
import { webhookBody } from './webhook-body';
import {
  advanceHeldCursor,
  claimWebhook,
  findClaimableWebhookIds,
  findOpenDeliveries,
  insertWebhookDeliveries,
  releaseWebhook,
} from './webhook-worker.repository';

// Delivers webhooks from the change log (issue 18). A worker claims one webhook at a time by a conditional update
// with a lease (as the inference worker claims a run), so each webhook is worked by one worker and its deliveries go
// out in change order. For the webhook it holds, the worker
//  1. queues a delivery row for every change past the webhook's cursor that its scope and types select, and moves
//     the cursor, in one transaction (a row exists before its request is sent: nothing is lost by a crash);
//  2. sends the open deliveries oldest first, one after the other, each result written in a short transaction of
//     its own after the answer (never HTTP inside a transaction, D6). A crash between the answer and the write
//     sends that delivery again: at least once, with the same `webhook-id` (the change's id) for receivers to
//     deduplicate. A failed delivery holds back the later ones until its retry (strict order) or until it is DEAD.
// Work is batched per claim (up to BATCH deliveries read at a time), so a backlog flows at the receiver's pace.

export type WebhookWorkerOptions = {
  workerId: string;
  /** How long a claim holds without renewal (every attempt renews it); past it another worker may claim. */
  leaseMs?: number;
  logger?: Logger;
  /** What deliveries may reach (OUTBOUND_ALLOWED_HOSTS); public addresses only when omitted. */
  outbound?: OutboundPolicy;
  /** Opens the stored signing secrets (SECRETS_KEY). */
  secrets?: SecretBox;
  /** Attempts, backoff and disabling (config.webhooks); the defaults of src/config.ts when omitted. */
  config?: Partial<Omit<WebhookConfig, 'worker'>>;
  /** Deadline of one attempt, in ms; 10 s. */
  timeoutMs?: number;
  /** Deliveries read per round; 100. */
  batchSize?: number;
};

export { RESPONSE_EXCERPT_BYTES } from './webhook-attempt';
/** Changes turned into deliveries per transaction. */
const ENQUEUE_LIMIT = 500;
/** Work per claim before the webhook is let go (others get their turn; the lease never runs long). */
const CLAIM_BUDGET_MS = 2_000;
/** Work per drain: the runner drains again at once (againWhenBusy), but stop() waits for no more than this. */
const DRAIN_BUDGET_MS = 5_000;
const ALL = { projects: 'ALL', adminProjects: 'ALL', organizationWide: 'ALL' } as const;

/** The webhook was taken over (its lease ran out) or disabled meanwhile: its transaction rolls back. */
class WebhookLost {}

/** The secrets that sign now: the current one, and the one it replaced while the rotation's overlap lasts. */
function signingSecrets(secrets: SecretBox, hook: WebhookRow, now: string): string[] {
  const list = [secrets.open(hook.secret)];
  if (hook.previousSecret && hook.previousSecretExpiresAt && hook.previousSecretExpiresAt > now)
    list.push(secrets.open(hook.previousSecret));
  return list;
}

/** Step 1: deliveries for the changes after the cursor (up to ENQUEUE_LIMIT); the new cursor, or null when lost. */
async function enqueue(db: Database, hook: WebhookRow, cursor: number, opts: WebhookWorkerOptions) {
  // Read first: every change up to the counter's committed value is committed (change-log.ts orders them), so a
  // cursor moved to it skips nothing.
  const upTo = await lastSequence(db);
  if (upTo <= cursor) return { cursor, queued: 0 };
  const types = JSON.parse(hook.typesJson) as string[];
  const changes = await findChanges(
    db,
    {
      ...(hook.projectId ? { projectId: hook.projectId } : { organizationId: hook.organizationId }),
      // Every webhook is made by an admin of its scope: it receives what admins see, memberships and tokens too.
      visibility: ALL,
      types: types.length ? (types as never) : null,
    },
    { after: cursor, before: upTo + 1, limit: ENQUEUE_LIMIT, backward: false },
  );
  const to = changes.length === ENQUEUE_LIMIT ? Number(changes[changes.length - 1].sequence) : upTo;
  const now = iso();
  const held = await transactionWithChanges(db, async (trx) => {
    await insertWebhookDeliveries(
      trx,
      changes.map((change) => ({
        id: newId('webhookDelivery'),
        webhookId: hook.id,
        organizationId: hook.organizationId,
        projectId: hook.projectId,
        changeId: change.id,
        changeSequence: Number(change.sequence),
        changeType: change.type,
        body: webhookBody(change),
        outcome: 'PENDING' as const,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const moved = await advanceHeldCursor(
      trx,
      hook.id,
      opts.workerId,
      { from: cursor, to },
      iso(Date.now() + (opts.leaseMs ?? DEFAULT_LEASE_MS)),
    );
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- caught below: rolls the inserts back
    if (!moved) throw new WebhookLost();
    return true;
  }).catch((error: unknown) => {
    if (error instanceof WebhookLost) return false;
    throw error;
  });
  return held ? { cursor: to, queued: changes.length } : null;
}

/** Step 2: the open deliveries in order, until one must wait for its retry; how many attempts were made. */
async function deliver(db: Database, hook: WebhookRow, opts: WebhookWorkerOptions, secrets: string[], until: number) {
  let attempts = 0;
  for (const delivery of await findOpenDeliveries(db, hook.id, opts.batchSize ?? 100)) {
    // A slow receiver gets the claim's budget, not a hundred timeouts: other webhooks wait, and so does stop().
    if (attempts > 0 && Date.now() >= until) return { attempts, more: true };
    // Strict order: a delivery waiting for its retry holds back every later one.
    if (delivery.nextAttemptAt && delivery.nextAttemptAt > iso()) return { attempts, more: false };
    const record = await attempt(hook, delivery, secrets, opts);
    attempts++;
    if ((await recordAttempt(db, hook, delivery, record, opts)) !== 'held') return { attempts, more: false };
    if (record.outcome === 'FAILED_RETRYING') return { attempts, more: false };
  }
  return { attempts, more: attempts > 0 };
}

/** Works a claimed webhook for up to CLAIM_BUDGET_MS, then lets it go; the number of deliveries queued and tried. */
export async function workWebhook(db: Database, hook: WebhookRow, opts: WebhookWorkerOptions): Promise<number> {
  let done = 0;
  try {
    const secrets = signingSecrets(opts.secrets ?? UNCONFIGURED_SECRET_BOX, hook, iso());
    const until = Date.now() + CLAIM_BUDGET_MS;
    let cursor = Number(hook.cursor);
    while (Date.now() < until) {
      const queued = await enqueue(db, hook, cursor, opts);
      if (!queued) return done;
      cursor = queued.cursor;
      const sent = await deliver(db, hook, opts, secrets, until);
      done += queued.queued + sent.attempts;
      if (!sent.more && queued.queued === 0) break;
      if (!sent.more && sent.attempts > 0) break;
      await yieldToEventLoop();
    }
  } catch (error) {
    opts.logger?.error({ err: error, webhookId: hook.id }, 'webhook delivery failed');
  } finally {
    await releaseWebhook(db, hook.id, opts.workerId);
  }
  return done;
}

/** Claims webhooks with work one at a time and works each; answers the deliveries queued and tried. */
export async function drainWebhooks(db: Database, opts: WebhookWorkerOptions): Promise<number> {
  let total = 0;
  // A webhook that had nothing to do (its next delivery waits for a retry) is not claimed again in this drain.
  const idle = new Set<string>();
  const until = Date.now() + DRAIN_BUDGET_MS;
  while (Date.now() < until) {
    const now = iso();
    const ids = (await findClaimableWebhookIds(db, now, 50 + idle.size)).filter((id) => !idle.has(id));
    if (!ids.length) return total;
    for (const id of ids) {
      if (Date.now() >= until) return total;
      const hook = await claimWebhook(db, id, now, {
        workerId: opts.workerId,
        leaseUntil: iso(Date.now() + (opts.leaseMs ?? DEFAULT_LEASE_MS)),
      });
      if (!hook) {
        idle.add(id);
        continue;
      }
      const done = await workWebhook(db, hook, opts);
      if (done === 0) idle.add(id);
      total += done;
      await yieldToEventLoop();
    }
  }
  return total;
}
