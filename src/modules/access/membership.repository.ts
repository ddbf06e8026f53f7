import type { Database } from '../../db/database';
import type { OrganizationRole, Role } from '../../graphql/types.generated';
import { newId } from '../../ids';

/** The user with this email, created (with `name`) when there is none; race-safe on the unique email. */
export async function findOrCreateUserByEmail(db: Database, email: string, name: string) {
  await db
    .insertInto('appUser')
    .values({ id: newId('appUser'), email, name, createdAt: new Date().toISOString() })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  return db.selectFrom('appUser').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
}

export function findOrganizationMember(db: Database, organizationId: string, userId: string) {
  return db
    .selectFrom('organizationMember')
    .selectAll()
    .where('organizationId', '=', organizationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

/** Sets a person's organization role, adding the membership when there is none (one statement). */
export function upsertOrganizationMember(db: Database, organizationId: string, userId: string, role: OrganizationRole) {
  return db
    .insertInto('organizationMember')
    .values({ id: newId('organizationMember'), organizationId, userId, role, createdAt: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['organizationId', 'userId']).doUpdateSet({ role }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Queues concurrent membership changes of one organization behind each other (a no-op write takes the row lock
 * on PostgreSQL; SQLite has one writer anyway), so that "at least one OWNER" cannot be broken by two requests
 * that each see another OWNER left. Call it first in the transaction.
 */
export async function lockOrganization(db: Database, organizationId: string): Promise<void> {
  await db
    .updateTable('organization')
    .set((eb) => ({ slug: eb.ref('slug') }))
    .where('id', '=', organizationId)
    .execute();
}

export async function countOwners(db: Database, organizationId: string): Promise<number> {
  const { n } = await db
    .selectFrom('organizationMember')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('organizationId', '=', organizationId)
    .where('role', '=', 'OWNER')
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Removes a person from an organization and from every project of it. */
export async function deleteOrganizationMember(db: Database, organizationId: string, userId: string) {
  await db
    .deleteFrom('projectMember')
    .where('userId', '=', userId)
    .where('projectId', 'in', (qb) =>
      qb.selectFrom('project').select('id').where('organizationId', '=', organizationId),
    )
    .execute();
  return db
    .deleteFrom('organizationMember')
    .where('organizationId', '=', organizationId)
    .where('userId', '=', userId)
    .returning('id')
    .executeTakeFirst();
}

export function findProjectMember(db: Database, projectId: string, userId: string) {
  return db
    .selectFrom('projectMember')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export function upsertProjectMember(db: Database, projectId: string, userId: string, role: Role) {
  return db
    .insertInto('projectMember')
    .values({ id: newId('projectMember'), projectId, userId, role, createdAt: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['projectId', 'userId']).doUpdateSet({ role }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteProjectMember(db: Database, projectId: string, userId: string) {
  return db
    .deleteFrom('projectMember')
    .where('projectId', '=', projectId)
    .where('userId', '=', userId)
    .returning('id')
    .executeTakeFirst();
}
