import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { DB } from '../../db/types.generated';

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

export function findCorrectionSessionById(db: Database, id: string) {
  return db.selectFrom('correctionSession').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

// Creation: the session, its sample (a document group), its segments and the model's tags on them.

export async function findDocumentIdsByProjectId(db: Database, projectId: string): Promise<string[]> {
  return (await db.selectFrom('document').select('id').where('projectId', '=', projectId).execute()).map((d) => d.id);
}

export async function insertCorrectionSession(db: Database, values: Insertable<DB['correctionSession']>) {
  await db.insertInto('correctionSession').values(values).execute();
}

export async function updateCorrectionSession(db: Database, id: string, values: Updateable<DB['correctionSession']>) {
  await db.updateTable('correctionSession').set(values).where('id', '=', id).execute();
}

export async function insertDocumentGroup(db: Database, values: Insertable<DB['documentGroup']>) {
  await db.insertInto('documentGroup').values(values).execute();
}

/** The group's members, 200 per statement. */
export async function insertDocumentGroupMembers(db: Database, groupId: string, documentIds: string[]) {
  for (let i = 0; i < documentIds.length; i += 200) {
    await db
      .insertInto('documentGroupMember')
      .values(documentIds.slice(i, i + 200).map((documentId) => ({ groupId, id: documentId })))
      .execute();
  }
}

export async function findSegmentIdsByDocumentIds(db: Database, documentIds: string[]): Promise<string[]> {
  return (await db.selectFrom('segment').select(['id']).where('documentId', 'in', documentIds).execute()).map(
    (s) => s.id,
  );
}

/** The session's segments, 200 per statement. */
export async function insertCorrectionSegments(db: Database, sessionId: string, segmentIds: string[]) {
  for (let i = 0; i < segmentIds.length; i += 200) {
    await db
      .insertInto('correctionSegment')
      .values(segmentIds.slice(i, i + 200).map((segmentId) => ({ sessionId, segmentId })))
      .execute();
  }
}

/** The coder's predictions on these segments, with their spans and text; in slices of 500 ids (bind limits). */
export async function findCoderPredictionsBySegmentIds(db: Database, coderId: string, segmentIds: string[]) {
  const predictions = [];
  for (let i = 0; i < segmentIds.length; i += 500) {
    predictions.push(
      ...(await db
        .selectFrom('coderPrediction')
        .innerJoin('segment', 'segment.id', 'coderPrediction.segmentId')
        .select([
          'coderPrediction.segmentId',
          'coderPrediction.class',
          'coderPrediction.label',
          'segment.spanStart',
          'segment.spanEnd',
          'segment.text',
        ])
        .where('coderPrediction.coderId', '=', coderId)
        .where('coderPrediction.segmentId', 'in', segmentIds.slice(i, i + 500))
        .orderBy('coderPrediction.segmentId')
        .execute()),
    );
  }
  return predictions;
}

/** Tags, 100 per statement. */
export async function insertCorrectionTags(db: Database, rows: Insertable<DB['correctionTag']>[]) {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('correctionTag')
      .values(rows.slice(i, i + 100))
      .execute();
}

/** The session STARTED with the classes and labels of its tags. */
export function updateCorrectionSessionStarted(db: Database, id: string, classes: string[], labels: string[]) {
  return db
    .updateTable('correctionSession')
    .set({
      status: 'STARTED',
      classesJson: JSON.stringify(classes),
      labelsJson: JSON.stringify(labels),
      updatedAt: new Date().toISOString(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteCorrectionSessionById(db: Database, id: string) {
  return db.deleteFrom('correctionSession').where('id', '=', id).returning('id').executeTakeFirst();
}
