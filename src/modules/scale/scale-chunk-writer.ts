import type { Database } from '../../db/database';
import { emptyBundle, insertRows } from '../../db/row-bundle';
import { newId } from '../../ids';
import { recordChange, transactionWithChanges, type ChangeActor } from '../change/change-log';
import { batchRefusal } from '../batch/batch-rules';
import { lockBatches, type BatchState } from '../batch/batch.repository';
import { addScaleTask } from './scale-to-rows';
import { describeIssues, refId, ScaleTask, STATUS_FROM_SCALE, type ScaleTaskRecord } from './scale-task.schema';
import { knownValidScaleTask } from './scale-task.fast';
import { deleteTasksByIds, findScaleTasksByExternalIds, insertBatches } from './scale.repository';
import type { ImportFailure, ImportSummary } from './scale-import';

// The Scale import's writer: one chunk of one project's records in one transaction (new tasks inserted, changed ones
// replaced whole, unchanged ones skipped), and the validation both it and the reader use.

/**
 * A record on its way in. `record` is its validated form, or null while it has not been validated: a record whose
 * hash matches the task stored for its task_id is skipped unread, so a re-import does not validate what it skips
 * (it was valid when it was stored); `value` is kept only until it is validated.
 */
export type Pending = { line: number; taskId: string; hash: string; record: ScaleTaskRecord | null; value: unknown };

/** The record, validated; or why it is invalid, one problem per line. */
export function validated(value: unknown): { record: ScaleTaskRecord } | { reason: string } {
  // Most records pass the compiled check; ScaleTask's parse (a tenth of its speed) decides and explains the rest.
  if (knownValidScaleTask(value)) return { record: value };
  const parsed = ScaleTask.safeParse(value);
  return parsed.success ? { record: parsed.data } : { reason: describeIssues(parsed.error) };
}

/**
 * Finds (by external id or name) and locks, or creates, the batches the records name, in the given transaction:
 * locked so a batchCancel cannot slip in between the check of batchRefusal and the insert (as for taskCreate).
 */
async function batchesByRef(
  trx: Database,
  projectId: string,
  refs: string[],
  now: string,
  by: ChangeActor,
): Promise<Map<string, BatchState>> {
  const found = new Map<string, BatchState>();
  if (refs.length === 0) return found;
  for (const b of await lockBatches(trx, projectId, { refs })) found.set(b.externalId ?? b.name, b).set(b.name, b);
  const missing = refs.filter((ref) => !found.has(ref));
  if (missing.length) {
    const created = missing.map((ref) => ({
      id: newId('batch'),
      projectId,
      kind: 'TASKS' as const,
      name: ref,
      status: 'IN_PROGRESS' as const,
      source: 'SCALE' as const,
      externalId: ref,
      createdAt: now,
      updatedAt: now,
    }));
    await insertBatches(trx, created);
    for (const b of created) {
      found.set(b.name, b);
      recordChange(trx, {
        type: 'BATCH_CREATED',
        objectId: b.id,
        projectId,
        by,
        payload: { kind: b.kind, status: b.status, externalId: b.externalId },
      });
    }
  }
  return found;
}

/**
 * Writes valid records in one transaction: new tasks inserted, changed ones replaced whole, unchanged skipped.
 * A record its batch refuses (batchRefusal: an open task into a completed or cancelled batch) is a failure and
 * nothing of it is written; the failures count once the transaction has committed. The transaction records one
 * change per task written (TASK_CREATED, or TASK_UPDATED for a replaced one: its threads, messages and
 * annotations are part of it) and per batch it creates; an unchanged record records nothing.
 */
export async function writeChunk(
  db: Database,
  projectId: string,
  chunk: Pending[],
  summary: ImportSummary,
  by: ChangeActor,
): Promise<void> {
  const now = new Date().toISOString();
  // A task_id twice in one chunk: the later record wins (as it would across chunks).
  const latest = [...new Map(chunk.map((v) => [v.taskId, v])).values()];
  const superseded = chunk.length - latest.length;
  const counts = await transactionWithChanges(db, async (trx) => {
    const externalIds = [...new Set(chunk.map((v) => v.taskId))];
    const existing = new Map(
      (await findScaleTasksByExternalIds(trx, projectId, externalIds)).map((r) => [r.externalId!, r]),
    );
    const batches = await batchesByRef(
      trx,
      projectId,
      [...new Set(chunk.map((v) => v.record && refId(v.record.batch)).filter((b): b is string => !!b))],
      now,
      by,
    );
    const bundle = emptyBundle();
    const replaced: string[] = [];
    const counts = { created: 0, updated: superseded, unchanged: 0, failures: [] as ImportFailure[] };
    for (const { line, taskId: externalId, hash, ...pending } of latest) {
      const known = existing.get(externalId);
      if (known?.sourceHash === hash) {
        counts.unchanged++;
        continue;
      }
      // Not validated yet only when it matched its stored task at validateChunk's look-up, before this transaction.
      const checked = pending.record ? { record: pending.record } : validated(pending.value);
      if ('reason' in checked) {
        counts.failures.push({ line, taskId: externalId, reason: checked.reason });
        continue;
      }
      const { record } = checked;
      const batchRef = refId(record.batch);
      const batch = batchRef ? batches.get(batchRef)! : null;
      const refused = batch && batchRefusal(batch, STATUS_FROM_SCALE[record.status]);
      if (refused) {
        counts.failures.push({
          line,
          taskId: record.task_id,
          reason: `batch: batch "${batchRef}" ${refused.message}; a ${record.status} task cannot go into it`,
        });
        continue;
      }
      const taskId = known?.id ?? newId('task');
      if (known) replaced.push(known.id);
      addScaleTask(bundle, newId, record, {
        taskId,
        projectId,
        batchId: batch?.id ?? null,
        hash,
        now,
        deliveryId: known?.deliveryId ?? null,
      });
      const status = STATUS_FROM_SCALE[record.status];
      recordChange(trx, {
        type: known ? 'TASK_UPDATED' : 'TASK_CREATED',
        objectId: taskId,
        projectId,
        by,
        // A changed record replaces the task whole: which of its fields changed is not known, only that it did.
        payload: known
          ? { externalId: record.task_id, status, replaced: true }
          : { kind: 'GENAI', status, externalId: record.task_id },
      });
      existing.set(record.task_id, {
        id: taskId,
        externalId: record.task_id,
        sourceHash: hash,
        deliveryId: known?.deliveryId ?? null,
      });
      counts[known ? 'updated' : 'created']++;
    }
    if (replaced.length) {
      // The subtree goes with the task row (foreign keys cascade); the new version is inserted below.
      await deleteTasksByIds(trx, replaced);
    }
    const written = await insertRows(trx, bundle);
    return { ...counts, rows: Object.values(written).reduce((sum, n) => sum + n, 0) };
  });
  summary.rows += counts.rows;
  summary.created += counts.created;
  summary.updated += counts.updated;
  summary.unchanged += counts.unchanged;
  summary.failed += counts.failures.length;
  summary.failures.push(...counts.failures);
}
