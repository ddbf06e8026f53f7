import { sql, type RawBuilder } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import { newId } from '../../ids';
import { yieldToEventLoop } from '../coding/coding-worker';
import { classifyHttp } from './http-provider';
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
};
const WRITE_EVERY_MS = 200;
const leaseUntil = (ms: number) => new Date(Date.now() + ms).toISOString();

export async function claimInferenceRun(db: Database, opts: RunWorkerOptions): Promise<InferenceRunRow | null> {
  const now = new Date().toISOString();
  const claimable = (q: any) =>
    q.where((eb: any) =>
      eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'IN_PROGRESS'), eb('leaseUntil', '<', now)])]),
    );
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await claimable(db.selectFrom('inferenceRun').select('id'))
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!candidate) return null;
    const run = await claimable(
      db.updateTable('inferenceRun').set({
        status: 'IN_PROGRESS',
        sourceStatus: 'InProgress',
        claimedBy: opts.workerId,
        leaseUntil: leaseUntil(opts.leaseMs ?? 30_000),
        triggeredAt: now,
      }),
    )
      .where('id', '=', candidate.id)
      .returningAll()
      .executeTakeFirst();
    if (run) return run as InferenceRunRow;
  }
  return null;
}

type Context = {
  run: InferenceRunRow;
  inputFields: string[];
  outputClasses: string[];
  examples: Example[];
  predict: (text: string) => Promise<string | null>;
};

async function prepare(db: Database, run: InferenceRunRow): Promise<Context> {
  const version = await db
    .selectFrom('promptVersion')
    .selectAll()
    .where('id', '=', run.versionId)
    .executeTakeFirstOrThrow();
  const prompt = await db.selectFrom('prompt').selectAll().where('id', '=', run.promptId).executeTakeFirstOrThrow();
  const inputFields = JSON.parse(prompt.inputFieldsJson) as string[];
  const outputClasses = JSON.parse(prompt.outputClassesJson) as string[];
  const examples: Example[] = [];
  if (version.maxFewShotExamples > 0) {
    const rows = await db
      .selectFrom('annotation')
      .innerJoin('task', 'task.id', 'annotation.taskId')
      .select(['task.dataJson', 'annotation.valueJson'])
      .where('annotation.projectId', '=', run.projectId)
      .where('annotation.groundTruth', '=', 1)
      .where('annotation.level', '=', 'TASK')
      .orderBy('task.id')
      .limit(version.maxFewShotExamples)
      .execute();
    for (const r of rows)
      examples.push({
        text: inputText(JSON.parse(r.dataJson), inputFields),
        label: String(JSON.parse(r.valueJson ?? 'null')),
      });
  }
  let predict: Context['predict'];
  if (version.provider === 'OFFLINE') {
    predict = async (text) => classifyOffline(text, examples, outputClasses);
  } else {
    const connection = version.connectionId
      ? await db.selectFrom('providerConnection').selectAll().where('id', '=', version.connectionId).executeTakeFirst()
      : undefined;
    if (!connection?.baseUrl) throw new Error('the version has no provider connection with a base URL');
    predict = (text) =>
      classifyHttp(
        {
          baseUrl: connection.baseUrl!,
          apiKey: connection.apiKey,
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
  const held = (q: any) =>
    q.where('id', '=', claimed.id).where('status', '=', 'IN_PROGRESS').where('claimedBy', '=', opts.workerId);
  let ctx: Context;
  try {
    ctx = await prepare(db, claimed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failed = await held(
      db.updateTable('inferenceRun').set({
        status: 'FAILED',
        sourceStatus: 'Failed',
        failureReason: reason,
        completedAt: new Date().toISOString(),
        leaseUntil: null,
      }),
    )
      .returning('id')
      .executeTakeFirst();
    return failed ? 'failed' : 'stopped';
  }
  // The task's newest ground truth (on the task as a whole), by task: what each prediction is scored against.
  const gt = new Map<string, { id: string; value: unknown }>();
  for (const r of await db
    .selectFrom('annotation')
    .select(['id', 'taskId', 'valueJson'])
    .where('projectId', '=', claimed.projectId)
    .where('groundTruth', '=', 1)
    .where('level', '=', 'TASK')
    .orderBy('id')
    .execute()) {
    gt.set(r.taskId, { id: r.id, value: JSON.parse(r.valueJson ?? 'null') });
  }
  const writeEveryMs = opts.writeEveryMs ?? WRITE_EVERY_MS;
  let lastWrite = Date.now();
  for (; ; await yieldToEventLoop()) {
    const batch = await db
      .selectFrom('inferenceRunTask')
      .innerJoin('task', 'task.id', 'inferenceRunTask.taskId')
      .select(['task.id', 'task.dataJson', 'task.projectId'])
      .where('inferenceRunTask.runId', '=', claimed.id)
      .where('inferenceRunTask.done', '=', 0)
      .orderBy('task.id')
      .limit(opts.batchSize ?? 10)
      .execute();
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
  const finished = await db.transaction().execute(async (trx) => {
    const done = (await held(
      trx.updateTable('inferenceRun').set({
        status: 'COMPLETED',
        sourceStatus: 'Completed',
        completedAt: new Date().toISOString(),
        leaseUntil: null,
      }),
    )
      .returningAll()
      .executeTakeFirst()) as InferenceRunRow | undefined;
    if (done && done.totalScoredPredictions > 0) {
      await trx
        .updateTable('promptVersion')
        .set({ score: done.totalCorrectPredictions / done.totalScoredPredictions })
        .where('id', '=', claimed.versionId)
        .execute();
    }
    return done;
  });
  return finished ? 'completed' : 'stopped';
}

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
      annotationId: newId('annotation'),
      groundTruthId: truth?.id ?? null,
      correct: p.label === null || !truth ? null : truth.value === p.label ? 1 : 0,
    };
  });
  type Result = (typeof results)[number];
  const byTask = (value: (r: Result) => RawBuilder<unknown>) =>
    sql`case ${sql.ref('inferenceRunTask.taskId')} ${sql.join(
      results.map((r) => sql`when ${r.task.id} then ${value(r)}`),
      sql` `,
    )} end`;
  return db
    .transaction()
    .execute(async (trx) => {
      const now = new Date().toISOString();
      const taken = await trx
        .updateTable('inferenceRunTask')
        .set({
          done: 1,
          id: byTask((r) => sql.val(r.annotationId)) as RawBuilder<string>,
          groundTruthId: byTask((r) => sql.val(r.groundTruthId)) as RawBuilder<string | null>,
          // Literals, cast: PostgreSQL types a CASE of nothing but NULLs as text.
          correct: sql<
            number | null
          >`cast(${byTask((r) => sql.raw(r.correct === null ? 'null' : String(r.correct)))} as integer)`,
          error: byTask((r) => sql.val(r.error)) as RawBuilder<string | null>,
        })
        .where('runId', '=', claimed.id)
        .where('done', '=', 0)
        .where(
          'taskId',
          'in',
          results.map((r) => r.task.id),
        )
        .returning('taskId')
        .execute();
      const mine = new Set(taken.map((t) => t.taskId));
      const written = results.filter((r) => mine.has(r.task.id));
      if (written.length) {
        await trx
          .insertInto('annotation')
          .values(
            written.map((r) => ({
              id: r.annotationId,
              projectId: r.task.projectId,
              taskId: r.task.id,
              level: 'TASK' as const,
              source: 'ANNOGRAPH' as const,
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
          )
          .execute();
      }
      const predicted = written.filter((r) => r.label !== null).length;
      const scored = written.filter((r) => r.correct !== null);
      const row = await trx
        .updateTable('inferenceRun')
        .set((eb) => ({
          totalPredictions: eb('totalPredictions', '+', predicted),
          totalFailedPredictions: eb('totalFailedPredictions', '+', written.length - predicted),
          totalCorrectPredictions: eb('totalCorrectPredictions', '+', scored.filter((r) => r.correct === 1).length),
          totalScoredPredictions: eb('totalScoredPredictions', '+', scored.length),
          predictionsUpdatedAt: now,
          leaseUntil: leaseUntil(opts.leaseMs ?? 30_000),
        }))
        .where('id', '=', claimed.id)
        .where('status', '=', 'IN_PROGRESS')
        .where('claimedBy', '=', opts.workerId)
        .returning('id')
        .executeTakeFirst();
      if (!row) throw new RunStopped();
      return true;
    })
    .catch((error: unknown) => {
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
