import type { Database } from '../../db/database';
import type { ProjectRow } from '../../db/rows';
import { newId } from '../../ids';

export function findProjectById(db: Database, id: string) {
  return db.selectFrom('project').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The projects of these ids (any order); none for none. */
export function findProjectsByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** Projects with this exact name, of one organization when given, in every organization when not. */
export function findProjectsByName(db: Database, name: string, organizationId?: string) {
  return db
    .selectFrom('project')
    .selectAll()
    .where('name', '=', name)
    .$if(organizationId !== undefined, (q) => q.where('organizationId', '=', organizationId!))
    .execute();
}

export type NewProject = Pick<ProjectRow, 'organizationId' | 'name' | 'description' | 'source'>;

export function insertProject(db: Database, project: NewProject) {
  const now = new Date().toISOString();
  return db
    .insertInto('project')
    .values({ id: newId('project'), ...project, createdAt: now, updatedAt: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Deletes a project and, through foreign keys, everything in it; its id and organization, or undefined when there
 * was none.
 */
export function deleteProjectById(db: Database, id: string) {
  return db.deleteFrom('project').where('id', '=', id).returning(['id', 'organizationId', 'name']).executeTakeFirst();
}
