import { z } from 'zod';
import type { Context } from '../../context';
import type { DeliveryCreateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { failure, fromZod, isUniqueViolation, notFound, type Failure } from '../user-errors';
import { isOneOf } from '../../db/one-of';
import { distinct } from '../distinct';

/**
 * Delivers COMPLETED, undelivered tasks of a project: the given ones, or all of them. One transaction; the
 * conditional update is the guard, so two deliveries racing for one task cannot both take it.
 */
export async function createDelivery(ctx: Context, input: DeliveryCreateInput) {
  if (
    tableOfId(input.projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.deliveryCreate', { projectId: input.projectId }))
  ) {
    return notFound('project', ['input', 'projectId']);
  }
  const parsed = z.object({ name: z.string().trim().min(1, 'Name must not be empty').max(200) }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  // A named id that is not a task id names no task of the project (no statement: PostgreSQL refuses some strings).
  const malformed = input.taskIds?.findIndex((taskId) => tableOfId(taskId) !== 'task') ?? -1;
  if (malformed >= 0) return unknownTasks(input.taskIds!, [input.taskIds![malformed]]);
  const now = new Date().toISOString();
  const id = newId('delivery');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const delivery = await trx
        .insertInto('delivery')
        .values({
          id,
          projectId: input.projectId,
          name: parsed.data.name,
          source: 'ANNOGRAPH',
          deliveredAt: now,
          createdAt: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const taken = await trx
        .updateTable('task')
        .set({ deliveryId: id, updatedAt: now })
        .where('projectId', '=', input.projectId)
        .where('status', '=', 'COMPLETED')
        .where('deliveryId', 'is', null)
        .$if(!!input.taskIds, (q) => q.where(isOneOf(trx, 'id', distinct(input.taskIds!))))
        .returning('id')
        .execute();
      const wanted = input.taskIds ? distinct(input.taskIds) : null;
      if (wanted && taken.length !== wanted.length) {
        // Roll back: some named task is not of this project (NOT_FOUND), or not COMPLETED or delivered already.
        const got = new Set(taken.map((t) => t.id));
        const rest = wanted.filter((taskId) => !got.has(taskId));
        const known = new Set(
          (
            await trx
              .selectFrom('task')
              .select('id')
              .where('projectId', '=', input.projectId)
              .where(isOneOf(trx, 'id', rest))
              .execute()
          ).map((t) => t.id),
        );
        const unknown = rest.filter((taskId) => !known.has(taskId));
        if (unknown.length) throw new DeliveryRefused(unknownTasks(input.taskIds!, unknown));
        throw new DeliveryRefused(
          failure(
            'PRECONDITION_FAILED',
            `${rest.length} of the tasks are not COMPLETED, undelivered tasks of this project`,
            ['input', 'taskIds'],
          ),
        );
      }
      if (taken.length === 0)
        throw new DeliveryRefused(
          failure('PRECONDITION_FAILED', 'No COMPLETED, undelivered task to deliver', ['input', 'taskIds']),
        );
      return { delivery, userErrors: [] };
    });
  } catch (error) {
    if (error instanceof DeliveryRefused) return error.failure;
    if (isUniqueViolation(error))
      return failure('CONFLICT', 'The project has a delivery with this name', ['input', 'name']);
    throw error;
  }
}

/** Rolls the delivery back with the user error to answer. */
class DeliveryRefused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.userErrors[0].message);
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
