import type { Database } from '../../db/database';
import type { ProjectRow } from '../../db/rows';
import type { OrganizationRole, Role } from '../../graphql/types.generated';
import { newId } from '../../ids';

// Roles and visibility (src/auth/access.ts)

/** Each project with the caller's project membership and organization role, in one statement. */
export function findUserRolesOnProjects(db: Database, userId: string, projectIds: readonly string[]) {
  return db
    .selectFrom('project as p')
    .leftJoin('projectMember as pm', (join) => join.onRef('pm.projectId', '=', 'p.id').on('pm.userId', '=', userId))
    .leftJoin('organizationMember as om', (join) =>
      join.onRef('om.organizationId', '=', 'p.organizationId').on('om.userId', '=', userId),
    )
    .selectAll('p')
    .select(['pm.role as projectRole', 'om.role as organizationRole'])
    .where('p.id', 'in', projectIds)
    .execute() as Promise<(ProjectRow & { projectRole: Role | null; organizationRole: OrganizationRole | null })[]>;
}

export function findUserOrganizationRoles(db: Database, userId: string, organizationIds: readonly string[]) {
  return db
    .selectFrom('organizationMember')
    .select(['organizationId', 'role'])
    .where('userId', '=', userId)
    .where('organizationId', 'in', organizationIds)
    .execute();
}

/** The caller's highest project-membership role in each organization (one statement). */
export function findBestProjectRoles(db: Database, userId: string, organizationIds: readonly string[]) {
  return db
    .selectFrom('projectMember as pm')
    .innerJoin('project as p', 'p.id', 'pm.projectId')
    .select(['p.organizationId', 'pm.role'])
    .where('pm.userId', '=', userId)
    .where('p.organizationId', 'in', organizationIds)
    .execute() as Promise<{ organizationId: string; role: Role }[]>;
}

/** Which of `userIds` are members of an organization that `adminUserId` is an OWNER or ADMIN of. */
export async function findUsersAdministeredBy(db: Database, adminUserId: string, userIds: readonly string[]) {
  const rows = await db
    .selectFrom('organizationMember as member')
    .innerJoin('organizationMember as admin', 'admin.organizationId', 'member.organizationId')
    .select('member.userId')
    .distinct()
    .where('admin.userId', '=', adminUserId)
    .where('admin.role', 'in', ['OWNER', 'ADMIN'])
    .where('member.userId', 'in', userIds)
    .execute();
  return new Set(rows.map((r) => r.userId));
}

/** Which of `userIds` share an organization with `viewerUserId` (or are in `organizationId`, for a service token). */
export async function findUsersVisibleTo(
  db: Database,
  scope: { userId: string } | { organizationId: string },
  userIds: readonly string[],
) {
  const rows = await db
    .selectFrom('organizationMember')
    .select('userId')
    .distinct()
    .where('userId', 'in', userIds)
    .where('organizationId', 'in', (qb) =>
      'userId' in scope
        ? qb.selectFrom('organizationMember').select('organizationId').where('userId', '=', scope.userId)
        : qb.selectFrom('organization').select('id').where('id', '=', scope.organizationId),
    )
    .execute();
  return new Set(rows.map((r) => r.userId));
}

// People and memberships

export function findUserByEmail(db: Database, email: string) {
  return db.selectFrom('appUser').selectAll().where('email', '=', email).executeTakeFirst();
}

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

export async function countOrganizationOwners(db: Database, organizationId: string): Promise<number> {
  const { n } = await db
    .selectFrom('organizationMember')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('organizationId', '=', organizationId)
    .where('role', '=', 'OWNER')
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Removes a person from an organization and from every project of it; the organization membership removed (if
 * any) and the project memberships removed with it.
 */
export async function deleteOrganizationMember(db: Database, organizationId: string, userId: string) {
  const projectMembers = await db
    .deleteFrom('projectMember')
    .where('userId', '=', userId)
    .where('projectId', 'in', (qb) =>
      qb.selectFrom('project').select('id').where('organizationId', '=', organizationId),
    )
    .returningAll()
    .execute();
  const member = await db
    .deleteFrom('organizationMember')
    .where('organizationId', '=', organizationId)
    .where('userId', '=', userId)
    .returningAll()
    .executeTakeFirst();
  return { member, projectMembers };
}

/** The organizations a person is a member of (where their personal token's changes are recorded). */
export async function findUserOrganizationIds(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organizationMember')
    .select('organizationId')
    .where('userId', '=', userId)
    .orderBy('organizationId')
    .execute();
  return rows.map((r) => r.organizationId);
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
    .returningAll()
    .executeTakeFirst();
}

// API tokens

export function findActiveTokenByHash(db: Database, tokenHash: string) {
  return db
    .selectFrom('apiToken')
    .select(['id', 'userId', 'organizationId', 'serviceRole'])
    .where('tokenHash', '=', tokenHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

export async function updateTokenLastUsedAt(db: Database, tokenId: string, at: string): Promise<void> {
  await db.updateTable('apiToken').set({ lastUsedAt: at }).where('id', '=', tokenId).execute();
}

export type NewToken = { id: string; name: string; tokenHash: string; prefix: string; createdAt: string } & (
  | { userId: string; organizationId?: null; serviceRole?: null }
  | { userId?: null; organizationId: string; serviceRole: Role }
);

export function insertToken(db: Database, token: NewToken) {
  return db.insertInto('apiToken').values(token).returningAll().executeTakeFirstOrThrow();
}

/** Revokes a token unless it already is (one conditional statement: of two racing calls, one wins). */
export function updateTokenRevokedAt(db: Database, tokenId: string, at: string) {
  return db
    .updateTable('apiToken')
    .set({ revokedAt: at })
    .where('id', '=', tokenId)
    .where('revokedAt', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
