import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { DeliveryRow } from '../../db/rows';
import type { DeliveryCreateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { distinct } from '../distinct';
import { projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, fromZod, isUniqueViolation, type Failure } from '../user-errors';
import { deliverTasks, findTaskIdsOfProject, insertDelivery } from './delivery.repository';

/**
 * Delivers COMPLETED, undelivered tasks of a project: the given ones, or all of them. One transaction; the
 * conditional update is the guard, so two deliveries racing for one task cannot both take it. A refusal rolls
 * the delivery back.
 */
export async function createDelivery(
  db: Database,
  actor: Actor,
  input: DeliveryCreateInput,
): Promise<Result<DeliveryRow>> {
  const target = await projectTarget(actor, 'Mutation.deliveryCreate', input.projectId);
  if (isFailure(target)) return target;
  const parsed = z.object({ name: z.string().trim().min(1, 'Name must not be empty').max(200) }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  // A named id that is not a task id names no task of the project (no statement: PostgreSQL refuses some strings).
  const malformed = input.taskIds?.findIndex((taskId) => tableOfId(taskId) !== 'task') ?? -1;
  if (malformed >= 0) return unknownTasks(input.taskIds!, [input.taskIds![malformed]]);
  const now = new Date().toISOString();
  const id = newId('delivery');
  const wanted = input.taskIds ? distinct(input.taskIds) : null;
  try {
    return await inTransaction(db, async (trx) => {
      const delivery = await insertDelivery(trx, {
        id,
        projectId: input.projectId,
        name: parsed.data.name,
        source: 'ANNOGRAPH',
        deliveredAt: now,
        createdAt: now,
      });
      const taken = await deliverTasks(trx, id, input.projectId, wanted, now);
      if (wanted && taken.length !== wanted.length) {
        // Some named task is not of this project (NOT_FOUND), or not COMPLETED or delivered already.
        const got = new Set(taken.map((t) => t.id));
        const rest = wanted.filter((taskId) => !got.has(taskId));
        const known = await findTaskIdsOfProject(trx, input.projectId, rest);
        const unknown = rest.filter((taskId) => !known.has(taskId));
        if (unknown.length) return unknownTasks(input.taskIds!, unknown);
        return failure(
          'PRECONDITION_FAILED',
          `${rest.length} of the tasks are not COMPLETED, undelivered tasks of this project`,
          ['input', 'taskIds'],
        );
      }
      if (taken.length === 0)
        return failure('PRECONDITION_FAILED', 'No COMPLETED, undelivered task to deliver', ['input', 'taskIds']);
      // One change for the delivery; its tasks' deliveredAt is part of it (no TASK_UPDATED per task).
      recordChange(trx, {
        type: 'DELIVERY_CREATED',
        objectId: delivery.id,
        projectId: delivery.projectId,
        by: changeActorOf(actor),
        payload: { taskCount: taken.length },
      });
      return ok(delivery);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return failure('CONFLICT', 'The project has a delivery with this name', ['input', 'name']);
    throw error;
  }
}

/** NOT_FOUND for the first named id that is no task of the project (unknown, invisible or of another project: D1). */
function unknownTasks(taskIds: readonly string[], unknown: readonly string[]): Failure {
  const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more unknown ids)` : '';
  return failure('NOT_FOUND', `No task of this project with id ${JSON.stringify(unknown[0]).slice(0, 100)}${more}`, [
    'input',
    'taskIds',
    String(taskIds.indexOf(unknown[0])),
  ]);
}
