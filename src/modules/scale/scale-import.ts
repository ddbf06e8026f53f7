import { jsonDepthExceeds, MAX_REQUEST_JSON_DEPTH } from '../../json-depth';
import type { Database } from '../../db/database';
import { emptyBundle, insertRows } from '../../db/row-bundle';
import { newId } from '../../ids';
import { recordChange, SYSTEM_ACTOR, transactionWithChanges, type ChangeActor } from '../change/change-log';
import { addScaleTask, recordHash } from './scale-to-rows';
import { describeIssues, refId, ScaleTask, STATUS_FROM_SCALE, type ScaleTaskRecord } from './scale-task.schema';
import { batchRefusal } from '../batch/batch-rules';
import { lockBatches, type BatchState } from '../batch/batch.repository';
import { deleteTasksByIds, findScaleTasksByExternalIds, insertBatches } from './scale.repository';

/** One input record and where it came from (line of a JSONL file, position in an array). */
export type SourceRecord = { line: number; value: unknown };
export type ImportFailure = { line: number; taskId: string | null; reason: string };
export type ImportSummary = {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  failures: ImportFailure[];
  /** Database rows inserted (tasks and everything under them). */
  rows: number;
  /** The counts per project written to (a record the router refused counts in `failed` only). */
  projects: Map<string, ProjectCounts>;
};
export type ProjectCounts = { created: number; updated: number; unchanged: number; failed: number };

export function emptySummary(): ImportSummary {
  return { created: 0, updated: 0, unchanged: 0, failed: 0, failures: [], rows: 0, projects: new Map() };
}

type Valid = { line: number; record: ScaleTaskRecord; hash: string };

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
async function writeChunk(
  db: Database,
  projectId: string,
  chunk: Valid[],
  summary: ImportSummary,
  by: ChangeActor,
): Promise<void> {
  const now = new Date().toISOString();
  // A task_id twice in one chunk: the later record wins (as it would across chunks).
  const latest = [...new Map(chunk.map((v) => [v.record.task_id, v])).values()];
  const superseded = chunk.length - latest.length;
  const counts = await transactionWithChanges(db, async (trx) => {
    const externalIds = [...new Set(chunk.map((v) => v.record.task_id))];
    const existing = new Map(
      (await findScaleTasksByExternalIds(trx, projectId, externalIds)).map((r) => [r.externalId!, r]),
    );
    const batches = await batchesByRef(
      trx,
      projectId,
      [...new Set(chunk.map((v) => refId(v.record.batch)).filter((b): b is string => !!b))],
      now,
      by,
    );
    const bundle = emptyBundle();
    const replaced: string[] = [];
    const counts = { created: 0, updated: superseded, unchanged: 0, failures: [] as ImportFailure[] };
    for (const { line, record, hash } of latest) {
      const known = existing.get(record.task_id);
      if (known?.sourceHash === hash) {
        counts.unchanged++;
        continue;
      }
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

/** Records held across all projects' open chunks before they are all written, as a multiple of the chunk size. */
const MAX_OPEN_CHUNKS = 4;

/** Where a record goes: a project id, or why it cannot go anywhere (reported as the record's failure). */
export type ProjectRouter = (record: ScaleTaskRecord) => Promise<{ projectId: string } | { problem: string }>;

/**
 * Imports Scale task records idempotently per (project, SCALE, task_id), into one project or into the project
 * a router picks per record. Invalid records are reported with their line and reason and nothing of them is
 * written; valid ones are written `chunkSize` per transaction (chunks per project), and when a transaction fails,
 * its records are retried one by one so one bad record cannot take the others down. `summary.projects` counts
 * per project.
 */
export async function importScaleTasks(
  db: Database,
  into: string | ProjectRouter,
  records: Iterable<SourceRecord> | AsyncIterable<SourceRecord>,
  // `by`: who the changes name; Annograph itself (SYSTEM) when not given, as for `annograph import scale`.
  options: { chunkSize?: number; onProgress?: (summary: ImportSummary) => void; by?: ChangeActor } = {},
): Promise<ImportSummary> {
  const by = options.by ?? SYSTEM_ACTOR;
  const summary = emptySummary();
  const chunkSize = options.chunkSize ?? 250;
  const route: ProjectRouter = typeof into === 'string' ? async () => ({ projectId: into }) : into;
  const chunks = new Map<string, Valid[]>();
  const fail = (line: number, taskId: string | null, reason: string) => {
    summary.failed++;
    summary.failures.push({ line, taskId, reason });
  };
  const write = async (projectId: string, pending: Valid[]) => {
    const before = { ...summary };
    try {
      await writeChunk(db, projectId, pending, summary, by);
    } catch {
      for (const one of pending) {
        try {
          await writeChunk(db, projectId, [one], summary, by);
        } catch (error) {
          fail(
            one.line,
            one.record.task_id,
            `could not be written: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
    const counts = summary.projects.get(projectId) ?? { created: 0, updated: 0, unchanged: 0, failed: 0 };
    for (const k of ['created', 'updated', 'unchanged', 'failed'] as const) counts[k] += summary[k] - before[k];
    summary.projects.set(projectId, counts);
    options.onProgress?.(summary);
  };
  let buffered = 0;
  const flush = async (projectId: string) => {
    const pending = chunks.get(projectId);
    chunks.delete(projectId);
    buffered -= pending?.length ?? 0;
    if (pending?.length) await write(projectId, pending);
  };
  for await (const { line, value } of records) {
    // Stored values are serialised and read back recursively: a record nested deeper than a request may be is refused.
    if (jsonDepthExceeds(value, MAX_REQUEST_JSON_DEPTH)) {
      fail(line, null, `(record): nests deeper than ${MAX_REQUEST_JSON_DEPTH} levels`);
      continue;
    }
    const parsed = ScaleTask.safeParse(value);
    if (!parsed.success) {
      const taskId =
        typeof (value as { task_id?: unknown })?.task_id === 'string' ? (value as { task_id: string }).task_id : null;
      fail(line, taskId, describeIssues(parsed.error));
      continue;
    }
    const target = await route(parsed.data);
    if ('problem' in target) {
      fail(line, parsed.data.task_id, target.problem);
      continue;
    }
    const chunk = chunks.get(target.projectId) ?? [];
    chunks.set(target.projectId, chunk);
    chunk.push({ line, record: parsed.data, hash: recordHash(value) });
    buffered++;
    if (chunk.length >= chunkSize) await flush(target.projectId);
    else if (buffered >= chunkSize * MAX_OPEN_CHUNKS) {
      // Many projects, few records each: write what is held rather than hold a chunk per project.
      for (const projectId of [...chunks.keys()]) await flush(projectId);
    }
  }
  for (const projectId of [...chunks.keys()]) await flush(projectId);
  // Failures in the order of the records (a batch refusal is found when its chunk is written, after later records were read).
  summary.failures.sort((a, b) => a.line - b.line);
  return summary;
}
