import { sql } from 'kysely';
import type { Database } from '../../db/database';

/** Segment counts per session: all, annotated, and annotated with the prediction kept (one grouped statement). */
export async function findCorrectionStats(db: Database, sessionIds: readonly string[]) {
  const rows = await db
    .selectFrom('correctionSegment')
    .select([
      'sessionId',
      (eb) => eb.fn.countAll<string | number>().as('total'),
      (eb) => eb.fn.count<string | number>('annotatedAt').as('annotated'),
      sql<string | number>`sum(case when annotated_at is not null and prediction_changed = 0 then 1 else 0 end)`.as(
        'kept',
      ),
    ])
    .where('sessionId', 'in', sessionIds)
    .groupBy('sessionId')
    .execute();
  return rows.map((r) => ({
    sessionId: r.sessionId,
    total: Number(r.total),
    annotated: Number(r.annotated),
    kept: Number(r.kept ?? 0),
  }));
}

export function findCorrectionSegments(db: Database, sessionIds: readonly string[], segmentIds: readonly string[]) {
  return db
    .selectFrom('correctionSegment')
    .selectAll()
    .where('sessionId', 'in', sessionIds)
    .where('segmentId', 'in', segmentIds)
    .execute();
}

export function findCorrectionTags(db: Database, sessionIds: readonly string[], segmentIds: readonly string[]) {
  return db
    .selectFrom('correctionTag')
    .selectAll()
    .where('sessionId', 'in', sessionIds)
    .where('segmentId', 'in', segmentIds)
    .orderBy('id')
    .execute();
}

export function findSegmentsByDocumentIds(db: Database, documentIds: readonly string[]) {
  return db
    .selectFrom('segment')
    .selectAll()
    .where('documentId', 'in', documentIds)
    .orderBy('spanStart')
    .orderBy('id')
    .execute();
}

export function countGroupDocuments(db: Database, groupIds: readonly string[]) {
  return db
    .selectFrom('documentGroupMember')
    .select(['groupId', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('groupId', 'in', groupIds)
    .groupBy('groupId')
    .execute();
}
