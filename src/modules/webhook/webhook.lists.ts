import { defineList } from '../../db/list.repository';

// The webhook connections: a project's webhooks, an organization's own (organization-wide) webhooks, and a
// webhook's delivery log, each in id order (creation order).
export const webhooksOfProject = defineList({ table: 'webhook', parentColumn: 'projectId' })();

export const webhooksOfOrganization = defineList({
  table: 'webhook',
  parentColumn: 'organizationId',
  filter: (qb) => qb.where('webhook.projectId', 'is', null),
})();

export const deliveriesOfWebhook = defineList({ table: 'webhookDelivery', parentColumn: 'webhookId' })();
