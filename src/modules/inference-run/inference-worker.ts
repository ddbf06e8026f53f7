import type { Logger } from 'pino';
import { runAuthor } from '../annotation/annotation-author';
import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import { newId } from '../../ids';
import { recordChange, transactionWithChanges, workerActor } from '../change/change-log';
import { yieldToEventLoop } from '../coding/coding-worker';
import { STRICT_OUTBOUND_POLICY, type OutboundPolicy } from '../../outbound/outbound-policy';
import { SecretBox, UNCONFIGURED_SECRET_BOX } from '../../secrets/secret-box';
import { classifyHttp } from './http-provider';
import {
  addToHeldRunTotals,
  claimRunById,
  completeHeldRun,
  failHeldRun,
  findClaimableRunId,
  findFewShotExamples,
  findGroundTruthAnnotations,
  findProviderConnectionById,
  findRunPrompt,
  findUndoneRunTasks,
  insertPredictions,
  resealProviderConnectionKey,
  markRunTasksDone,
  updatePromptVersionScore,
  type RunTaskResult,
} from './inference-worker.repository';
import { classifyOffline, type Example } from './offline-provider';

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
const leaseUntil = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A worker's change of a run: a move of status (`from`, `to`) or its progress, in the transaction of the write. */
function recordRunChange(
  trx: Database,
  run: { id: string; projectId: string },
  opts: RunWorkerOptions,
  payload: { from: string; to: string } | { progress: { done: number; total: number } },
) {
  recordChange(trx, {
    type: 'progress' in payload ? 'JOB_PROGRESS' : 'INFERENCE_RUN_STATUS_CHANGED',
    objectId: run.id,
    projectId: run.projectId,
    by: workerActor(opts.workerId),
    payload,
  });
}

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

type RunSetup = {
  run: InferenceRunRow;
  inputFields: string[];
  outputClasses: string[];
  examples: Example[];
  predict: (text: string) => Promise<string | null>;
};

/** A connection's key in the clear; a legacy plain-text one is sealed in its place on the way (no transaction open). */
async function openApiKey(db: Database, secrets: SecretBox, connection: { id: string; apiKey: string | null }) {
  if (connection.apiKey === null) return null;
  const plain = secrets.open(connection.apiKey);
  if (!SecretBox.isSealed(connection.apiKey))
    await resealProviderConnectionKey(db, connection.id, connection.apiKey, secrets.seal(plain));
  return plain;
}

async function prepare(db: Database, run: InferenceRunRow, opts: RunWorkerOptions): Promise<RunSetup> {
  const { version, prompt } = await findRunPrompt(db, run);
  const inputFields = JSON.parse(prompt.inputFieldsJson) as string[];
  const outputClasses = JSON.parse(prompt.outputClassesJson) as string[];
  const examples: Example[] = [];
  if (version.maxFewShotExamples > 0) {
    for (const r of await findFewShotExamples(db, run.projectId, version.maxFewShotExamples))
      examples.push({
        text: inputText(JSON.parse(r.dataJson), inputFields),
        label: String(JSON.parse(r.valueJson ?? 'null')),
      });
  }
  let predict: RunSetup['predict'];
  if (version.provider === 'OFFLINE') {
    predict = async (text) => classifyOffline(text, examples, outputClasses);
  } else {
    const connection = version.connectionId ? await findProviderConnectionById(db, version.connectionId) : undefined;
    if (!connection?.baseUrl) throw new Error('the version has no provider connection with a base URL');
    const apiKey = await openApiKey(db, opts.secrets ?? UNCONFIGURED_SECRET_BOX, connection);
    const outbound = opts.outbound ?? STRICT_OUTBOUND_POLICY;
    predict = (text) =>
      classifyHttp(
        {
          baseUrl: connection.baseUrl!,
          apiKey,
          outbound,
          model: version.providerModelId,
          timeoutMs: connection.timeoutMs,
          maxRetries: connection.maxRetries,
        },
        version.promptText,
        text,
        outputClasses,
      );
  }
  return { run, inputFields, outputClasses, examples, predict };
}

/** The prompt's input: the task's data fields, in the prompt's order. */
function inputText(data: Record<string, unknown>, fields: string[]): string {
  return fields.map((f) => (data[f] === undefined || data[f] === null ? '' : String(data[f]))).join('\n');
}

/** Runs a claimed run to its end or until it is canceled or taken over; returns what happened. */
export async function runInference(
  db: Database,
  claimed: InferenceRunRow,
  opts: RunWorkerOptions,
): Promise<'completed' | 'failed' | 'stopped'> {
  let ctx: RunSetup;
  try {
    ctx = await prepare(db, claimed, opts);
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

/**
 * Rolls back a batch's transaction when the run turned out not to be this worker's any more. The worker's own
 * control flow (it stops, answering 'stopped'), not a service's refusal: there is no caller to give user errors to.
 */
class RunStopped extends Error {}

type Prediction = { task: { id: string; projectId: string }; label: string | null; error: string | null };

/**
 * One transaction: each prediction as an annotation naming the run and the version, its task's result (done, the
 * prediction's id, the ground truth and the verdict, in one statement), and the run's totals and lease in one update
 * (held: a canceled or taken-over run writes nothing). Tasks already done (another worker's) are skipped.
 * False when the run is no longer this worker's.
 */
async function writePredictions(
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

export async function drainInferenceRuns(db: Database, opts: RunWorkerOptions): Promise<number> {
  let ran = 0;
  for (let run = await claimInferenceRun(db, opts); run; run = await claimInferenceRun(db, opts)) {
    await runInference(db, run, opts);
    ran++;
    await yieldToEventLoop();
  }
  return ran;
}
