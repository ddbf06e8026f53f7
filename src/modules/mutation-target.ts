import type { Selectable } from 'kysely';
import type { RootField } from '../auth/role-table';
import type { Access } from '../auth/access';
import type { DB } from '../db/types.generated';
import { tableOfId, type NodeTable } from '../ids';
import { notFound, type Failure } from './user-errors';

const WORDS: Partial<Record<NodeTable, string>> = { messageChunk: 'message chunk', appUser: 'user' };

/**
 * The row a mutation acts on, once the caller is allowed to: NOT_FOUND when the id is unknown, of another type
 * or invisible to the caller (D1); FORBIDDEN (thrown) when the caller sees it with too low a role for `field`.
 */
export async function mutationTarget<T extends NodeTable>(
  actor: Access,
  field: RootField,
  table: T,
  id: string,
  path: string[] = ['id'],
): Promise<Selectable<DB[T]> | Failure> {
  const missing = notFound(WORDS[table] ?? table, path);
  if (tableOfId(id) !== table) return missing;
  const row = (await actor.visible(table).load(id)) as (Selectable<DB[T]> & { projectId?: string; id: string }) | null;
  if (!row) return missing;
  const projectId = table === 'project' ? row.id : row.projectId;
  if (!projectId || !(await actor.authorize(field, { projectId }))) return missing;
  return row;
}

/**
 * The project a create mutation puts its row in, once the caller is allowed to: NOT_FOUND at `path` when the id
 * is no project's or the caller has no role for `field` in it (D1). One authorization, no row read.
 */
export async function projectTarget(
  actor: Access,
  field: RootField,
  projectId: string,
  path: string[] = ['input', 'projectId'],
): Promise<string | Failure> {
  if (tableOfId(projectId) !== 'project' || !(await actor.authorize(field, { projectId })))
    return notFound('project', path);
  return projectId;
}

export { isFailure } from './result';

/** The person acting, for authorship and events; null for a service token (and the anonymous). */
export const actingUserId = (actor: Access): string | null =>
  actor.viewer.kind === 'user' ? actor.viewer.userId : null;
