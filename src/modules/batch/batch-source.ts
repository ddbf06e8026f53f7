import type { Database } from '../../db/database';
import type { BatchRow, UpdateableBatchRow } from '../../db/rows';
import type { BatchStatus, Source } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { recordChange, type ChangeActor } from '../change/change-log';
import { isUniqueViolation } from '../user-errors';
import { insertBatch, lockBatchRowsByRefs, updateBatchById } from './batch.repository';

// A batch as its source system holds it (a Scale `/v2/batches` row), applied to the project's batch row by a
// connector: the status mapped as DECISIONS.md D2 says (Scale's own word kept in sourceStatus), metadata, callback
// and completion time replaced by the source's. The source is the truth: its status is set as it is, not moved by
// the lifecycle mutations' rules (a batch cancelled upstream had its tasks cancelled there; they come with the
// tasks). The row is the one the Scale import made for the tasks that name the batch (by external id or name), or
// a new one.

export const BATCH_STATUS_FROM_SCALE: Readonly<Record<string, BatchStatus>> = {
  staging: 'STAGING',
  in_progress: 'IN_PROGRESS',
  paused: 'PAUSED',
  completed: 'COMPLETED',
  cancelled: 'CANCELED',
};

export type SourceBatch = {
  source: Source;
  externalId: string;
  name: string;
  status: BatchStatus;
  sourceStatus: string;
  metadata: Record<string, unknown>;
  callback: string | null;
  completedAt: string | null;
};

/** The row the source batch is: the one kept for it before, else by external id, else by name. */
function pick(rows: BatchRow[], b: SourceBatch, previousId: string | null): BatchRow | undefined {
  return (
    rows.find((r) => r.id === previousId) ??
    rows.find((r) => r.externalId === b.externalId) ??
    rows.find((r) => r.name === b.name) ??
    rows.find((r) => r.externalId === b.name)
  );
}

/** What differs between the row and the source batch (only those fields are written). */
function differences(row: BatchRow, b: SourceBatch): UpdateableBatchRow {
  const want: UpdateableBatchRow = {
    externalId: b.externalId,
    name: b.name,
    status: b.status,
    sourceStatus: b.sourceStatus,
    metadataJson: JSON.stringify(b.metadata),
    callback: b.callback,
    completedAt: b.completedAt,
  };
  const set: UpdateableBatchRow = {};
  for (const [field, value] of Object.entries(want) as [keyof UpdateableBatchRow, unknown][])
    if (row[field] !== value) (set as Record<string, unknown>)[field] = value;
  return set;
}

/** Applies the source batch in `trx` and answers the batch's id; throws (words for the run's failures) when it cannot. */
export async function applySourceBatch(
  trx: Database,
  projectId: string,
  b: SourceBatch,
  previousId: string | null,
  by: ChangeActor,
): Promise<string> {
  const now = new Date().toISOString();
  try {
    const row = pick(await lockBatchRowsByRefs(trx, projectId, [b.externalId, b.name]), b, previousId);
    if (!row) {
      const created = await insertBatch(trx, {
        id: newId('batch'),
        projectId,
        kind: 'TASKS',
        name: b.name,
        status: b.status,
        sourceStatus: b.sourceStatus,
        source: b.source,
        externalId: b.externalId,
        callback: b.callback,
        metadataJson: JSON.stringify(b.metadata),
        completedAt: b.completedAt,
        createdAt: now,
        updatedAt: now,
      });
      recordChange(trx, {
        type: 'BATCH_CREATED',
        objectId: created.id,
        projectId,
        by,
        payload: { kind: created.kind, status: created.status, externalId: b.externalId },
      });
      return created.id;
    }
    if (row.kind !== 'TASKS') throw new Error(`the project's batch "${row.name}" groups search sessions, not tasks`);
    const set = differences(row, b);
    if (Object.keys(set).length === 0) return row.id;
    await updateBatchById(trx, row.id, { ...set, updatedAt: now });
    if (set.status)
      recordChange(trx, {
        type: 'BATCH_STATUS_CHANGED',
        objectId: row.id,
        projectId,
        by,
        payload: { from: row.status, to: b.status },
      });
    const changed = Object.keys(set).filter((f) => f !== 'status' && f !== 'sourceStatus');
    if (changed.length)
      recordChange(trx, {
        type: 'BATCH_UPDATED',
        objectId: row.id,
        projectId,
        by,
        payload: { changed: changed.map((f) => (f === 'metadataJson' ? 'metadata' : f)) },
      });
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw new Error(`the project has another batch named "${b.name}"`, { cause: error });
    throw error;
  }
}
