import type { Actor } from '../../auth/access';
import { atLeast } from '../../auth/roles';
import type { Database } from '../../db/database';
import { tableOfId } from '../../ids';
import { findMemberProjectRoles, type ChangeVisibility } from './change.repository';

const NOTHING: ChangeVisibility = { projects: [], adminProjects: [], organizationWide: null };

/**
 * What of a project's or organization's change log the caller may read: a project's changes need VIEWER on it,
 * memberships and tokens (audience ADMINS) need ADMIN; the organization-wide ones need an organization role (ADMINS:
 * OWNER or ADMIN). Null when the caller sees nothing there, answered as an empty page like an unknown id (D1).
 */
export async function changeVisibility(
  db: Database,
  actor: Actor,
  scope: { projectId: string } | { organizationId: string },
): Promise<ChangeVisibility | null> {
  if ('projectId' in scope) {
    if (tableOfId(scope.projectId) !== 'project') return null;
    const role = await actor.projectRole.load(scope.projectId);
    if (!atLeast(role, 'VIEWER')) return null;
    return atLeast(role, 'ADMIN')
      ? { projects: 'ALL', adminProjects: 'ALL', organizationWide: 'ALL' }
      : { ...NOTHING, projects: [scope.projectId] };
  }
  if (tableOfId(scope.organizationId) !== 'organization') return null;
  const orgRole = await actor.organizationRole.load(scope.organizationId);
  if (!orgRole) return null;
  const viewer = actor.viewer;
  if (orgRole === 'OWNER' || orgRole === 'ADMIN')
    return { projects: 'ALL', adminProjects: 'ALL', organizationWide: 'ALL' };
  // A service token holds its role on every project of its organization, and no organization role.
  if (viewer.kind === 'service')
    return { projects: 'ALL', adminProjects: atLeast(viewer.role, 'ADMIN') ? 'ALL' : [], organizationWide: 'MEMBERS' };
  if (viewer.kind !== 'user') return null;
  const memberships = await findMemberProjectRoles(db, viewer.userId, scope.organizationId);
  return {
    projects: memberships.filter((m) => atLeast(m.role, 'VIEWER')).map((m) => m.projectId),
    adminProjects: memberships.filter((m) => atLeast(m.role, 'ADMIN')).map((m) => m.projectId),
    organizationWide: 'MEMBERS',
  };
}

/** The SQL filter of change.repository.ts for one row in memory (live subscriptions). */
export function isVisibleChange(
  row: { projectId: string | null; audience: 'MEMBERS' | 'ADMINS' },
  visibility: ChangeVisibility,
): boolean {
  const has = (list: 'ALL' | string[], id: string) => list === 'ALL' || list.includes(id);
  if (row.projectId === null)
    return (
      visibility.organizationWide === 'ALL' || (visibility.organizationWide === 'MEMBERS' && row.audience === 'MEMBERS')
    );
  return (
    has(visibility.projects, row.projectId) &&
    (row.audience === 'MEMBERS' || has(visibility.adminProjects, row.projectId))
  );
}
