import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { RootField } from '../../auth/role-table';
import type { Database } from '../../db/database';
import type { WebhookDeliveryRow, WebhookRow } from '../../db/rows';
import type { ChangeType, WebhookCreateInput, WebhookUpdateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { checkOutboundUrl, safeUrl, type OutboundPolicy } from '../../outbound/outbound-policy';
import type { SecretBox } from '../../secrets/secret-box';
import { changeActorOf, recordChange } from '../change/change-log';
import { lastSequence } from '../change/change-writes.repository';
import { actingUserId } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, fromZod, notFound, type Failure } from '../user-errors';
import { newWebhookSecret } from './webhook-signature';
import {
  deleteWebhook as deleteWebhookRow,
  findWebhookById,
  findWebhookDeliveryById,
  insertWebhook,
  requeueWebhookDelivery,
  updateWebhook as updateWebhookRow,
} from './webhook.repository';

// Webhooks of a project or an organization (issue 18). Their deliveries carry the scope's whole change log, so
// only who may administer the scope manages them: project ADMIN, organization OWNER/ADMIN (role-table.ts). The
// signing secret is made here, answered once and stored sealed (D9); no change payload names it.

/** What the webhook mutations need besides the database: the outbound guard and the secrets box. */
export type WebhookDeps = { outbound: OutboundPolicy; secrets: SecretBox };

/** How long a replaced secret keeps signing alongside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

const Url = z
  .string()
  .max(2000)
  .refine(
    (u) => URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol),
    'url must be an http or https URL',
  )
  .refine((u) => !URL.canParse(u) || (!new URL(u).username && !new URL(u).password), 'url must not carry a password');
const Description = z.string().max(500).nullish();
const WebhookCreate = z.object({ url: Url, description: Description });
const WebhookUpdate = z.object({ url: Url.nullish(), description: Description });

const now = () => new Date().toISOString();
const typesJson = (types: readonly ChangeType[] | null | undefined) => JSON.stringify([...new Set(types ?? [])]);

/** The target of an authorization for a webhook: its project, or its organization for an organization webhook. */
const targetOf = (hook: { projectId: string | null; organizationId: string }) =>
  hook.projectId ? { projectId: hook.projectId } : { organizationId: hook.organizationId };

/**
 * The webhook a mutation acts on once the caller may: NOT_FOUND when the id is unknown, of another type or its
 * scope invisible to the caller (D1); FORBIDDEN (thrown) when the caller sees the scope below ADMIN.
 */
async function webhookTarget(db: Database, actor: Actor, field: RootField, id: string): Promise<WebhookRow | Failure> {
  const missing = notFound('webhook', ['id']);
  if (tableOfId(id) !== 'webhook') return missing;
  const hook = await findWebhookById(db, id);
  if (!hook || !(await actor.authorize(field, targetOf(hook)))) return missing;
  return hook;
}

/** The outbound guard's verdict on a URL, as a user error on `['input', 'url']` (resolved outside transactions). */
async function refusedUrl(url: string, outbound: OutboundPolicy): Promise<Failure | null> {
  const refusal = await checkOutboundUrl(url, outbound);
  return refusal ? failure('BAD_USER_INPUT', refusal, ['input', 'url']) : null;
}

/** A change of a webhook: admins only (it names the URL), never the secret; the URL without query or password. */
function recordWebhookChange(
  trx: Database,
  actor: Actor,
  type: ChangeType,
  hook: WebhookRow,
  payload: Record<string, unknown>,
) {
  recordChange(trx, {
    type,
    objectId: hook.id,
    projectId: hook.projectId,
    organizationId: hook.organizationId,
    audience: 'ADMINS',
    by: changeActorOf(actor),
    payload: { url: safeUrl(hook.url), ...payload },
  });
}

export async function createWebhook(
  db: Database,
  actor: Actor,
  input: WebhookCreateInput,
  deps: WebhookDeps,
): Promise<Result<{ webhook: WebhookRow; secret: string }>> {
  if ((input.projectId == null) === (input.organizationId == null))
    return failure('BAD_USER_INPUT', 'Pass exactly one of `projectId` and `organizationId`', ['input']);
  const parsed = WebhookCreate.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  let organizationId: string;
  if (input.projectId != null) {
    if (!(await actor.authorize('Mutation.webhookCreate', { projectId: input.projectId })))
      return notFound('project', ['input', 'projectId']);
    const project = await actor.visible('project').load(input.projectId);
    if (!project) return notFound('project', ['input', 'projectId']);
    organizationId = project.organizationId as string;
  } else {
    if (!(await actor.authorize('Mutation.webhookCreate', { organizationId: input.organizationId! })))
      return notFound('organization', ['input', 'organizationId']);
    organizationId = input.organizationId!;
  }
  const refused = await refusedUrl(input.url, deps.outbound);
  if (refused) return refused;
  const secret = newWebhookSecret();
  const sealed = deps.secrets.seal(secret);
  return inTransaction(db, async (trx) => {
    const at = now();
    const webhook = await insertWebhook(trx, {
      id: newId('webhook'),
      organizationId,
      projectId: input.projectId ?? null,
      url: input.url,
      typesJson: typesJson(input.types),
      description: input.description ?? null,
      enabled: 1,
      secret: sealed,
      // Deliveries start after the changes committed so far (its own WEBHOOK_CREATED, written at COMMIT, follows).
      cursor: await lastSequence(trx),
      createdBy: actingUserId(actor),
      createdAt: at,
      updatedAt: at,
    });
    recordWebhookChange(trx, actor, 'WEBHOOK_CREATED', webhook, { types: JSON.parse(webhook.typesJson) as unknown });
    return ok({ webhook, secret });
  });
}

export async function updateWebhook(
  db: Database,
  actor: Actor,
  id: string,
  input: WebhookUpdateInput,
  deps: WebhookDeps,
): Promise<Result<WebhookRow>> {
  const hook = await webhookTarget(db, actor, 'Mutation.webhookUpdate', id);
  if (isFailure(hook)) return hook;
  const parsed = WebhookUpdate.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (input.url != null) {
    const refused = await refusedUrl(input.url, deps.outbound);
    if (refused) return refused;
  }
  return inTransaction(db, async (trx) => {
    const enabling = input.enabled === true && hook.enabled === 0;
    const row = await updateWebhookRow(trx, hook.id, {
      ...(input.url != null ? { url: input.url } : {}),
      ...(input.types != null ? { typesJson: typesJson(input.types) } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.enabled != null ? { enabled: input.enabled ? 1 : 0 } : {}),
      // Enabled again: a fresh failure streak; delivery resumes where it stopped.
      ...(enabling ? { consecutiveFailures: 0, disabledAt: null } : {}),
      updatedAt: now(),
    });
    if (!row) return notFound('webhook', ['id']);
    const changed = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
    recordWebhookChange(trx, actor, 'WEBHOOK_UPDATED', row, { changed, enabled: row.enabled === 1 });
    return ok(row);
  });
}

export async function deleteWebhook(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  const hook = await webhookTarget(db, actor, 'Mutation.webhookDelete', id);
  if (isFailure(hook)) return hook;
  return inTransaction(db, async (trx) => {
    if (!(await deleteWebhookRow(trx, hook.id))) return notFound('webhook', ['id']);
    recordWebhookChange(trx, actor, 'WEBHOOK_DELETED', hook, {});
    return ok(hook.id);
  });
}

export async function rotateWebhookSecret(
  db: Database,
  actor: Actor,
  id: string,
  deps: WebhookDeps,
): Promise<Result<{ webhook: WebhookRow; secret: string }>> {
  const hook = await webhookTarget(db, actor, 'Mutation.webhookRotateSecret', id);
  if (isFailure(hook)) return hook;
  const secret = newWebhookSecret();
  const sealed = deps.secrets.seal(secret);
  return inTransaction(db, async (trx) => {
    const at = Date.now();
    // The replaced secret signs alongside for ROTATION_OVERLAP_MS; a secret replaced before is dropped now.
    const row = await updateWebhookRow(trx, hook.id, {
      secret: sealed,
      previousSecret: hook.secret,
      previousSecretExpiresAt: new Date(at + ROTATION_OVERLAP_MS).toISOString(),
      updatedAt: new Date(at).toISOString(),
    });
    if (!row) return notFound('webhook', ['id']);
    recordWebhookChange(trx, actor, 'WEBHOOK_UPDATED', row, {
      changed: ['secret'],
      previousSecretExpiresAt: row.previousSecretExpiresAt,
    });
    return ok({ webhook: row, secret });
  });
}

export async function retryWebhookDelivery(
  db: Database,
  actor: Actor,
  id: string,
): Promise<Result<WebhookDeliveryRow>> {
  const missing = notFound('webhook delivery', ['id']);
  if (tableOfId(id) !== 'webhookDelivery') return missing;
  const delivery = await findWebhookDeliveryById(db, id);
  if (!delivery || !(await actor.authorize('Mutation.webhookDeliveryRetry', targetOf(delivery)))) return missing;
  const hook = await findWebhookById(db, delivery.webhookId);
  if (!hook) return missing;
  if (hook.enabled === 0)
    return failure('PRECONDITION_FAILED', 'The webhook is disabled: enable it with webhookUpdate first', ['id']);
  return inTransaction(db, async (trx) => {
    const row = await requeueWebhookDelivery(trx, delivery.id, now());
    if (!row)
      return failure(
        'INVALID_STATE_TRANSITION',
        `Only a FAILED_RETRYING or DEAD delivery can be retried; this one is ${delivery.outcome}`,
        ['id'],
      );
    return ok(row);
  });
}
