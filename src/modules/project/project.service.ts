import { z } from 'zod';
import type { Context } from '../../context';
import type { OrganizationUpdateInput, ProjectCreateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { failure, fromZod, isUniqueViolation, notFound } from '../user-errors';

const Name = z.string().trim().min(1, 'Name must not be empty').max(200, 'Name is at most 200 characters');

export async function updateOrganization(ctx: Context, id: string, input: OrganizationUpdateInput) {
  const parsed = z.object({ name: Name.nullish() }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (
    tableOfId(id) !== 'organization' ||
    !(await ctx.access.authorize('Mutation.organizationUpdate', { organizationId: id }))
  ) {
    return notFound('organization', ['id']);
  }
  const { name } = parsed.data;
  const organization = name
    ? await ctx.db
        .transaction()
        .execute((trx) =>
          trx.updateTable('organization').set({ name }).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
        )
    : (await ctx.loaders.rowById('organization').load(id))!;
  ctx.loaders.rowById('organization').clear(id).prime(id, organization);
  return { organization, userErrors: [] };
}

export async function createProject(ctx: Context, input: ProjectCreateInput) {
  const parsed = z.object({ name: Name, description: z.string().max(5000).nullish() }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (!(await ctx.access.authorize('Mutation.projectCreate', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  const now = new Date().toISOString();
  try {
    const project = await ctx.db.transaction().execute((trx) =>
      trx
        .insertInto('project')
        .values({
          id: newId('project'),
          organizationId: input.organizationId,
          name: parsed.data.name,
          description: parsed.data.description ?? null,
          source: 'ANNOGRAPH',
          createdAt: now,
          updatedAt: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return { project, userErrors: [] };
  } catch (error) {
    if (isUniqueViolation(error))
      return failure('CONFLICT', 'The organization already has a project with this name', ['input', 'name']);
    throw error;
  }
}

/** Deletes a project and, through foreign keys, everything in it. */
export async function deleteProject(ctx: Context, id: string) {
  if (tableOfId(id) !== 'project' || !(await ctx.access.authorize('Mutation.projectDelete', { projectId: id }))) {
    return notFound('project', ['id']);
  }
  const deleted = await ctx.db
    .transaction()
    .execute((trx) => trx.deleteFrom('project').where('id', '=', id).returning('id').executeTakeFirst());
  if (!deleted) return notFound('project', ['id']);
  return { deletedProjectId: deleted.id, userErrors: [] };
}
