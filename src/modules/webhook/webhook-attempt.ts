import type { Database } from '../../db/database';
import type { WebhookDeliveryRow, WebhookRow } from '../../db/rows';
import { STRICT_OUTBOUND_POLICY, safeUrl } from '../../outbound/outbound-policy';
import { OutboundFailed, OutboundRefused, outboundRequest } from '../../outbound/outbound-request';
import { recordChange, transactionWithChanges, workerActor } from '../change/change-log';
import { retryDelayMs } from './webhook-backoff';
import { webhookHeaders } from './webhook-signature';
import type { WebhookWorkerOptions } from './webhook-worker';
import {
  countHeldAttempt,
  disableHeldWebhook,
  recordDeliveryAttempt,
  type AttemptRecord,
} from './webhook-worker.repository';

// One delivery attempt of the webhook worker (webhook-worker.ts): the signed request through the outbound guard,
// then its result, the failure streak and the lease in one short transaction (never HTTP inside one, D6).

const DEFAULTS = { maxAttempts: 8, backoffBaseMs: 30_000, disableAfter: 16 };
export const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 10_000;
/** Bytes of an answer kept as the delivery's excerpt; the rest is not read. */
export const RESPONSE_EXCERPT_BYTES = 1024;

export const iso = (ms = Date.now()) => new Date(ms).toISOString();

/** One attempt: the request, and what to record of it. */
export async function attempt(
  hook: WebhookRow,
  delivery: WebhookDeliveryRow,
  secrets: string[],
  opts: WebhookWorkerOptions,
): Promise<AttemptRecord> {
  const config = { ...DEFAULTS, ...opts.config };
  const started = performance.now();
  const failed = (statusCode: number | null, durationMs: number, error: string | null, excerpt: string | null) => {
    const attempts = delivery.attempts + 1;
    const dead = attempts >= config.maxAttempts;
    return {
      outcome: dead ? ('DEAD' as const) : ('FAILED_RETRYING' as const),
      statusCode,
      durationMs,
      error,
      excerpt,
      nextAttemptAt: dead ? null : iso(Date.now() + retryDelayMs(attempts, config.backoffBaseMs)),
    };
  };
  try {
    const response = await outboundRequest(
      hook.url,
      {
        method: 'POST',
        headers: webhookHeaders(secrets, delivery.changeId, delivery.body),
        body: delivery.body,
        timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxResponseBytes: RESPONSE_EXCERPT_BYTES,
      },
      opts.outbound ?? STRICT_OUTBOUND_POLICY,
    );
    const excerpt = response.body || null;
    if (response.status >= 200 && response.status < 300)
      return {
        outcome: 'SUCCEEDED',
        statusCode: response.status,
        durationMs: response.durationMs,
        error: null,
        excerpt,
        nextAttemptAt: null,
      };
    const redirect = response.status >= 300 && response.status < 400;
    return failed(
      response.status,
      response.durationMs,
      redirect ? `a redirect (${response.status}) is not followed: answer 2xx at the URL itself` : null,
      excerpt,
    );
  } catch (error) {
    if (error instanceof OutboundRefused || error instanceof OutboundFailed)
      return failed(null, Math.round(performance.now() - started), error.message, null);
    throw error;
  }
}

/**
 * Writes an attempt, the failure streak and the lease in one short transaction; disables the webhook (with a
 * WEBHOOK_DISABLED change) when the streak reaches WEBHOOK_DISABLE_AFTER. 'held' while the webhook stays this
 * worker's to work.
 */
export async function recordAttempt(
  db: Database,
  hook: WebhookRow,
  delivery: WebhookDeliveryRow,
  record: AttemptRecord,
  opts: WebhookWorkerOptions,
): Promise<'held' | 'lost' | 'disabled'> {
  const disableAfter = opts.config?.disableAfter ?? DEFAULTS.disableAfter;
  return transactionWithChanges(db, async (trx) => {
    const now = iso();
    await recordDeliveryAttempt(trx, delivery.id, record, now);
    const streak = await countHeldAttempt(
      trx,
      hook.id,
      opts.workerId,
      record.outcome === 'SUCCEEDED',
      iso(Date.now() + (opts.leaseMs ?? DEFAULT_LEASE_MS)),
    );
    if (streak === undefined) return 'lost';
    if (record.outcome === 'SUCCEEDED' || disableAfter === 0 || streak < disableAfter) return 'held';
    if (!(await disableHeldWebhook(trx, hook.id, opts.workerId, now))) return 'lost';
    recordChange(trx, {
      type: 'WEBHOOK_DISABLED',
      objectId: hook.id,
      projectId: hook.projectId,
      organizationId: hook.organizationId,
      audience: 'ADMINS',
      by: workerActor(opts.workerId),
      payload: { url: safeUrl(hook.url), consecutiveFailures: streak, lastDeliveryId: delivery.id },
    });
    return 'disabled';
  });
}
