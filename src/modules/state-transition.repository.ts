import type { Selectable, Updateable } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/types.generated';
import type { BatchStatus, TaskStatus } from '../graphql/types.generated';

/** The tables whose rows change status through transitionRow (tasks go through their lifecycle, task-lifecycle.ts). */
export type StatusTable = 'batch' | 'inferenceRun';
export type StatusOf<T extends StatusTable> = T extends 'batch' ? BatchStatus : TaskStatus;

/** `UPDATE <table> SET … WHERE id = ? AND status IN (from) RETURNING *` (DECISIONS.md D6); undefined: no row. */
export async function updateRowInStatus<T extends StatusTable>(
  db: Database,
  table: T,
  id: string,
  from: readonly StatusOf<T>[],
  set: Updateable<DB[T]>,
): Promise<Selectable<DB[T]> | undefined> {
  const name: StatusTable = table; // the union, not the type parameter: Kysely resolves its types then
  const row = await db
    .updateTable(name)
    .set(set as Updateable<DB[StatusTable]>)
    .where('id', '=', id)
    .where('status', 'in', from)
    .returningAll()
    .executeTakeFirst();
  return row as Selectable<DB[T]> | undefined;
}

/** A row's status (for the message of a refused change), or undefined when it is gone. */
export async function findStatusById<T extends StatusTable>(
  db: Database,
  table: T,
  id: string,
): Promise<StatusOf<T> | undefined> {
  const name: StatusTable = table;
  const row = await db.selectFrom(name).select('status').where('id', '=', id).executeTakeFirst();
  return row?.status as StatusOf<T> | undefined;
}
