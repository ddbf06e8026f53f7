import type { BatchRow, InferenceRunRow, TaskRow } from '../../db/rows';
import type { BatchStatus, JobStatus, TaskStatus } from '../../graphql/types.generated';

// The one Job view (DECISIONS.md D9) of the three long-running things: their own statuses in common words, their
// work counted as done / failed / total, and an estimate of the end from the pace so far.

export type JobProgressModel = { done: number; failed: number; total: number; fraction: number };

const OF_TASK_STATUS: Record<TaskStatus, JobStatus> = {
  DRAFT: 'DRAFT',
  PENDING: 'QUEUED',
  IN_PROGRESS: 'RUNNING',
  COMPLETED: 'SUCCEEDED',
  FAILED: 'FAILED',
  CANCELED: 'CANCELED',
  DELETED: 'CANCELED',
};
const OF_BATCH_STATUS: Record<BatchStatus, JobStatus> = {
  STAGING: 'DRAFT',
  IN_PROGRESS: 'RUNNING',
  PAUSED: 'PAUSED',
  COMPLETED: 'SUCCEEDED',
  CANCELED: 'CANCELED',
  COLLECTING: 'RUNNING',
  RELEASED: 'SUCCEEDED',
};
export const FINAL_JOB_STATUSES: readonly JobStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELED'];

export const jobStatusOfTask = (status: TaskStatus): JobStatus => OF_TASK_STATUS[status];
export const jobStatusOfBatch = (status: BatchStatus): JobStatus => OF_BATCH_STATUS[status];

export function progress(done: number, failed: number, total: number, succeeded: boolean): JobProgressModel {
  const fraction = succeeded ? 1 : total > 0 ? Math.min(1, done / total) : 0;
  return { done, failed, total, fraction };
}

/** A coding task's `x/y` of its last progress event; other tasks are one unit, done once final. */
export function taskProgress(task: TaskRow, lastProgress: string | null): JobProgressModel {
  const status = jobStatusOfTask(task.status);
  const match = lastProgress ? /^(\d+)\/(\d+)$/.exec(lastProgress.trim()) : null;
  if (task.kind === 'CODING' && match && status !== 'SUCCEEDED')
    return progress(Number(match[1]), 0, Number(match[2]), false);
  const final = FINAL_JOB_STATUSES.includes(status);
  return progress(final ? 1 : 0, status === 'FAILED' ? 1 : 0, 1, status === 'SUCCEEDED');
}

export function runProgress(run: InferenceRunRow): JobProgressModel {
  const done = run.totalPredictions + run.totalFailedPredictions;
  return progress(done, run.totalFailedPredictions, run.totalTasks, run.status === 'COMPLETED');
}

/** A batch's tasks in a final status, of all its tasks (counts per status from taskCountsByBatchId). */
export function batchProgress(batch: BatchRow, counts: readonly { status: TaskStatus; count: number }[]) {
  let done = 0;
  let failed = 0;
  let total = 0;
  for (const { status, count } of counts) {
    total += count;
    if (FINAL_JOB_STATUSES.includes(jobStatusOfTask(status))) done += count;
    if (status === 'FAILED') failed += count;
  }
  return progress(done, failed, total, jobStatusOfBatch(batch.status) === 'SUCCEEDED');
}

/** Now plus the time the rest takes at the pace so far; null unless running with some work done and some left. */
export function estimateFinish(
  status: JobStatus,
  startedAt: string | null,
  p: JobProgressModel,
  now = Date.now(),
): string | null {
  if (status !== 'RUNNING' || !startedAt || p.done <= 0 || p.total <= p.done) return null;
  const elapsed = now - Date.parse(startedAt);
  if (!(elapsed > 0)) return null;
  return new Date(now + (elapsed / p.done) * (p.total - p.done)).toISOString();
}
