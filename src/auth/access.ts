import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import { findRowsByIds } from '../db/list.repository';
import { AppError } from '../errors';
import type { OrganizationRole, Role } from '../graphql/types.generated';
import { tableOfId, type NodeTable } from '../ids';
import type { Loaders } from '../loaders';
import {
  findBestProjectRoles,
  findUserOrganizationRoles,
  findUserRolesOnProjects,
  findUsersAdministeredBy,
  findUsersVisibleTo,
} from '../modules/access/access.repository';
import { ROOT_FIELD_RULES, READ_ROLE, type RootField } from './role-table';
import { atLeast, higherRole, projectRoleFromOrganization, roleRank } from './roles';
import type { Viewer } from './viewer';

type Row = { id: string } & Record<string, unknown>;

/** The target of an authorization: what project or organization the input names. */
export type Target = { projectId: string } | { organizationId: string } | Record<string, never>;

/** Per-request access checks. Every lookup is a batched DataLoader: no SQL per row. */
export function createAccess(db: Database, viewer: Viewer, loaders: Loaders) {
  // The statement that finds the caller's role reads the project rows too, and hands them to the row loader: a
  // request that starts at project(id) pays one statement for the project and its role together.
  const projectRows = () => loaders.rowById('project');
  const projectRole = new DataLoader<string, Role | null>(async (projectIds) => {
    if (viewer.kind === 'anonymous') return projectIds.map(() => null);
    if (viewer.kind === 'service') {
      const rows = new Map((await findRowsByIds(db, 'project', projectIds)).map((r) => [r.id, r]));
      for (const row of rows.values()) projectRows().prime(row.id, row);
      return projectIds.map((id) => (rows.get(id)?.organizationId === viewer.organizationId ? viewer.role : null));
    }
    const rows = new Map((await findUserRolesOnProjects(db, viewer.userId, projectIds)).map((r) => [r.id, r]));
    return projectIds.map((id) => {
      const r = rows.get(id);
      if (!r) return null;
      const { projectRole: member, organizationRole, ...project } = r;
      projectRows().prime(id, project);
      return higherRole(member, projectRoleFromOrganization(organizationRole));
    });
  });

  // MEMBER for a service token of the organization: it sees the organization, and acts by its project role.
  const organizationRole = new DataLoader<string, OrganizationRole | null>(async (organizationIds) => {
    if (viewer.kind === 'anonymous') return organizationIds.map(() => null);
    if (viewer.kind === 'service') return organizationIds.map((id) => (id === viewer.organizationId ? 'MEMBER' : null));
    const rows = new Map(
      (await findUserOrganizationRoles(db, viewer.userId, organizationIds)).map((r) => [r.organizationId, r.role]),
    );
    return organizationIds.map((id) => rows.get(id) ?? null);
  });

  const userVisible = new DataLoader<string, boolean>(async (userIds) => {
    if (viewer.kind === 'anonymous') return userIds.map(() => false);
    const scope = viewer.kind === 'user' ? { userId: viewer.userId } : { organizationId: viewer.organizationId };
    const visible = await findUsersVisibleTo(db, scope, userIds);
    return userIds.map((id) => (viewer.kind === 'user' && id === viewer.userId) || visible.has(id));
  });

  // People whose tokens the caller may see and revoke: members of organizations it is OWNER or ADMIN of (D3).
  const administers = new DataLoader<string, boolean>(async (userIds) => {
    if (viewer.kind !== 'user') return userIds.map(() => false);
    const members = await findUsersAdministeredBy(db, viewer.userId, userIds);
    return userIds.map((id) => members.has(id));
  });

  // The caller's role for organization-wide work: its OWNER/ADMIN role, else its best project role there
  // (a project MANAGER may manage the organization's prompts, as in Label Studio; DECISIONS.md D3).
  const bestRoleInOrganization = new DataLoader<string, Role | null>(async (organizationIds) => {
    if (viewer.kind !== 'user') return organizationIds.map(() => null);
    const rows = await findBestProjectRoles(db, viewer.userId, organizationIds);
    return organizationIds.map((id) =>
      rows.filter((r) => r.organizationId === id).reduce<Role | null>((best, r) => higherRole(best, r.role), null),
    );
  });

  const isOrganizationAdmin = async (organizationId: string) => {
    const role = await organizationRole.load(organizationId);
    return viewer.kind === 'user' && (role === 'OWNER' || role === 'ADMIN');
  };

  /** May the caller see this row? Rows below a project need READ_ROLE on it. */
  async function canSee(table: NodeTable, row: Row): Promise<boolean> {
    switch (table) {
      case 'organization':
        return (await organizationRole.load(row.id)) !== null;
      case 'appUser':
        return userVisible.load(row.id);
      case 'project':
        return atLeast(await projectRole.load(row.id), READ_ROLE);
      case 'organizationMember':
        return (await organizationRole.load(row.organizationId as string)) !== null;
      case 'apiToken':
        if (viewer.kind === 'anonymous') return false;
        if (row.id === viewer.tokenId || (viewer.kind === 'user' && row.userId === viewer.userId)) return true;
        if (row.userId) return administers.load(row.userId as string);
        return isOrganizationAdmin(row.organizationId as string);
      case 'prompt':
      case 'providerConnection':
        return (await organizationRole.load(row.organizationId as string)) !== null;
      case 'promptVersion': {
        const prompt = await loaders.rowById('prompt').load(row.promptId as string);
        return !!prompt && (await organizationRole.load(prompt.organizationId)) !== null;
      }
      case 'change': {
        // As the change log shows it (change-visibility.ts): admins only for memberships and tokens.
        const least = row.audience === 'ADMINS' ? 'ADMIN' : READ_ROLE;
        if (row.projectId) return atLeast(await projectRole.load(row.projectId as string), least);
        const orgRole = await organizationRole.load(row.organizationId as string);
        return least === 'ADMIN' ? orgRole === 'OWNER' || orgRole === 'ADMIN' : orgRole !== null;
      }
      case 'webhook':
      case 'webhookDelivery':
        // Only who may administer it (a webhook receives memberships and tokens too): project ADMIN, or
        // organization OWNER/ADMIN (who hold ADMIN on every project) for an organization webhook.
        if (row.projectId) return atLeast(await projectRole.load(row.projectId as string), 'ADMIN');
        return isOrganizationAdmin(row.organizationId as string);
      default:
        return atLeast(await projectRole.load(row.projectId as string), READ_ROLE);
    }
  }

  const visibleLoaders = new Map<NodeTable, DataLoader<string, Row | null>>();
  /** Rows by id that the caller may see; null for unknown ids and invisible rows alike (D1). */
  function visible(table: NodeTable): DataLoader<string, Row | null> {
    let loader = visibleLoaders.get(table);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        if (table === 'project') await projectRole.loadMany(ids);
        const rows = (await loaders.rowById(table).loadMany(ids)) as (Row | null | Error)[];
        return Promise.all(
          rows.map(async (row) => (row && !(row instanceof Error) && (await canSee(table, row)) ? row : null)),
        );
      });
      visibleLoaders.set(table, loader);
    }
    return loader;
  }

  /**
   * Checks a root field's rule (role-table.ts) against the caller. Throws FORBIDDEN when the caller sees the
   * target with too low a role; returns false when the target is invisible (the caller answers NOT_FOUND).
   */
  async function authorize(field: RootField, target: Target = {}): Promise<boolean> {
    const rule = ROOT_FIELD_RULES[field];
    if (rule.scope === 'public' || rule.scope === 'authenticated') return true;
    if (rule.scope === 'person') {
      if (viewer.kind !== 'user') throw new AppError('Only a person can do this, not a service token', 'FORBIDDEN');
      return true;
    }
    let role: Role | null;
    let visibleTarget: boolean;
    // A client's id of another shape (empty, another type, malformed, NUL bytes PostgreSQL refuses in text) names
    // nothing: invisible, without a statement.
    if ('projectId' in target && typeof target.projectId === 'string') {
      if (tableOfId(target.projectId) !== 'project') return false;
    } else if (
      'organizationId' in target &&
      typeof target.organizationId === 'string' &&
      tableOfId(target.organizationId) !== 'organization'
    )
      return false;
    if ('projectId' in target && target.projectId) {
      role = await projectRole.load(target.projectId);
      visibleTarget = role !== null;
    } else if ('organizationId' in target && target.organizationId) {
      const orgRole = await organizationRole.load(target.organizationId);
      visibleTarget = orgRole !== null;
      // Organization-wide work below ADMIN also admits the caller's best project role there; a service token's role
      // is its role on every project of its organization. OWNER/ADMIN work needs that organization role, which a
      // service token never holds.
      const belowAdmin = !!orgRole && roleRank(rule.role) < roleRank('ADMIN');
      role =
        viewer.kind === 'service'
          ? belowAdmin
            ? viewer.role
            : null
          : higherRole(
              projectRoleFromOrganization(orgRole),
              belowAdmin ? await bestRoleInOrganization.load(target.organizationId) : null,
            );
    } else {
      throw new Error(`${field} needs a ${rule.scope} to authorize against`);
    }
    if (!visibleTarget) return false;
    // A service token acts with its role, like a person, and is refused in the same (the seed's) words.
    if (!atLeast(role, rule.role)) {
      throw new AppError(`User does not have the minimal required ${rule.scope} role "${rule.role}"`, 'FORBIDDEN', {
        requiredRole: rule.role,
        scope: rule.scope,
      });
    }
    return true;
  }

  return { viewer, projectRole, organizationRole, visible, authorize };
}

export type Access = ReturnType<typeof createAccess>;

/** Who a service acts for: the caller's access checks (its viewer, the rows it may see, its role per target). */
export type Actor = Access;
