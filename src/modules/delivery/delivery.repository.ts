import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import { isOneOf } from '../../db/one-of';
import type { DB } from '../../db/types.generated';
import type { Source } from '../../graphql/types.generated';

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

/** The project's delivery that a source system's delivery became (unique per project, source and external id). */
export function findDeliveryBySource(db: Database, projectId: string, source: Source, externalId: string) {
  return db
    .selectFrom('delivery')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('source', '=', source)
    .where('externalId', '=', externalId)
    .executeTakeFirst();
}

export function updateDeliveryById(trx: Database, id: string, set: Updateable<DB['delivery']>) {
  return trx.updateTable('delivery').set(set).where('id', '=', id).execute();
}

/** The project's tasks of a source with these external ids, with the delivery each is in (ids bound as one value). */
export function findSourceTasks(db: Database, projectId: string, source: Source, externalIds: readonly string[]) {
  return db
    .selectFrom('task')
    .select(['id', 'externalId', 'deliveryId'])
    .where('projectId', '=', projectId)
    .where('source', '=', source)
    .where(isOneOf(db, 'externalId', externalIds))
    .execute();
}

/** Takes the tasks out of the delivery but `keep`: the tasks its source no longer lists in it. */
export function releaseTasksBut(trx: Database, deliveryId: string, keep: readonly string[], now: string) {
  return trx
    .updateTable('task')
    .set({ deliveryId: null, updatedAt: now })
    .where('deliveryId', '=', deliveryId)
    .where((eb) => eb.not(isOneOf(trx, 'id', keep)))
    .returning('id')
    .execute();
}

/** Puts the tasks into the delivery, out of whichever they were in (a source's delivery names its tasks). */
export async function moveTasksInto(trx: Database, deliveryId: string, taskIds: readonly string[], now: string) {
  await trx
    .updateTable('task')
    .set({ deliveryId, updatedAt: now })
    .where(isOneOf(trx, 'id', taskIds))
    .execute();
}
