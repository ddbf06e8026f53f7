import type { Database } from '../../db/database';
import type { Source } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { recordChange, type ChangeActor } from '../change/change-log';
import { distinct } from '../distinct';
import { isUniqueViolation } from '../user-errors';
import {
  findDeliveryById,
  findDeliveryBySource,
  findSourceTasks,
  insertDelivery,
  moveTasksInto,
  releaseTasksBut,
  updateDeliveryById,
} from './delivery.repository';

// A delivery as its source system holds it (a Scale delivery and the task_ids of its tasks), applied by a connector
// in the caller's transaction: the delivery row made or its name and time replaced, and its tasks exactly the
// listed ones (taken out of any other delivery, as the source says where each was delivered; tasks no longer
// listed leave it). Every listed task must be in the project already (the tasks are synced before deliveries):
// when one is not, nothing of the delivery is written and the reason names it.

export type SourceDelivery = {
  source: Source;
  externalId: string;
  name: string;
  deliveredAt: string;
  taskExternalIds: readonly string[];
};

const quoted = (ids: string[]) =>
  ids
    .slice(0, 5)
    .map((id) => JSON.stringify(id))
    .join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');

/** Applies the source delivery in `trx` and answers its id; throws (words for the run's failures) when it cannot. */
export async function applySourceDelivery(
  trx: Database,
  projectId: string,
  d: SourceDelivery,
  previousId: string | null,
  by: ChangeActor,
): Promise<string> {
  const wanted = distinct(d.taskExternalIds);
  const tasks = wanted.length ? await findSourceTasks(trx, projectId, d.source, wanted) : [];
  if (tasks.length !== wanted.length) {
    const known = new Set(tasks.map((t) => t.externalId));
    const missing = wanted.filter((id) => !known.has(id));
    throw new Error(`${missing.length} of its ${wanted.length} tasks are not in the project: ${quoted(missing)}`);
  }
  const now = new Date().toISOString();
  const existing =
    (previousId ? await findDeliveryById(trx, previousId) : undefined) ??
    (await findDeliveryBySource(trx, projectId, d.source, d.externalId));
  const id = existing?.id ?? newId('delivery');
  try {
    if (!existing)
      await insertDelivery(trx, {
        id,
        projectId,
        name: d.name,
        source: d.source,
        externalId: d.externalId,
        deliveredAt: d.deliveredAt,
        createdAt: now,
      });
    else if (existing.name !== d.name || existing.deliveredAt !== d.deliveredAt || existing.externalId !== d.externalId)
      await updateDeliveryById(trx, id, { name: d.name, deliveredAt: d.deliveredAt, externalId: d.externalId });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new Error(`the project has another delivery named "${d.name}"`, { cause: error });
    throw error;
  }
  const released = existing
    ? await releaseTasksBut(
        trx,
        id,
        tasks.map((t) => t.id),
        now,
      )
    : [];
  const moving = tasks.filter((t) => t.deliveryId !== id);
  if (moving.length)
    await moveTasksInto(
      trx,
      id,
      moving.map((t) => t.id),
      now,
    );

  if (!existing) {
    recordChange(trx, {
      type: 'DELIVERY_CREATED',
      objectId: id,
      projectId,
      by,
      payload: { taskCount: tasks.length, externalId: d.externalId },
    });
  } else {
    const changed = [
      ...(existing.name !== d.name ? ['name'] : []),
      ...(existing.deliveredAt !== d.deliveredAt ? ['deliveredAt'] : []),
      ...(released.length || moving.length ? ['tasks'] : []),
    ];
    if (changed.length)
      recordChange(trx, {
        type: 'DELIVERY_UPDATED',
        objectId: id,
        projectId,
        by,
        payload: { changed, taskCount: tasks.length, added: moving.length, removed: released.length },
      });
  }
  // The deliveries the moved tasks left changed too.
  const left = new Map<string, number>();
  for (const t of moving) if (t.deliveryId) left.set(t.deliveryId, (left.get(t.deliveryId) ?? 0) + 1);
  for (const [other, removed] of left)
    recordChange(trx, {
      type: 'DELIVERY_UPDATED',
      objectId: other,
      projectId,
      by,
      payload: { changed: ['tasks'], added: 0, removed },
    });
  return id;
}
