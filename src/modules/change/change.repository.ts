import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { ChangeRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';
import type { ChangeType, Role } from '../../graphql/types.generated';

type NewChange = Omit<Insertable<DB['change']>, 'organizationId'> & { organizationId: string | null };

/** Reserves `n` sequences: the counter's increment; its row lock is held until COMMIT (see change-log.ts). */
export async function takeSequences(trx: Database, n: number): Promise<number> {
  const row = await trx
    .updateTable('changeCounter')
    .set((eb) => ({ sequence: eb('sequence', '+', n) }))
    .where('id', '=', 1)
    .returning('sequence')
    .executeTakeFirstOrThrow();
  return Number(row.sequence);
}

// Changes per INSERT: 1,000 rows of 12 parameters stay below both stores' bind limits (SQLite 32,766, PostgreSQL
// 65,535); a batchCancel of many PENDING tasks records one change per task.
const CHANGE_CHUNK = 1000;

/**
 * One multi-row insert (per CHANGE_CHUNK changes); a change without organizationId takes its project's, in the
 * same statement.
 */
export async function insertChanges(trx: Database, changes: NewChange[]): Promise<void> {
  for (let i = 0; i < changes.length; i += CHANGE_CHUNK)
    await trx
      .insertInto('change')
      .values(
        changes.slice(i, i + CHANGE_CHUNK).map(({ organizationId, ...c }) => ({
          ...c,
          organizationId:
            organizationId ??
            ((eb) => eb.selectFrom('project').select('project.organizationId').where('project.id', '=', c.projectId!)),
        })),
      )
      .execute();
}

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
  if (scope.types?.length) q = q.where('change.type', 'in', scope.types);
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

/** The sequence of the last change written (0 before the first). */
export async function lastSequence(db: Database): Promise<number> {
  const row = await db.selectFrom('changeCounter').select('sequence').where('id', '=', 1).executeTakeFirst();
  return Number(row?.sequence ?? 0);
}

/**
 * Deletes up to `limit` of the oldest changes created before `before` (retention), in one statement so that no lock
 * is held long; the number deleted. Run it again until it deletes fewer than `limit`.
 */
export async function deleteChangesBefore(db: Database, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('change')
    .where('sequence', 'in', (eb) =>
      eb.selectFrom('change').select('sequence').where('createdAt', '<', before).orderBy('createdAt').limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
