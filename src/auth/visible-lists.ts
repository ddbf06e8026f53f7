import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/types.generated';
import type { Viewer } from './viewer';

// SQL conditions for root lists: only rows the caller may see, so that totalCount and pages agree.
type ProjectEb = ExpressionBuilder<DB, 'project'>;
type OrganizationEb = ExpressionBuilder<DB, 'organization'>;

// No bound boolean: better-sqlite3 cannot bind one.
const NONE = sql<SqlBool>`1 = 0`;

/**
 * What of the caller the conditions below put in SQL: a list that depends on the caller takes this as a param (its
 * key then names it; see defineList), rather than the whole viewer (two tokens of one user see the same rows).
 */
export type ViewerScope =
  { kind: 'anonymous' } | { kind: 'user'; userId: string } | { kind: 'service'; organizationId: string };

export function viewerScope(viewer: Viewer): ViewerScope {
  if (viewer.kind === 'user') return { kind: 'user', userId: viewer.userId };
  if (viewer.kind === 'service') return { kind: 'service', organizationId: viewer.organizationId };
  return { kind: 'anonymous' };
}

/** Projects the caller sees: memberships, and every project of organizations it is OWNER or ADMIN of. */
export function visibleProjects(viewer: ViewerScope) {
  return (eb: ProjectEb): Expression<SqlBool> => {
    if (viewer.kind === 'anonymous') return NONE;
    if (viewer.kind === 'service') return eb('project.organizationId', '=', viewer.organizationId);
    return eb.or([
      eb('project.id', 'in', eb.selectFrom('projectMember').select('projectId').where('userId', '=', viewer.userId)),
      eb(
        'project.organizationId',
        'in',
        eb
          .selectFrom('organizationMember')
          .select('organizationId')
          .where('userId', '=', viewer.userId)
          .where('role', 'in', ['OWNER', 'ADMIN']),
      ),
    ]);
  };
}

/** Organizations the caller belongs to (a service token: its own). */
export function visibleOrganizations(viewer: ViewerScope) {
  return (eb: OrganizationEb): Expression<SqlBool> => {
    if (viewer.kind === 'anonymous') return NONE;
    if (viewer.kind === 'service') return eb('organization.id', '=', viewer.organizationId);
    return eb(
      'organization.id',
      'in',
      eb.selectFrom('organizationMember').select('organizationId').where('userId', '=', viewer.userId),
    );
  };
}
