import type { Logger } from 'pino';
import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import { transactionWithChanges } from '../change/change-log';
import { yieldToEventLoop } from '../coding/coding-worker';
import type { OutboundPolicy } from '../../outbound/outbound-policy';
import type { SecretBox } from '../../secrets/secret-box';
import { leaseUntil, recordRunChange } from './inference-run-hold';
import { inputText, prepareRun, type RunSetup } from './inference-run-setup';
import {
  claimRunById,
  completeHeldRun,
  failHeldRun,
  findClaimableRunId,
  findGroundTruthAnnotations,
  findUndoneRunTasks,
  updatePromptVersionScore,
} from './inference-worker.repository';
import { writePredictions, type Prediction } from './prediction-writes';

// Runs PENDING inference runs (the coding worker's machinery: a conditional claim with a lease, a held-check on
// every write, a run whose worker stopped is claimed again when its lease runs out). Tasks go in small batches.
// Predictions, their tasks' `done` marks and results, and the run's totals are written in one transaction, so a task
// is predicted once even with several workers, and a cancel stops the run at its next write. A prediction is written
// as soon as it is made when the provider is slow (writeEveryMs since the last write), else with the rest of its
// batch: progress shows every prediction of a slow provider at once, at one run update per prediction at most.
export type RunWorkerOptions = {
  workerId: string;
  leaseMs?: number;
  batchSize?: number;
  logger?: Logger;
  /** Predictions made within this many ms of the last write wait for the end of their batch; 200 when omitted. */
  writeEveryMs?: number;
  /** What provider calls may reach (OUTBOUND_ALLOWED_HOSTS); public addresses only when omitted. */
  outbound?: OutboundPolicy;
  /** Opens the stored provider keys (SECRETS_KEY); without it a connection with a key fails its run. */
  secrets?: SecretBox;
};
const WRITE_EVERY_MS = 200;

export async function claimInferenceRun(db: Database, opts: RunWorkerOptions): Promise<InferenceRunRow | null> {
  const now = new Date().toISOString();
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await findClaimableRunId(db, now);
    if (!candidate) return null;
    const run = await transactionWithChanges(db, async (trx) => {
      const claimed = await claimRunById(trx, candidate.id, now, {
        workerId: opts.workerId,
        leaseUntil: leaseUntil(opts.leaseMs ?? 30_000),
      });
      // Taking over a run whose worker stopped keeps it IN_PROGRESS: no change of status to record.
      if (claimed && candidate.status === 'PENDING')
        recordRunChange(trx, claimed, opts, { from: 'PENDING', to: claimed.status });
      return claimed;
    });
    if (run) return run;
  }
  return null;
}

/** Runs a claimed run to its end or until it is canceled or taken over; returns what happened. */
export async function runInference(
  db: Database,
  claimed: InferenceRunRow,
  opts: RunWorkerOptions,
): Promise<'completed' | 'failed' | 'stopped'> {
  let ctx: RunSetup;
  try {
    ctx = await prepareRun(db, claimed, opts);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // The reason stays on the run (failureReason), not in the change: the log's payloads are small.
    const failed = await transactionWithChanges(db, async (trx) => {
      const row = await failHeldRun(trx, claimed.id, opts.workerId, reason, new Date().toISOString());
      if (row) recordRunChange(trx, row, opts, { from: 'IN_PROGRESS', to: 'FAILED' });
      return row;
    });
    return failed ? 'failed' : 'stopped';
  }
  // The task's newest ground truth (on the task as a whole), by task: what each prediction is scored against.
  const gt = new Map<string, { id: string; value: unknown }>();
  for (const r of await findGroundTruthAnnotations(db, claimed.projectId)) {
    gt.set(r.taskId, { id: r.id, value: JSON.parse(r.valueJson ?? 'null') });
  }
  const writeEveryMs = opts.writeEveryMs ?? WRITE_EVERY_MS;
  let lastWrite = Date.now();
  for (; ; await yieldToEventLoop()) {
    const batch = await findUndoneRunTasks(db, claimed.id, opts.batchSize ?? 10);
    if (batch.length === 0) break;
    let pending: Prediction[] = [];
    for (const [i, task] of batch.entries()) {
      // A failed call is recorded on the task's prediction (value null, the reason as justification), not a crashed run.
      try {
        const label = await ctx.predict(inputText(JSON.parse(task.dataJson), ctx.inputFields));
        pending.push({
          task,
          label,
          error: label === null ? 'no class to answer with: the prompt has no output classes' : null,
        });
      } catch (error) {
        pending.push({ task, label: null, error: error instanceof Error ? error.message : String(error) });
      }
      // Written at once when the provider is slow (a dashboard sees the first prediction), else with the batch.
      if (i === batch.length - 1 || Date.now() - lastWrite >= writeEveryMs) {
        if (!(await writePredictions(db, claimed, opts, ctx.outputClasses, gt, pending))) return 'stopped';
        pending = [];
        lastWrite = Date.now();
      }
    }
  }
  // The run's end and the version's score (the accuracy of this run on tasks with ground truth) in one transaction:
  // a crash between them would leave a COMPLETED run that no worker claims again and a version never scored.
  const finished = await transactionWithChanges(db, async (trx) => {
    const done = await completeHeldRun(trx, claimed.id, opts.workerId, new Date().toISOString());
    if (!done) return done;
    recordRunChange(trx, done, opts, { from: 'IN_PROGRESS', to: done.status });
    if (done.totalScoredPredictions > 0)
      await updatePromptVersionScore(
        trx,
        claimed.versionId,
        done.totalCorrectPredictions / done.totalScoredPredictions,
      );
    return done;
  });
  return finished ? 'completed' : 'stopped';
}

export async function drainInferenceRuns(db: Database, opts: RunWorkerOptions): Promise<number> {
  let ran = 0;
  for (let run = await claimInferenceRun(db, opts); run; run = await claimInferenceRun(db, opts)) {
    await runInference(db, run, opts);
    ran++;
    await yieldToEventLoop();
  }
  return ran;
}
