import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { failure, type Failure } from './user-errors';

/**
 * One conditional statement (DECISIONS.md D6): `UPDATE … SET … WHERE id = ? AND status IN (from) RETURNING *`.
 * Of two racing requests exactly one wins; the other gets INVALID_STATE_TRANSITION naming the status it found.
 */
export async function transition<R>(
  db: Database,
  table: 'task' | 'batch' | 'inferenceRun',
  id: string,
  from: readonly string[],
  set: Record<string, unknown>,
  verb: string,
): Promise<R | Failure> {
  const anyDb = db as unknown as Kysely<any>;
  const row = await anyDb
    .updateTable(table)
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', from)
    .returningAll()
    .executeTakeFirst();
  if (row) return row as R;
  const current = await anyDb.selectFrom(table).select('status').where('id', '=', id).executeTakeFirst();
  return failure(
    'INVALID_STATE_TRANSITION',
    `Cannot ${verb} a ${table} that is ${current?.status ?? 'gone'} (allowed from ${from.join(', ')})`,
    ['id'],
  );
}
