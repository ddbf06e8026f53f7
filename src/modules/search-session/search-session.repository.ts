import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { SearchSessionRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';
import { newId } from '../../ids';

export type BatchSessionsPageModel = { batchId: string; lastNumber: number | null; sessions: SearchSessionRow[] };

/**
 * Opens the project's collecting batch unless one is open (the partial unique index allows one); a write first,
 * so that on SQLite the transaction takes the write lock before it reads anything. The id of the batch it opened,
 * null when one was open.
 */
export async function ensureCollectingBatch(db: Database, projectId: string, now: string): Promise<string | null> {
  const id = newId('batch');
  const result = await db
    .insertInto('batch')
    .values({
      id,
      projectId,
      kind: 'SESSIONS',
      name: `sessions ${id.slice(-10).toLowerCase()}`,
      status: 'COLLECTING',
      sourceStatus: 'collecting',
      source: 'ANNOGRAPH',
      createdAt: now,
      updatedAt: now,
    })
    // The partial index's predicate, as a literal: SQLite matches a conflict target only against the same text.
    .onConflict((oc) => oc.column('projectId').where('status', '=', sql.lit('COLLECTING')).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

/** Takes the next session number of the collecting batch (one conditional increment: no two callers share one). */
export function takeSessionNumber(db: Database, projectId: string, now: string) {
  return db
    .updateTable('batch')
    .set((eb) => ({ sessionCounter: eb('sessionCounter', '+', 1), updatedAt: now }))
    .where('projectId', '=', projectId)
    .where('status', '=', 'COLLECTING')
    .returning(['id', 'sessionCounter'])
    .executeTakeFirst();
}

export function insertSearchSession(db: Database, values: Insertable<DB['searchSession']>) {
  return db.insertInto('searchSession').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findSearchSessionByExternalId(db: Database, projectId: string, externalId: string) {
  return db
    .selectFrom('searchSession')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('externalId', '=', externalId)
    .executeTakeFirst();
}

/**
 * The project's sessions whose client id is `clientSessionId` or whose Annograph id is `id`: at most two, so that
 * the caller can tell an ambiguous id.
 */
export function findSearchSessionsByClientOrAnnographId(
  db: Database,
  projectId: string,
  clientSessionId: string,
  id: string,
) {
  return db
    .selectFrom('searchSession')
    .selectAll()
    .where('projectId', '=', projectId)
    .where((eb) => eb.or([eb('externalId', '=', clientSessionId), eb('id', '=', id)]))
    .limit(2)
    .execute();
}

/** Marks a session irrelevant; undefined when it is gone. */
/** Marks the session irrelevant unless it already is (then undefined: nothing changed). */
export function updateSearchSessionIrrelevant(db: Database, id: string) {
  return db
    .updateTable('searchSession')
    .set({ isIrrelevant: 1 })
    .where('id', '=', id)
    .where('isIrrelevant', '=', 0)
    .returningAll()
    .executeTakeFirst();
}

export function findSearchSessionById(db: Database, id: string) {
  return db.selectFrom('searchSession').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Adds events, keeping the first of each (session, client event id); how many were new. */
export async function insertSessionEvents(db: Database, rows: Insertable<DB['sessionEvent']>[]): Promise<number> {
  const result = await db
    .insertInto('sessionEvent')
    .values(rows)
    .onConflict((oc) => oc.columns(['sessionId', 'externalId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Sessions of a batch numbered above `afterNumber`, in number order (EmbeddingStudio's keyset paging). */
export function findBatchSessions(db: Database, batchId: string, afterNumber: number, limit: number) {
  return db
    .selectFrom('searchSession')
    .selectAll()
    .where('batchId', '=', batchId)
    .where('sessionNumber', '>', afterNumber)
    .orderBy('sessionNumber')
    .limit(limit)
    .execute();
}

export function countEvents(db: Database, sessionId: string) {
  return db
    .selectFrom('sessionEvent')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('sessionId', '=', sessionId)
    .executeTakeFirstOrThrow();
}

/**
 * The project's session batch of an upstream batch id (EmbeddingStudio's `batch_id`), made RELEASED when there is
 * none: a batch read from the upstream is one it serves for improvement, not the project's collecting one.
 */
export async function findOrInsertUpstreamSessionBatch(
  db: Database,
  projectId: string,
  source: SearchSessionRow['source'],
  externalId: string,
  now: string,
): Promise<{ id: string; created: boolean }> {
  const found = await db
    .selectFrom('batch')
    .select('id')
    .where('projectId', '=', projectId)
    .where('kind', '=', 'SESSIONS')
    .where('source', '=', source)
    .where('externalId', '=', externalId)
    .executeTakeFirst();
  if (found) return { id: found.id, created: false };
  const id = newId('batch');
  await db
    .insertInto('batch')
    .values({
      id,
      projectId,
      kind: 'SESSIONS',
      name: externalId,
      status: 'RELEASED',
      sourceStatus: 'released',
      source,
      externalId,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return { id, created: true };
}

/** The id of the project's collecting batch, if one collects. */
export async function findCollectingBatchId(db: Database, projectId: string): Promise<string | null> {
  const row = await db
    .selectFrom('batch')
    .select('id')
    .where('projectId', '=', projectId)
    .where('status', '=', 'COLLECTING')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Sets an upstream session batch's state as its upstream has it (COLLECTING or RELEASED, the upstream's word, and
 * its session counter raised to the upstream's last number); answers the batch before, undefined when nothing
 * changed (one conditional update of the row's current values).
 */
export async function updateUpstreamBatchState(
  db: Database,
  id: string,
  state: { status: 'COLLECTING' | 'RELEASED'; sourceStatus: string; lastNumber: number | null },
  now: string,
) {
  const before = await db
    .selectFrom('batch')
    .select(['status', 'sourceStatus', 'sessionCounter', 'releasedAt'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const counter = Math.max(before.sessionCounter, state.lastNumber ?? 0);
  if (before.status === state.status && before.sourceStatus === state.sourceStatus && before.sessionCounter === counter)
    return undefined;
  await db
    .updateTable('batch')
    .set({
      status: state.status,
      sourceStatus: state.sourceStatus,
      sessionCounter: counter,
      // Released when the connector saw it released (the contract does not say when the upstream did).
      releasedAt: state.status === 'RELEASED' ? (before.releasedAt ?? now) : null,
      updatedAt: now,
    })
    .where('id', '=', id)
    .execute();
  return before;
}

/** Deletes a session (its events go with it, by foreign key). */
export async function deleteSearchSessionById(db: Database, id: string): Promise<void> {
  await db.deleteFrom('searchSession').where('id', '=', id).execute();
}
