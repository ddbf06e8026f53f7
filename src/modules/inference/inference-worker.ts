import type { Logger } from 'pino';
import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import { newId } from '../../ids';
import { yieldToEventLoop } from '../coding/coding-worker';
import { classifyHttp } from './http-provider';
import { groundTruthTasks } from './inference-run.service';
import { classifyOffline, type Example } from './offline-provider';

// Runs PENDING inference runs (the coding worker's machinery: a conditional claim with a lease, a held-check on
// every write, a run whose worker stopped is claimed again when its lease runs out). Tasks go in small batches;
// each prediction, its task's `done` mark and the run's totals are written in one transaction, so a task is
// predicted once even with several workers, and a cancel stops the run at its next batch.
export type RunWorkerOptions = { workerId: string; leaseMs?: number; batchSize?: number; logger?: Logger };
const leaseUntil = (ms: number) => new Date(Date.now() + ms).toISOString();

export async function claimInferenceRun(db: Database, opts: RunWorkerOptions): Promise<InferenceRunRow | null> {
  const now = new Date().toISOString();
  const claimable = (q: any) => q.where((eb: any) => eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'IN_PROGRESS'), eb('leaseUntil', '<', now)])]));
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await claimable(db.selectFrom('inferenceRun').select('id')).orderBy('id').limit(1).executeTakeFirst();
    if (!candidate) return null;
    const run = await claimable(db.updateTable('inferenceRun').set({ status: 'IN_PROGRESS', sourceStatus: 'InProgress', claimedBy: opts.workerId, leaseUntil: leaseUntil(opts.leaseMs ?? 30_000), triggeredAt: now }))
      .where('id', '=', candidate.id).returningAll().executeTakeFirst();
    if (run) return run as InferenceRunRow;
  }
  return null;
}

type Context = { run: InferenceRunRow; inputFields: string[]; outputClasses: string[]; examples: Example[]; predict: (text: string) => Promise<string | null> };

async function prepare(db: Database, run: InferenceRunRow): Promise<Context> {
  const version = await db.selectFrom('promptVersion').selectAll().where('id', '=', run.versionId).executeTakeFirstOrThrow();
  const prompt = await db.selectFrom('prompt').selectAll().where('id', '=', run.promptId).executeTakeFirstOrThrow();
  const inputFields = JSON.parse(prompt.inputFieldsJson) as string[];
  const outputClasses = JSON.parse(prompt.outputClassesJson) as string[];
  const examples: Example[] = [];
  if (version.maxFewShotExamples > 0) {
    const rows = await db.selectFrom('annotation').innerJoin('task', 'task.id', 'annotation.taskId').select(['task.dataJson', 'annotation.valueJson'])
      .where('annotation.projectId', '=', run.projectId).where('annotation.groundTruth', '=', 1).where('annotation.level', '=', 'TASK')
      .orderBy('task.id').limit(version.maxFewShotExamples).execute();
    for (const r of rows) examples.push({ text: inputText(JSON.parse(r.dataJson), inputFields), label: String(JSON.parse(r.valueJson ?? 'null')) });
  }
  let predict: Context['predict'];
  if (version.provider === 'OFFLINE') {
    predict = async (text) => classifyOffline(text, examples, outputClasses);
  } else {
    const connection = version.connectionId ? await db.selectFrom('providerConnection').selectAll().where('id', '=', version.connectionId).executeTakeFirst() : undefined;
    if (!connection?.baseUrl) throw new Error('the version has no provider connection with a base URL');
    predict = (text) => classifyHttp({ baseUrl: connection.baseUrl!, apiKey: connection.apiKey, model: version.providerModelId, timeoutMs: connection.timeoutMs, maxRetries: connection.maxRetries }, version.promptText, text, outputClasses);
  }
  return { run, inputFields, outputClasses, examples, predict };
}

/** The prompt's input: the task's data fields, in the prompt's order. */
function inputText(data: Record<string, unknown>, fields: string[]): string {
  return fields.map((f) => (data[f] === undefined || data[f] === null ? '' : String(data[f]))).join('\n');
}

/** Runs a claimed run to its end or until it is canceled or taken over; returns what happened. */
export async function runInference(db: Database, claimed: InferenceRunRow, opts: RunWorkerOptions): Promise<'completed' | 'failed' | 'stopped'> {
  const held = (q: any) => q.where('id', '=', claimed.id).where('status', '=', 'IN_PROGRESS').where('claimedBy', '=', opts.workerId);
  let ctx: Context;
  try {
    ctx = await prepare(db, claimed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failed = await held(db.updateTable('inferenceRun').set({ status: 'FAILED', sourceStatus: 'Failed', failureReason: reason, completedAt: new Date().toISOString(), leaseUntil: null })).returning('id').executeTakeFirst();
    return failed ? 'failed' : 'stopped';
  }
  const gt = new Map((await db.selectFrom('annotation').select(['taskId', 'valueJson']).where('taskId', 'in', groundTruthTasks(db, claimed.projectId)).where('groundTruth', '=', 1).where('level', '=', 'TASK').execute())
    .map((r) => [r.taskId, JSON.parse(r.valueJson ?? 'null')]));
  for (;; await yieldToEventLoop()) {
    const batch = await db.selectFrom('inferenceRunTask').innerJoin('task', 'task.id', 'inferenceRunTask.taskId').select(['task.id', 'task.dataJson', 'task.projectId'])
      .where('inferenceRunTask.runId', '=', claimed.id).where('inferenceRunTask.done', '=', 0).orderBy('task.id').limit(opts.batchSize ?? 10).execute();
    if (batch.length === 0) break;
    const predictions: { task: (typeof batch)[number]; label: string | null; error: string | null }[] = [];
    for (const task of batch) {
      const renewed = await held(db.updateTable('inferenceRun').set({ leaseUntil: leaseUntil(opts.leaseMs ?? 30_000) })).returning('id').executeTakeFirst();
      if (!renewed) return 'stopped';
      // A failed call is recorded on the task's prediction (value null, the reason as justification), not a crashed run.
      try {
        predictions.push({ task, label: await ctx.predict(inputText(JSON.parse(task.dataJson), ctx.inputFields)), error: null });
      } catch (error) {
        predictions.push({ task, label: null, error: error instanceof Error ? error.message : String(error) });
      }
    }
    const kept = await db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      const taken = await trx.updateTable('inferenceRunTask').set({ done: 1 }).where('runId', '=', claimed.id).where('done', '=', 0).where('taskId', 'in', batch.map((t) => t.id)).returning('taskId').execute();
      const mine = new Set(taken.map((t) => t.taskId));
      const written = predictions.filter((p) => mine.has(p.task.id));
      if (written.length) {
        await trx.insertInto('annotation').values(written.map((p) => ({
          id: newId('annotation'), projectId: p.task.projectId, taskId: p.task.id, level: 'TASK' as const, source: 'ANNOGRAPH' as const, key: 'prediction', type: 'CATEGORY' as const,
          sourceType: 'category', valueJson: p.label === null ? null : JSON.stringify(p.label), possibleValuesJson: JSON.stringify(ctx.outputClasses), justification: p.error,
          inferenceRunId: claimed.id, promptVersionId: claimed.versionId, createdAt: now, updatedAt: now,
        }))).execute();
      }
      const scored = written.filter((p) => p.label !== null && gt.has(p.task.id));
      const correct = scored.filter((p) => gt.get(p.task.id) === p.label).length;
      const predicted = written.filter((p) => p.label !== null).length;
      const row = await held(trx.updateTable('inferenceRun').set((eb: any) => ({
        totalPredictions: eb('totalPredictions', '+', predicted), totalCorrectPredictions: eb('totalCorrectPredictions', '+', correct),
        totalScoredPredictions: eb('totalScoredPredictions', '+', scored.length),
        predictionsUpdatedAt: now, leaseUntil: leaseUntil(opts.leaseMs ?? 30_000),
      }))).returning('id').executeTakeFirst();
      if (!row) throw new RunStopped();
      return true;
    }).catch((error: unknown) => {
      if (error instanceof RunStopped) return false;
      throw error;
    });
    if (!kept) return 'stopped';
  }
  // The run's end and the version's score (the accuracy of this run on tasks with ground truth) in one transaction:
  // a crash between them would leave a COMPLETED run that no worker claims again and a version never scored.
  const finished = await db.transaction().execute(async (trx) => {
    const done = (await held(trx.updateTable('inferenceRun').set({ status: 'COMPLETED', sourceStatus: 'Completed', completedAt: new Date().toISOString(), leaseUntil: null })).returningAll().executeTakeFirst()) as InferenceRunRow | undefined;
    if (done && done.totalScoredPredictions > 0) {
      await trx.updateTable('promptVersion').set({ score: done.totalCorrectPredictions / done.totalScoredPredictions }).where('id', '=', claimed.versionId).execute();
    }
    return done;
  });
  return finished ? 'completed' : 'stopped';
}

class RunStopped extends Error {}

export async function drainInferenceRuns(db: Database, opts: RunWorkerOptions): Promise<number> {
  let ran = 0;
  for (let run = await claimInferenceRun(db, opts); run; run = await claimInferenceRun(db, opts)) {
    await runInference(db, run, opts);
    ran++;
    await yieldToEventLoop();
  }
  return ran;
}
