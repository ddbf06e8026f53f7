import { sql } from 'kysely';
import type { Database } from '../../db/database';
import type { ChangeRow } from '../../db/rows';
import type { ChangeType, Role } from '../../graphql/types.generated';

/**
 * Which changes of a scope the caller sees: those of `projects` (of `adminProjects`, admin-only ones too) and the
 * organization-wide ones (`ALL`, or only those for members). Made by change-visibility.ts.
 */
export type ChangeVisibility = {
  projects: 'ALL' | string[];
  adminProjects: 'ALL' | string[];
  organizationWide: 'ALL' | 'MEMBERS' | null;
};

export type ChangeScope = ({ projectId: string } | { organizationId: string }) & {
  visibility: ChangeVisibility;
  types?: readonly ChangeType[] | null;
};

function scoped(db: Database, scope: ChangeScope) {
  let q = db.selectFrom('change');
  q =
    'projectId' in scope
      ? q.where('change.projectId', '=', scope.projectId)
      : q.where('change.organizationId', '=', scope.organizationId);
  // Distinct: a client's list may repeat a type thousands of times; the enum has a few dozen.
  if (scope.types?.length) q = q.where('change.type', 'in', [...new Set(scope.types)]);
  const { projects, adminProjects, organizationWide } = scope.visibility;
  if (projects === 'ALL' && adminProjects === 'ALL' && organizationWide === 'ALL') return q;
  return q.where((eb) => {
    const inList = (list: 'ALL' | string[]) =>
      list === 'ALL' ? eb('change.projectId', 'is not', null) : eb('change.projectId', 'in', list);
    const ofProjects =
      projects === 'ALL' || projects.length
        ? [
            eb.and([
              inList(projects),
              eb.or([
                eb('change.audience', '=', 'MEMBERS'),
                ...(adminProjects === 'ALL' || adminProjects.length ? [inList(adminProjects)] : []),
              ]),
            ]),
          ]
        : [];
    const ofOrganization = organizationWide
      ? [
          eb.and([
            eb('change.projectId', 'is', null),
            ...(organizationWide === 'MEMBERS' ? [eb('change.audience', '=', 'MEMBERS')] : []),
          ]),
        ]
      : [];
    return eb.or([...ofProjects, ...ofOrganization, sql<boolean>`1 = 0`]);
  });
}

/** The projects of an organization a person is a member of, with the role (for change-visibility.ts). */
export async function findMemberProjectRoles(
  db: Database,
  userId: string,
  organizationId: string,
): Promise<{ projectId: string; role: Role }[]> {
  return db
    .selectFrom('projectMember')
    .innerJoin('project', 'project.id', 'projectMember.projectId')
    .select(['projectMember.projectId', 'projectMember.role'])
    .where('projectMember.userId', '=', userId)
    .where('project.organizationId', '=', organizationId)
    .execute();
}

/** Up to `limit` changes after (or, backward, before) the given sequences, in the order of the walk. */
export async function findChanges(
  db: Database,
  scope: ChangeScope,
  window: { after: number | null; before: number | null; limit: number; backward: boolean },
): Promise<ChangeRow[]> {
  let q = scoped(db, scope).selectAll('change');
  if (window.after !== null) q = q.where('change.sequence', '>', window.after);
  if (window.before !== null) q = q.where('change.sequence', '<', window.before);
  return q
    .orderBy('change.sequence', window.backward ? 'desc' : 'asc')
    .limit(window.limit)
    .execute();
}

export async function countChanges(db: Database, scope: ChangeScope): Promise<number> {
  const row = await scoped(db, scope)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every change after `after`, in sequence order, up to `limit` (the feed's read; visibility is per subscriber). */
export async function findChangesAfter(db: Database, after: number, limit: number): Promise<ChangeRow[]> {
  return db
    .selectFrom('change')
    .selectAll()
    .where('sequence', '>', after)
    .orderBy('sequence', 'asc')
    .limit(limit)
    .execute();
}

/**
 * Deletes up to `limit` of the oldest changes created before `before` (retention), in one statement so that no lock
 * is held long; the number deleted. Run it again until it deletes fewer than `limit`.
 */
export async function deleteChangesBefore(db: Database, before: string, limit: number): Promise<number> {
  // The oldest `limit` by sequence (the primary key; created_at grows with it, and has no index of its own for every
  // mutation to write), of which those older than `before`: bounded work even when nothing is old.
  const result = await db
    .deleteFrom('change')
    .where('sequence', 'in', (eb) => eb.selectFrom('change').select('sequence').orderBy('sequence').limit(limit))
    .where('createdAt', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
