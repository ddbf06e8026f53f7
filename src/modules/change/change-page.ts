import type { Context } from '../../context';
import type { ChangeRow } from '../../db/rows';
import type { ChangeType } from '../../graphql/types.generated';
import { toConnection, type Connection } from '../../pagination/connection';
import { pageWindow, type PageArgs } from '../../pagination/page-window';
import { sequenceOfPosition } from './change-cursor';
import { changeVisibility } from './change-visibility';
import { countChanges, findChanges } from './change.repository';

const position = (row: ChangeRow) => `chg:${Number(row.sequence)}`;

/** A page of a project's or organization's change log, by sequence, as the caller may see it. */
export async function readChangePage(
  ctx: Context,
  scope: { projectId: string } | { organizationId: string },
  types: readonly ChangeType[] | null | undefined,
  args: PageArgs,
): Promise<Connection<ChangeRow>> {
  const window = pageWindow(args);
  const after = sequenceOfPosition(window.after, 'after');
  const before = sequenceOfPosition(window.before, 'before');
  const visibility = await changeVisibility(ctx.db, ctx.access, scope);
  if (!visibility) return toConnection<ChangeRow>([], window, () => Promise.resolve(0), position);
  const query = { ...scope, visibility, types };
  const rows = await findChanges(ctx.db, query, { after, before, limit: window.limit + 1, backward: window.backward });
  return toConnection(rows, window, () => countChanges(ctx.db, query), position);
}
