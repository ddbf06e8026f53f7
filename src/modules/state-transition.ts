import type { Selectable, Updateable } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/types.generated';
import { findStatusById, updateRowInStatus, type StatusOf, type StatusTable } from './state-transition.repository';
import { failure, type Failure } from './user-errors';

/**
 * One conditional statement (DECISIONS.md D6): `UPDATE … SET … WHERE id = ? AND status IN (from) RETURNING *`.
 * Of two racing requests exactly one wins; the other gets INVALID_STATE_TRANSITION naming the status it found.
 * Tasks change through their lifecycle (task/task-lifecycle.ts), which writes their events too; batches and
 * inference runs through this.
 */
export async function transitionRow<T extends StatusTable>(
  db: Database,
  table: T,
  id: string,
  from: readonly StatusOf<T>[],
  set: Updateable<DB[T]>,
  verb: string,
): Promise<Selectable<DB[T]> | Failure> {
  const row = await updateRowInStatus(db, table, id, from, set);
  if (row) return row;
  const current = await findStatusById(db, table, id);
  return failure(
    'INVALID_STATE_TRANSITION',
    `Cannot ${verb} a ${table} that is ${current ?? 'gone'} (allowed from ${from.join(', ')})`,
    ['id'],
  );
}
