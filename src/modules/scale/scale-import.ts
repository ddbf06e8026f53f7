import { jsonDepthExceeds, MAX_REQUEST_JSON_DEPTH } from '../../json-depth';
import type { Database } from '../../db/database';
import { emptyBundle, insertRows } from '../../db/row-bundle';
import { newId } from '../../ids';
import { recordChange, SYSTEM_ACTOR, transactionWithChanges, type ChangeActor } from '../change/change-log';
import { addScaleTask, recordHash } from './scale-to-rows';
import { describeIssues, refId, ScaleTask, STATUS_FROM_SCALE, type ScaleTaskRecord } from './scale-task.schema';
import { upstreamId } from '../task/external-id';
import { knownValidScaleTask } from './scale-task.fast';
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

/**
 * A record on its way in. `record` is its validated form, or null while it has not been validated: a record whose
 * hash matches the task stored for its task_id is skipped unread, so a re-import does not validate what it skips
 * (it was valid when it was stored); `value` is kept only until it is validated.
 */
type Pending = { line: number; taskId: string; hash: string; record: ScaleTaskRecord | null; value: unknown };

/** The record, validated; or why it is invalid, one problem per line. */
function validated(value: unknown): { record: ScaleTaskRecord } | { reason: string } {
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
async function writeChunk(
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

/** Records held across all projects' open chunks before they are all written, as a multiple of the chunk size. */
const MAX_OPEN_CHUNKS = 4;

/**
 * Where a record goes: a project id, or why it cannot go anywhere (reported as the record's failure). `known`: the
 * project of a record not validated yet, when the router has resolved its name before (null otherwise: the record is
 * then validated and routed), so unchanged records of a multi-project file are skipped without validation too.
 */
export type ProjectRouter = ((record: ScaleTaskRecord) => Promise<{ projectId: string } | { problem: string }>) & {
  known?: (value: unknown) => string | null;
};

/** The task_id of a record not validated yet, when it is a valid one. */
function taskIdOf(value: unknown): string | null {
  const taskId = (value as { task_id?: unknown } | null)?.task_id;
  return typeof taskId === 'string' && upstreamId.safeParse(taskId).success ? taskId : null;
}

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
  const chunks = new Map<string, Pending[]>();
  const fail = (line: number, taskId: string | null, reason: string) => {
    summary.failed++;
    summary.failures.push({ line, taskId, reason });
  };
  // Records not validated yet: those whose stored task has their hash stay so (writeChunk skips them), the others are
  // validated now, before the project's counts are taken (an invalid record counts in `failed` only, as when it is
  // validated on reading).
  const validateChunk = async (projectId: string, pending: Pending[]): Promise<Pending[]> => {
    const unread = pending.filter((p) => !p.record);
    if (!unread.length) return pending;
    const stored = new Map(
      (await findScaleTasksByExternalIds(db, projectId, [...new Set(unread.map((p) => p.taskId))])).map((r) => [
        r.externalId!,
        r.sourceHash,
      ]),
    );
    const out: Pending[] = [];
    for (const p of pending) {
      if (p.record || stored.get(p.taskId) === p.hash) out.push(p);
      else {
        const checked = validated(p.value);
        if ('reason' in checked) fail(p.line, p.taskId, checked.reason);
        else out.push({ ...p, record: checked.record, value: null });
      }
    }
    return out;
  };
  const write = async (projectId: string, chunk: Pending[]) => {
    const pending = await validateChunk(projectId, chunk);
    const before = { ...summary };
    try {
      await writeChunk(db, projectId, pending, summary, by);
    } catch {
      for (const one of pending) {
        try {
          await writeChunk(db, projectId, [one], summary, by);
        } catch (error) {
          fail(one.line, one.taskId, `could not be written: ${error instanceof Error ? error.message : String(error)}`);
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
    // Validated when its chunk is written unless it is unchanged (validateChunk), when its project is known already.
    const taskId = taskIdOf(value);
    const knownProject = taskId && (typeof into === 'string' ? into : (into.known?.(value) ?? null));
    let entry: Pending;
    let projectId: string;
    if (taskId && knownProject) {
      entry = { line, taskId, hash: recordHash(value), record: null, value };
      projectId = knownProject;
    } else {
      const checked = validated(value);
      if ('reason' in checked) {
        const id = (value as { task_id?: unknown } | null)?.task_id;
        fail(line, typeof id === 'string' ? id : null, checked.reason);
        continue;
      }
      const target = await route(checked.record);
      if ('problem' in target) {
        fail(line, checked.record.task_id, target.problem);
        continue;
      }
      entry = { line, taskId: checked.record.task_id, hash: recordHash(value), record: checked.record, value: null };
      projectId = target.projectId;
    }
    const chunk = chunks.get(projectId) ?? [];
    chunks.set(projectId, chunk);
    chunk.push(entry);
    buffered++;
    if (chunk.length >= chunkSize) await flush(projectId);
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
