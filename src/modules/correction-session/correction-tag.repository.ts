import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { DB } from '../../db/types.generated';
import type { CorrectionStatus } from '../../graphql/types.generated';

// The SQL of a correction session's changes (tags and segments), each run in the change's transaction.

/**
 * Locks the session row if it is in one of the `editable` statuses (a conditional update); undefined otherwise.
 * Two annotators marking the last two segments queue here, so the second sees the first's work.
 */
export function lockCorrectionSessionById(db: Database, sessionId: string, editable: readonly CorrectionStatus[]) {
  return db
    .updateTable('correctionSession')
    .set({ updatedAt: new Date().toISOString() })
    .where('id', '=', sessionId)
    .where('status', 'in', [...editable])
    .returning('id')
    .executeTakeFirst();
}

export async function updateCorrectionSegmentPredictionChanged(db: Database, sessionId: string, segmentId: string) {
  await db
    .updateTable('correctionSegment')
    .set({ predictionChanged: 1 })
    .where('sessionId', '=', sessionId)
    .where('segmentId', '=', segmentId)
    .execute();
}

/** A STARTED session becomes ANNOTATING; any other stays as it is. True when it did. */
export async function updateCorrectionSessionAnnotating(db: Database, sessionId: string): Promise<boolean> {
  const result = await db
    .updateTable('correctionSession')
    .set({ status: 'ANNOTATING', updatedAt: new Date().toISOString() })
    .where('id', '=', sessionId)
    .where('status', '=', 'STARTED')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function insertCorrectionTag(db: Database, values: Insertable<DB['correctionTag']>) {
  return db.insertInto('correctionTag').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Undefined when the tag is gone. */
export function updateCorrectionTag(db: Database, id: string, values: Updateable<DB['correctionTag']>) {
  return db.updateTable('correctionTag').set(values).where('id', '=', id).returningAll().executeTakeFirst();
}

/** True when the tag was there to delete. */
export async function deleteCorrectionTagById(db: Database, id: string): Promise<boolean> {
  const result = await db.deleteFrom('correctionTag').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Marks the segment annotated at `now`, unless it already is; true when it did. */
export async function updateCorrectionSegmentAnnotated(
  db: Database,
  sessionId: string,
  segmentId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('correctionSegment')
    .set({ annotatedAt: now })
    .where('sessionId', '=', sessionId)
    .where('segmentId', '=', segmentId)
    .where('annotatedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The session FINISHED when no segment is left to annotate (one conditional update); true when it did. */
export async function updateCorrectionSessionFinishedIfDone(
  db: Database,
  sessionId: string,
  now: string,
  editable: readonly CorrectionStatus[],
): Promise<boolean> {
  const result = await db
    .updateTable('correctionSession')
    .set({ status: 'FINISHED', finishedAt: now, updatedAt: now })
    .where('id', '=', sessionId)
    .where('status', 'in', [...editable])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('correctionSegment')
            .select('segmentId')
            .where('sessionId', '=', sessionId)
            .where('annotatedAt', 'is', null),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findCorrectionSegment(db: Database, sessionId: string, segmentId: string) {
  return db
    .selectFrom('correctionSegment')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('segmentId', '=', segmentId)
    .executeTakeFirstOrThrow();
}
