import { z } from 'zod';
import type { Context } from '../../context';
import type { DeliveryCreateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { failure, fromZod, isUniqueViolation, notFound } from '../user-errors';
import { isOneOf } from '../../db/one-of';
import { distinct } from '../distinct';

/**
 * Delivers COMPLETED, undelivered tasks of a project: the given ones, or all of them. One transaction; the
 * conditional update is the guard, so two deliveries racing for one task cannot both take it.
 */
export async function createDelivery(ctx: Context, input: DeliveryCreateInput) {
  if (tableOfId(input.projectId) !== 'project' || !(await ctx.access.authorize('Mutation.deliveryCreate', { projectId: input.projectId }))) {
    return notFound('project', ['input', 'projectId']);
  }
  const parsed = z.object({ name: z.string().trim().min(1, 'Name must not be empty').max(200) }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const now = new Date().toISOString();
  const id = newId('delivery');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const delivery = await trx.insertInto('delivery').values({ id, projectId: input.projectId, name: parsed.data.name, source: 'ANNOGRAPH', deliveredAt: now, createdAt: now })
        .returningAll().executeTakeFirstOrThrow();
      const taken = await trx
        .updateTable('task')
        .set({ deliveryId: id, updatedAt: now })
        .where('projectId', '=', input.projectId)
        .where('status', '=', 'COMPLETED')
        .where('deliveryId', 'is', null)
        .$if(!!input.taskIds, (q) => q.where(isOneOf(trx, 'id', distinct(input.taskIds!))))
        .returning('id')
        .execute();
      const wanted = input.taskIds ? new Set(input.taskIds).size : taken.length;
      if (taken.length === 0 || taken.length !== wanted) {
        // Roll back: some named task is not COMPLETED, not of this project, or delivered already.
        throw new DeliveryRefused(taken.length === 0 ? 'No COMPLETED, undelivered task to deliver' : `${wanted - taken.length} of the tasks are not COMPLETED, undelivered tasks of this project`);
      }
      return { delivery, userErrors: [] };
    });
  } catch (error) {
    if (error instanceof DeliveryRefused) return failure('PRECONDITION_FAILED', error.message, ['input', 'taskIds']);
    if (isUniqueViolation(error)) return failure('CONFLICT', 'The project has a delivery with this name', ['input', 'name']);
    throw error;
  }
}

class DeliveryRefused extends Error {}
