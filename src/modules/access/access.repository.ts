import type { Database } from '../../db/database';
import type { ProjectRow } from '../../db/rows';
import type { OrganizationRole, Role } from '../../graphql/types.generated';

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
