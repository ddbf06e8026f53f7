import { atLeast } from '../../auth/roles';
import type { Context } from '../../context';
import { fromJson } from '../../graphql/json-column';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { isFailure, toPayload } from '../result';
import { deliveriesOfWebhook, webhooksOfOrganization, webhooksOfProject } from './webhook.lists';
import {
  createWebhook,
  deleteWebhook,
  retryWebhookDelivery,
  rotateWebhookSecret,
  updateWebhook,
} from './webhook.service';

/** Only who may administer webhooks there lists them: organization OWNER/ADMIN (of a person), or project ADMIN. */
const isOrganizationAdmin = async (ctx: Context, id: string) => {
  const role = await ctx.access.organizationRole.load(id);
  return ctx.access.viewer.kind === 'user' && (role === 'OWNER' || role === 'ADMIN');
};

export const webhookResolvers: Resolvers = {
  Query: {
    webhook: (_p, { id }, ctx) => loadTyped(ctx, 'webhook', id),
  },
  Mutation: {
    webhookCreate: async (_p, { input }, ctx) => {
      const result = await createWebhook(ctx.db, ctx.access, input, ctx);
      if (isFailure(result)) return { userErrors: result.userErrors };
      return { ...result.value, userErrors: [] };
    },
    webhookUpdate: async (_p, { id, input }, ctx) =>
      toPayload(await updateWebhook(ctx.db, ctx.access, id, input, ctx), 'webhook'),
    webhookDelete: async (_p, { id }, ctx) => toPayload(await deleteWebhook(ctx.db, ctx.access, id), 'deletedId'),
    webhookRotateSecret: async (_p, { id }, ctx) => {
      const result = await rotateWebhookSecret(ctx.db, ctx.access, id, ctx);
      if (isFailure(result)) return { userErrors: result.userErrors };
      return { ...result.value, userErrors: [] };
    },
    webhookDeliveryRetry: async (_p, { id }, ctx) =>
      toPayload(await retryWebhookDelivery(ctx.db, ctx.access, id), 'delivery'),
  },
  Project: {
    webhooks: async (p, args, ctx, info) => {
      const role = await ctx.access.projectRole.load(p.id);
      return atLeast(role, 'ADMIN') ? ctx.loaders.connection(webhooksOfProject, p.id, args, info) : null;
    },
  },
  Organization: {
    webhooks: async (org, args, ctx, info) =>
      (await isOrganizationAdmin(ctx, org.id))
        ? ctx.loaders.connection(webhooksOfOrganization, org.id, args, info)
        : null,
  },
  Webhook: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'webhook', ref.id),
    types: (w) => fromJson(w.typesJson, []),
    enabled: (w) => w.enabled === 1,
    project: (w, _a, ctx) => loadOptional(ctx, 'project', w.projectId),
    organization: (w, _a, ctx) => loadRequired(ctx, 'organization', w.organizationId),
    createdBy: (w, _a, ctx) => loadOptional(ctx, 'appUser', w.createdBy),
    deliveries: (w, args, ctx, info) => ctx.loaders.connection(deliveriesOfWebhook, w.id, args, info),
  },
  WebhookDelivery: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'webhookDelivery', ref.id),
    webhook: (d, _a, ctx) => loadRequired(ctx, 'webhook', d.webhookId),
    change: (d, _a, ctx) => loadOptional(ctx, 'change', d.changeId),
    attemptCount: (d) => d.attempts,
  },
};
