import type { Rule } from '../../src/auth/role-table';
import { roleRank } from '../../src/auth/roles';
import type { Viewer } from '../../src/auth/viewer';
import type { OrganizationRole, Role } from '../../src/graphql/types.generated';
import type { GraphQLResult } from './server';

// Every root field of the schema, for every kind of caller, against the role table (src/auth/role-table.ts).
// The callers below are declared by their memberships; what each may do follows from the rule alone.
export type Caller = {
  name: string;
  viewer: Viewer;
  organizationRole: OrganizationRole | null; // in organization A; null: a stranger (organization B)
  projectRole?: Role; // membership of project P
  serviceRole?: Role; // a service token of organization A
};
export type Outcome = 'allowed' | 'invisible' | 'forbidden' | 'unauthenticated';
export type Target = 'none' | 'project' | 'organization';
export type Sample = { target: Target; run: (caller: Caller) => Promise<Outcome> };

export function effectiveProjectRole(c: Caller): Role | null {
  if (c.serviceRole) return c.serviceRole;
  const fromOrganization = c.organizationRole === 'OWNER' || c.organizationRole === 'ADMIN' ? c.organizationRole : null;
  const candidates = [c.projectRole, fromOrganization].filter((r): r is Role => !!r);
  return candidates.sort((a, b) => roleRank(b) - roleRank(a))[0] ?? null;
}

export function expected(rule: Rule, c: Caller, target: Target): Outcome {
  if (c.viewer.kind === 'anonymous') return rule.scope === 'public' ? 'allowed' : 'unauthenticated';
  const seesOrganization = c.organizationRole !== null || !!c.serviceRole;
  const seesProject = effectiveProjectRole(c) !== null;
  const sees = target === 'none' || (target === 'project' ? seesProject : seesOrganization);
  // A service token acts with its role, like a person (issue 16): no rule admits a token above its role.
  switch (rule.scope) {
    case 'public':
    case 'authenticated':
      return sees ? 'allowed' : 'invisible';
    case 'person':
      return c.viewer.kind === 'service' ? 'forbidden' : 'allowed';
    case 'project': {
      if (!seesProject) return 'invisible';
      return roleRank(effectiveProjectRole(c)!) >= roleRank(rule.role) ? 'allowed' : 'forbidden';
    }
    case 'organization': {
      if (!seesOrganization) return 'invisible';
      // Organization-wide work below ADMIN also admits the caller's best project role in the organization (a
      // service token's role is its role on every project); OWNER/ADMIN work needs that organization role, which
      // a service token never holds.
      const orgRole = c.organizationRole === 'OWNER' || c.organizationRole === 'ADMIN' ? c.organizationRole : null;
      const projectRole = c.serviceRole ?? c.projectRole;
      const candidates = [orgRole, roleRank(rule.role) < roleRank('ADMIN') ? projectRole : null].filter(
        (r): r is Role => !!r,
      );
      return candidates.some((r) => roleRank(r) >= roleRank(rule.role)) ? 'allowed' : 'forbidden';
    }
  }
}

export function topLevel(result: GraphQLResult): Outcome | null {
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'FORBIDDEN') return 'forbidden';
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return null;
}
