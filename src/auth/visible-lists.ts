import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/types.generated';
import type { Viewer } from './viewer';

// SQL conditions for root lists: only rows the caller may see, so that totalCount and pages agree.
type ProjectEb = ExpressionBuilder<DB, 'project'>;
type OrganizationEb = ExpressionBuilder<DB, 'organization'>;

// No bound boolean: better-sqlite3 cannot bind one.
const NONE = sql<SqlBool>`1 = 0`;

/** Projects the caller sees: memberships, and every project of organizations it is OWNER or ADMIN of. */
export function visibleProjects(viewer: Viewer) {
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
export function visibleOrganizations(viewer: Viewer) {
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

/** A cache key for a list that depends on the caller. */
export function viewerKey(viewer: Viewer): string {
  return viewer.kind === 'anonymous' ? 'anonymous' : viewer.tokenId;
}
