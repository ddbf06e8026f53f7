import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import { newId } from '../../ids';
import { runAuthor } from '../annotation/annotation-author';
import { transactionWithChanges } from '../change/change-log';
import { leaseUntil, recordRunChange } from './inference-run-hold';
import {
  addToHeldRunTotals,
  insertPredictions,
  markRunTasksDone,
  type RunTaskResult,
} from './inference-worker.repository';
import type { RunWorkerOptions } from './inference-worker';

/**
 * Rolls back a batch's transaction when the run turned out not to be this worker's any more. The worker's own
 * control flow (it stops, answering 'stopped'), not a service's refusal: there is no caller to give user errors to.
 */
class RunStopped extends Error {}

export type Prediction = { task: { id: string; projectId: string }; label: string | null; error: string | null };

/**
 * One transaction: each prediction as an annotation naming the run and the version, its task's result (done, the
 * prediction's id, the ground truth and the verdict, in one statement), and the run's totals and lease in one update
 * (held: a canceled or taken-over run writes nothing). Tasks already done (another worker's) are skipped.
 * False when the run is no longer this worker's.
 */
export async function writePredictions(
  db: Database,
  claimed: InferenceRunRow,
  opts: RunWorkerOptions,
  outputClasses: string[],
  gt: Map<string, { id: string; value: unknown }>,
  predictions: Prediction[],
): Promise<boolean> {
  const results = predictions.map((p) => {
    const truth = gt.get(p.task.id);
    return {
      ...p,
      taskId: p.task.id,
      annotationId: newId('annotation'),
      groundTruthId: truth?.id ?? null,
      correct: p.label === null || !truth ? null : truth.value === p.label ? 1 : 0,
    } satisfies RunTaskResult & Prediction;
  });
  return transactionWithChanges(db, async (trx) => {
    const now = new Date().toISOString();
    const mine = await markRunTasksDone(trx, claimed.id, results);
    const written = results.filter((r) => mine.has(r.task.id));
    await insertPredictions(
      trx,
      written.map((r) => ({
        id: r.annotationId,
        projectId: r.task.projectId,
        taskId: r.task.id,
        level: 'TASK' as const,
        source: 'ANNOGRAPH' as const,
        ...runAuthor(claimed.id),
        key: 'prediction',
        type: 'CATEGORY' as const,
        sourceType: 'category',
        valueJson: r.label === null ? null : JSON.stringify(r.label),
        possibleValuesJson: JSON.stringify(outputClasses),
        justification: r.error,
        inferenceRunId: claimed.id,
        promptVersionId: claimed.versionId,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const predicted = written.filter((r) => r.label !== null).length;
    const scored = written.filter((r) => r.correct !== null);
    const row = await addToHeldRunTotals(
      trx,
      claimed.id,
      opts.workerId,
      {
        predicted,
        failed: written.length - predicted,
        correct: scored.filter((r) => r.correct === 1).length,
        scored: scored.length,
      },
      now,
      leaseUntil(opts.leaseMs ?? 30_000),
    );
    // The run was canceled or taken over: nothing of this batch stays (see RunStopped).
    if (!row) throw new RunStopped();
    // Tasks another worker predicted first are its progress, recorded by it.
    if (written.length)
      recordRunChange(trx, row, opts, {
        progress: { done: row.totalPredictions + row.totalFailedPredictions, total: row.totalTasks },
      });
    return true;
  }).catch((error: unknown) => {
    if (error instanceof RunStopped) return false;
    throw error;
  });
}
