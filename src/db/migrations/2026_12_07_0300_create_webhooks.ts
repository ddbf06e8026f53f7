import type { Kysely } from 'kysely';

// Frozen in time: never import app code here. Webhooks (issue 18, section 3): a webhook of one project or of a whole
// organization, fed from the change log. `cursor` is the last change sequence the worker has turned into delivery
// rows; a delivery row exists before its request is sent and is marked after the answer, so a crash in between sends
// it again (at least once; receivers deduplicate by `webhook-id`, the change's id). `secret` and `previous_secret`
// are sealed with SECRETS_KEY, never stored in the clear.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('webhook')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    // Null: an organization webhook (every change of the organization and its projects).
    .addColumn('project_id', 'text', (c) => c.references('project.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    // A JSON array of change types; [] means every type.
    .addColumn('types_json', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    // After a rotation: the old secret, which signs alongside the new one until previous_secret_expires_at.
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', 'text')
    .addColumn('cursor', 'bigint', (c) => c.notNull())
    // Failed attempts in a row, across deliveries; a 2xx resets it. Past WEBHOOK_DISABLE_AFTER the webhook is disabled.
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_at', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_project').on('webhook').columns(['project_id', 'id']).execute();
  await db.schema.createIndex('webhook_organization').on('webhook').columns(['organization_id', 'id']).execute();

  await db.schema
    .createTable('webhook_delivery')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhook.id').onDelete('cascade'))
    // The webhook's scope, copied: visibility is decided without reading the webhook.
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    // No foreign key: a change may be pruned (retention) while its delivery log stays.
    .addColumn('change_id', 'text', (c) => c.notNull())
    .addColumn('change_sequence', 'bigint', (c) => c.notNull())
    .addColumn('change_type', 'text', (c) => c.notNull())
    // The body as first sent, kept so that every retry sends the same bytes whatever retention did to the log.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status_code', 'integer')
    .addColumn('last_duration_ms', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('response_excerpt', 'text')
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('webhook_delivery_change', ['webhook_id', 'change_sequence'])
    .execute();
  // The worker's read: a webhook's open deliveries in change order.
  await db.schema
    .createIndex('webhook_delivery_open')
    .on('webhook_delivery')
    .columns(['webhook_id', 'outcome', 'change_sequence'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_delivery').execute();
  await db.schema.dropTable('webhook').execute();
}
