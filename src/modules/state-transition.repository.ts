import type { Selectable, Updateable } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/types.generated';
import type { BatchStatus, TaskStatus } from '../graphql/types.generated';
import { findTaskStatusById, updateTaskInStatus } from './task/task.repository';

/** The tables whose rows have a lifecycle of statuses. */
export type StatusTable = 'task' | 'batch' | 'inferenceRun';
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
  switch (table) {
    case 'task':
      return (await updateTaskInStatus(
        db,
        id,
        from as readonly StatusOf<'task'>[],
        set as Updateable<DB['task']>,
      )) as Row;
    case 'batch':
      return (await db
        .updateTable('batch')
        .set(set as Updateable<DB['batch']>)
        .where('id', '=', id)
        .where('status', 'in', from as readonly StatusOf<'batch'>[])
        .returningAll()
        .executeTakeFirst()) as Row;
    default:
      return (await db
        .updateTable('inferenceRun')
        .set(set as Updateable<DB['inferenceRun']>)
        .where('id', '=', id)
        .where('status', 'in', from as readonly StatusOf<'inferenceRun'>[])
        .returningAll()
        .executeTakeFirst()) as Row;
  }
}

export async function findStatusById<T extends StatusTable>(
  db: Database,
  table: T,
  id: string,
): Promise<StatusOf<T> | undefined> {
  switch (table) {
    case 'task':
      return (await findTaskStatusById(db, id)) as StatusOf<T> | undefined;
    case 'batch':
      return (await db.selectFrom('batch').select('status').where('id', '=', id).executeTakeFirst())?.status as
        StatusOf<T> | undefined;
    default:
      return (await db.selectFrom('inferenceRun').select('status').where('id', '=', id).executeTakeFirst())?.status as
        StatusOf<T> | undefined;
  }
}
