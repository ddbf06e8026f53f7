import type { ExpressionBuilder, Selectable, Updateable } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/types.generated';

// The leased-job queries that export jobs and connector runs share (D6, D9): a job is claimable when PENDING, or
// IN_PROGRESS with a lease that ran out (its worker stopped); a claim is one conditional update; a held write
// applies only while the job is IN_PROGRESS and claimed by this worker, so a canceled or taken-over job writes nothing.
export type LeasedTable = 'exportJob' | 'connectorRun';
// The columns every leased table has; Kysely is given one table's name so its builders type-check for both.
type Leased = DB['exportJob'];

const claimable = (now: string) => (eb: ExpressionBuilder<DB, 'exportJob'>) =>
  eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'IN_PROGRESS'), eb('leaseUntil', '<', now)])]);

const heldBy = (id: string, workerId: string) => (eb: ExpressionBuilder<DB, 'exportJob'>) =>
  eb.and([eb('id', '=', id), eb('status', '=', 'IN_PROGRESS'), eb('claimedBy', '=', workerId)]);

/** The first claimable job of `table` in id order, with its status (PENDING, or IN_PROGRESS for a takeover). */
export function findClaimableJobId(db: Database, table: LeasedTable, now: string) {
  return db
    .selectFrom(table as 'exportJob')
    .select(['id', 'status'])
    .where(claimable(now))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Claims a job if it is still claimable (one conditional update); undefined when another worker was first. */
export function claimJobById<T extends LeasedTable>(
  db: Database,
  table: T,
  id: string,
  now: string,
  workerId: string,
  leaseUntil: string,
) {
  return db
    .updateTable(table as 'exportJob')
    .set((eb) => ({
      status: 'IN_PROGRESS',
      claimedBy: workerId,
      leaseUntil,
      startedAt: eb.fn.coalesce('startedAt', eb.val(now)),
    }))
    .where(claimable(now))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst() as Promise<Selectable<DB[T]> | undefined>;
}

/** A held write: the job's progress, lease or end; undefined when the job is no longer this worker's. */
export function updateHeldJob<T extends LeasedTable>(
  db: Database,
  table: T,
  id: string,
  workerId: string,
  set: Updateable<DB[T]>,
) {
  return db
    .updateTable(table as 'exportJob')
    .set(set as Updateable<Leased>)
    .where(heldBy(id, workerId))
    .returningAll()
    .executeTakeFirst() as Promise<Selectable<DB[T]> | undefined>;
}
