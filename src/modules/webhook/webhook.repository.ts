import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { WebhookDeliveryRow, WebhookRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';

// What the webhook mutations read and write (webhook.service.ts); the delivery worker's statements are in
// webhook-worker.repository.ts.

/** A webhook by id, whoever may see it: the service authorizes against its project or organization. */
export function findWebhookById(db: Database, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhook').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findWebhookDeliveryById(db: Database, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhookDelivery').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertWebhook(trx: Database, row: Insertable<DB['webhook']>): Promise<WebhookRow> {
  return trx.insertInto('webhook').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateWebhook(
  trx: Database,
  id: string,
  set: Updateable<DB['webhook']>,
): Promise<WebhookRow | undefined> {
  return trx.updateTable('webhook').set(set).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteWebhook(trx: Database, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('webhook').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * A failed delivery due now (a DEAD one PENDING again), in one conditional statement: undefined when it is not
 * FAILED_RETRYING or DEAD any more (it was delivered meanwhile, or is being sent).
 */
export function requeueWebhookDelivery(trx: Database, id: string, now: string) {
  return trx
    .updateTable('webhookDelivery')
    .set((eb) => ({
      outcome: eb
        .case()
        .when('outcome', '=', 'DEAD')
        .then('PENDING' as const)
        .else(eb.ref('outcome'))
        .end(),
      nextAttemptAt: now,
      updatedAt: now,
    }))
    .where('id', '=', id)
    .where('outcome', 'in', ['FAILED_RETRYING', 'DEAD'])
    .returningAll()
    .executeTakeFirst();
}
