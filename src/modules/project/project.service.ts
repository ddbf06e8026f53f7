import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { ProjectRow } from '../../db/rows';
import type { ProjectCreateInput, Source } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { inTransaction, ok, type Result } from '../result';
import { failure, fromZod, isUniqueViolation, notFound } from '../user-errors';
import { deleteProjectById, insertProject } from './project.repository';

const Name = z.string().trim().min(1, 'Name must not be empty').max(200, 'Name is at most 200 characters');

/**
 * A new project of an organization; CONFLICT when the organization has one of this name. `source` says where
 * the project came from (ANNOGRAPH when made here; SCALE when an import of Scale tasks made it).
 */
export async function createProject(
  db: Database,
  actor: Actor,
  input: ProjectCreateInput,
  { source = 'ANNOGRAPH' }: { source?: Source } = {},
): Promise<Result<ProjectRow>> {
  const parsed = z.object({ name: Name, description: z.string().max(5000).nullish() }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (!(await actor.authorize('Mutation.projectCreate', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  const { name, description } = parsed.data;
  try {
    return await inTransaction(db, async (trx) => {
      const project = await insertProject(trx, {
        organizationId: input.organizationId,
        name,
        description: description ?? null,
        source,
      });
      recordChange(trx, {
        type: 'PROJECT_CREATED',
        objectId: project.id,
        projectId: project.id,
        organizationId: project.organizationId,
        by: changeActorOf(actor),
        payload: { name: project.name, source: project.source },
      });
      return ok(project);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return failure('CONFLICT', 'The organization already has a project with this name', ['input', 'name']);
    throw error;
  }
}

/** Deletes a project and, through foreign keys, everything in it; the id deleted. */
export async function deleteProject(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  if (tableOfId(id) !== 'project' || !(await actor.authorize('Mutation.projectDelete', { projectId: id }))) {
    return notFound('project', ['id']);
  }
  return inTransaction(db, async (trx) => {
    const deleted = await deleteProjectById(trx, id);
    if (!deleted) return notFound('project', ['id']);
    // The change outlives the project (the log has no foreign keys); its organization is named here, as the lookup
    // by project would find none once the project is gone.
    recordChange(trx, {
      type: 'PROJECT_DELETED',
      objectId: deleted.id,
      projectId: deleted.id,
      organizationId: deleted.organizationId,
      by: changeActorOf(actor),
      payload: { name: deleted.name },
    });
    return ok(deleted.id);
  });
}
