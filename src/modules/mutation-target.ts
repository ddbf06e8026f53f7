import type { Selectable } from 'kysely';
import type { RootField } from '../auth/role-table';
import type { Context } from '../context';
import type { DB } from '../db/types.generated';
import { tableOfId, type NodeTable } from '../ids';
import { notFound, type Failure } from './user-errors';

const WORDS: Partial<Record<NodeTable, string>> = { messageChunk: 'message chunk', appUser: 'user' };

/**
 * The row a mutation acts on, once the caller is allowed to: NOT_FOUND when the id is unknown, of another type
 * or invisible to the caller (D1); FORBIDDEN (thrown) when the caller sees it with too low a role for `field`.
 */
export async function mutationTarget<T extends NodeTable>(
  ctx: Context,
  field: RootField,
  table: T,
  id: string,
  path: string[] = ['id'],
): Promise<Selectable<DB[T]> | Failure> {
  const missing = notFound(WORDS[table] ?? table, path);
  if (tableOfId(id) !== table) return missing;
  const row = (await ctx.access.visible(table).load(id)) as
    (Selectable<DB[T]> & { projectId?: string; id: string }) | null;
  if (!row) return missing;
  const projectId = table === 'project' ? row.id : row.projectId;
  if (!projectId || !(await ctx.access.authorize(field, { projectId }))) return missing;
  return row;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'userErrors' in value && !('id' in value);
}
