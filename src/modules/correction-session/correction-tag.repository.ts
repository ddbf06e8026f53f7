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

/** A STARTED session becomes ANNOTATING; any other stays as it is. */
export async function updateCorrectionSessionAnnotating(db: Database, sessionId: string) {
  await db
    .updateTable('correctionSession')
    .set({ status: 'ANNOTATING', updatedAt: new Date().toISOString() })
    .where('id', '=', sessionId)
    .where('status', '=', 'STARTED')
    .execute();
}

export function insertCorrectionTag(db: Database, values: Insertable<DB['correctionTag']>) {
  return db.insertInto('correctionTag').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Undefined when the tag is gone. */
export function updateCorrectionTag(db: Database, id: string, values: Updateable<DB['correctionTag']>) {
  return db.updateTable('correctionTag').set(values).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteCorrectionTagById(db: Database, id: string) {
  await db.deleteFrom('correctionTag').where('id', '=', id).execute();
}

/** Marks the segment annotated at `now`, unless it already is. */
export async function updateCorrectionSegmentAnnotated(
  db: Database,
  sessionId: string,
  segmentId: string,
  now: string,
) {
  await db
    .updateTable('correctionSegment')
    .set({ annotatedAt: now })
    .where('sessionId', '=', sessionId)
    .where('segmentId', '=', segmentId)
    .where('annotatedAt', 'is', null)
    .execute();
}

/** The session FINISHED when no segment is left to annotate (one conditional update). */
export async function updateCorrectionSessionFinishedIfDone(
  db: Database,
  sessionId: string,
  now: string,
  editable: readonly CorrectionStatus[],
) {
  await db
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
    .execute();
}

export function findCorrectionSegment(db: Database, sessionId: string, segmentId: string) {
  return db
    .selectFrom('correctionSegment')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('segmentId', '=', segmentId)
    .executeTakeFirstOrThrow();
}
