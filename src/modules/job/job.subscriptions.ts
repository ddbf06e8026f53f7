import type { Context } from '../../context';
import type { BatchRow, ChangeRow, ConnectorRunRow, ExportJobRow, InferenceRunRow, TaskRow } from '../../db/rows';
import { AppError, badUserInput } from '../../errors';
import { tableOfId } from '../../ids';
import { abortable } from '../change/abortable';
import { projectChanges, StreamEnded } from '../change/change-stream';
import { liveOf } from '../change/change.subscriptions';
import { jobStatusOfConnectorRun } from '../connector/connector-run-state';
import { jobStatusOfExport } from '../export/export-job-state';
import { FINAL_JOB_STATUSES, jobStatusOfBatch, jobStatusOfTask } from './job-state';

type JobRow = TaskRow | InferenceRunRow | BatchRow | ExportJobRow | ConnectorRunRow;
const JOB_TABLES = ['task', 'inferenceRun', 'batch', 'exportJob', 'connectorRun'] as const;
type JobTable = (typeof JOB_TABLES)[number];

const isFinal = (table: JobTable, row: JobRow) =>
  FINAL_JOB_STATUSES.includes(
    table === 'batch'
      ? jobStatusOfBatch((row as BatchRow).status)
      : table === 'exportJob'
        ? jobStatusOfExport((row as ExportJobRow).status)
        : table === 'connectorRun'
          ? jobStatusOfConnectorRun((row as ConnectorRunRow).status)
          : jobStatusOfTask((row as TaskRow).status),
  );

/** A change that may move the job: one of the job itself, or, for a batch, of a task of its project. */
const moves = (table: JobTable, id: string, row: ChangeRow) =>
  row.objectId === id || (table === 'batch' && row.objectType === 'Task');

/**
 * Subscription.jobProgress: the job as it is, then again after each change that may have moved it (a batch only
 * when its counts changed), until a final status. The change log is read from the position taken before the
 * first read, so a change committed in between is replayed, never missed.
 */
export function subscribeToJob(ctx: Context, id: string): AsyncIterableIterator<{ jobProgress: JobRow | AppError }> {
  const live = liveOf(ctx);
  const table = tableOfId(id) as JobTable | null;
  if (!table || !JOB_TABLES.includes(table))
    throw badUserInput(
      '`id` is no job: a task (`task_…`), an inference run (`run_…`), a batch (`batch_…`), an export (`exp_…`) or a connector run (`crun_…`)',
    );
  const load = async () => {
    live.refresh();
    const row = (await ctx.access.visible(table).load(id)) as JobRow | null;
    if (!row) throw new StreamEnded('no job with this id is visible to you');
    const counts = table === 'batch' ? await ctx.loaders.taskCountsByBatchId.load(id) : null;
    return { row, fingerprint: JSON.stringify([row, counts]) };
  };
  return abortable(async function* (signal) {
    try {
      await live.feed.ready();
      const from = live.feed.position();
      let { row, fingerprint } = await load();
      yield { jobProgress: row };
      if (isFinal(table, row)) return;
      for await (const change of projectChanges(live, row.projectId, from, null, signal)) {
        if (!moves(table, id, change)) continue;
        const now = await load();
        if (now.fingerprint === fingerprint) continue;
        ({ row, fingerprint } = now);
        yield { jobProgress: row };
        if (isFinal(table, row)) return;
      }
    } catch (error) {
      if (!(error instanceof StreamEnded)) throw error;
      yield { jobProgress: new AppError(`Subscription ended: ${error.message}`, 'FORBIDDEN') };
    }
  });
}
