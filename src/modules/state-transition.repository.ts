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
  type Row = Selectable<DB[T]> | undefined;
  if (table === 'batch')
    return (await db
      .updateTable('batch')
      .set(set as Updateable<DB['batch']>)
      .where('id', '=', id)
      .where('status', 'in', from as readonly BatchStatus[])
      .returningAll()
      .executeTakeFirst()) as Row;
  return (await db
    .updateTable('inferenceRun')
    .set(set as Updateable<DB['inferenceRun']>)
    .where('id', '=', id)
    .where('status', 'in', from as readonly TaskStatus[])
    .returningAll()
    .executeTakeFirst()) as Row;
}

/** A row's status (for the message of a refused change), or undefined when it is gone. */
export async function findStatusById<T extends StatusTable>(
  db: Database,
  table: T,
  id: string,
): Promise<StatusOf<T> | undefined> {
  const row =
    table === 'batch'
      ? await db.selectFrom('batch').select('status').where('id', '=', id).executeTakeFirst()
      : await db.selectFrom('inferenceRun').select('status').where('id', '=', id).executeTakeFirst();
  return row?.status as StatusOf<T> | undefined;
}
