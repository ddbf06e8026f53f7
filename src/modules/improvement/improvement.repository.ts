import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { DB } from '../../db/types.generated';
import type { ImprovementOutcome } from '../../graphql/types.generated';

/**
 * Queues an item unless its session has an open one (PENDING or PROCESSING: a partial unique index allows one);
 * true when it did.
 */
export async function insertImprovementItemUnlessOpen(
  db: Database,
  values: Insertable<DB['improvementItem']>,
): Promise<boolean> {
  const result = await db
    .insertInto('improvementItem')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('sessionId')
        .where('status', 'in', [sql.lit<'PENDING'>('PENDING'), sql.lit<'PROCESSING'>('PROCESSING')])
        .doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The session's open item: PENDING or PROCESSING (there is one, after insertImprovementItemUnlessOpen). */
export function findOpenImprovementItemBySessionId(db: Database, sessionId: string) {
  return db
    .selectFrom('improvementItem')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('status', 'in', ['PENDING', 'PROCESSING'])
    .executeTakeFirstOrThrow();
}

/** The oldest claimable item of the project: PENDING, or PROCESSING with a lease that ran out before `nowIso`. */
export function findClaimableImprovementItem(db: Database, projectId: string, nowIso: string) {
  return db
    .selectFrom('improvementItem')
    .select(['id', 'status'])
    .where('projectId', '=', projectId)
    .where((eb) =>
      eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'PROCESSING'), eb('leaseUntil', '<', nowIso)])]),
    )
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Claims the item if it is still claimable (one conditional update); undefined when another worker took it. */
export function updateImprovementItemClaimed(
  db: Database,
  id: string,
  claim: { claimedBy: string | null; leaseUntil: string; nowIso: string },
) {
  return db
    .updateTable('improvementItem')
    .set({ status: 'PROCESSING', claimedBy: claim.claimedBy, leaseUntil: claim.leaseUntil, updatedAt: claim.nowIso })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'PENDING'),
        eb.and([eb('status', '=', 'PROCESSING'), eb('leaseUntil', '<', claim.nowIso)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Completes a PROCESSING item held by `claimedBy` (one conditional update); undefined otherwise. */
export function updateImprovementItemCompleted(
  db: Database,
  id: string,
  claimedBy: string | null,
  outcome: ImprovementOutcome,
  detail: string | null,
) {
  return db
    .updateTable('improvementItem')
    .set({ status: outcome, detail, leaseUntil: null, updatedAt: new Date().toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'PROCESSING')
    .where('claimedBy', '=', claimedBy)
    .returningAll()
    .executeTakeFirst();
}

export function findImprovementItemState(db: Database, id: string) {
  return db.selectFrom('improvementItem').select(['status', 'claimedBy']).where('id', '=', id).executeTakeFirst();
}

export function findBatchByReleaseId(db: Database, projectId: string, releaseId: string) {
  return db
    .selectFrom('batch')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('releaseId', '=', releaseId)
    .executeTakeFirst();
}

/** Releases the project's collecting batch under `releaseId` (one conditional update); undefined when none collects. */
export function updateCollectingBatchReleased(db: Database, projectId: string, releaseId: string, now: string) {
  return db
    .updateTable('batch')
    .set({ status: 'RELEASED', sourceStatus: 'released', releaseId, releasedAt: now, updatedAt: now })
    .where('projectId', '=', projectId)
    .where('status', '=', 'COLLECTING')
    .returningAll()
    .executeTakeFirst();
}
