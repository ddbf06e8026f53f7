import { jsonDepthExceeds, MAX_REQUEST_JSON_DEPTH } from '../../json-depth';
import type { Database } from '../../db/database';
import { SYSTEM_ACTOR, type ChangeActor } from '../change/change-log';
import { upstreamId } from '../task/external-id';
import { validated, writeChunk, type Pending } from './scale-chunk-writer';
import { recordHash } from './scale-to-rows';
import type { ScaleTaskRecord } from './scale-task.schema';
import { findScaleTasksByExternalIds } from './scale.repository';

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
