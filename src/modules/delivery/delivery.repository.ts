import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import { isOneOf } from '../../db/one-of';
import type { DB } from '../../db/types.generated';

export function insertDelivery(trx: Database, row: Insertable<DB['delivery']>) {
  return trx.insertInto('delivery').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Puts the project's COMPLETED, undelivered tasks into a delivery (those of `taskIds`, or all of them) and answers
 * the ids it took: the conditional update is the guard, so two deliveries racing for one task cannot both take it.
 */
export function deliverTasks(
  trx: Database,
  deliveryId: string,
  projectId: string,
  taskIds: readonly string[] | null,
  now: string,
) {
  return trx
    .updateTable('task')
    .set({ deliveryId, updatedAt: now })
    .where('projectId', '=', projectId)
    .where('status', '=', 'COMPLETED')
    .where('deliveryId', 'is', null)
    .$if(!!taskIds, (q) => q.where(isOneOf(trx, 'id', taskIds!)))
    .returning('id')
    .execute();
}

/** Which of these ids are tasks of the project. */
export async function findTaskIdsOfProject(db: Database, projectId: string, taskIds: readonly string[]) {
  const rows = await db
    .selectFrom('task')
    .select('id')
    .where('projectId', '=', projectId)
    .where(isOneOf(db, 'id', taskIds))
    .execute();
  return new Set(rows.map((t) => t.id));
}

export function findDeliveryById(db: Database, id: string) {
  return db.selectFrom('delivery').selectAll().where('id', '=', id).executeTakeFirst();
}
