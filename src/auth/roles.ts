import type { OrganizationRole, Role } from '../graphql/types.generated';

export const ROLES: readonly Role[] = ['VIEWER', 'ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN', 'OWNER'];

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function atLeast(role: Role | null | undefined, required: Role): boolean {
  return role != null && roleRank(role) >= roleRank(required);
}

/** The higher of two roles (null counts as none). */
export function higherRole(a: Role | null | undefined, b: Role | null | undefined): Role | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return roleRank(a) >= roleRank(b) ? a : b;
}

/** The project role an organization role confers on every project of the organization (MEMBER: none). */
export function projectRoleFromOrganization(role: OrganizationRole | null | undefined): Role | null {
  return role === 'OWNER' || role === 'ADMIN' ? role : null;
}
