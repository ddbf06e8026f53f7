import { sql, type ExpressionBuilder, type Insertable, type RawBuilder } from 'kysely';
import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';

// What the inference worker reads and writes (inference-worker.ts). Every write to a claimed run is held: it
// applies only while the run is IN_PROGRESS and claimed by this worker (D6), so a canceled or taken-over run
// writes nothing.

/** A run a worker may claim: PENDING, or IN_PROGRESS with a lease that ran out (its worker stopped). */
const claimable = (now: string) => (eb: ExpressionBuilder<DB, 'inferenceRun'>) =>
  eb.or([
    // A PENDING run a connector mirrors from Label Studio carries the upstream as its holder: not ours to run.
    eb.and([eb('status', '=', 'PENDING'), eb('claimedBy', 'is', null)]),
    eb.and([eb('status', '=', 'IN_PROGRESS'), eb('leaseUntil', '<', now)]),
  ]);

/** Held by this worker: still IN_PROGRESS and claimed by it. */
const heldBy = (runId: string, workerId: string) => (eb: ExpressionBuilder<DB, 'inferenceRun'>) =>
  eb.and([eb('id', '=', runId), eb('status', '=', 'IN_PROGRESS'), eb('claimedBy', '=', workerId)]);

/** The first claimable run, in id order, with its status (PENDING, or IN_PROGRESS for a takeover). */
export function findClaimableRunId(db: Database, now: string) {
  return db
    .selectFrom('inferenceRun')
    .select(['id', 'status'])
    .where(claimable(now))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Claims a run if it is still claimable (one conditional update); undefined when another worker was first. */
export async function claimRunById(
  db: Database,
  id: string,
  now: string,
  claim: { workerId: string; leaseUntil: string },
): Promise<InferenceRunRow | undefined> {
  return db
    .updateTable('inferenceRun')
    .set({
      status: 'IN_PROGRESS',
      sourceStatus: 'InProgress',
      claimedBy: claim.workerId,
      leaseUntil: claim.leaseUntil,
      triggeredAt: now,
    })
    .where(claimable(now))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** The run's version and prompt; throws (Kysely's "no result") when either is gone. */
export async function findRunPrompt(db: Database, run: InferenceRunRow) {
  const version = await db
    .selectFrom('promptVersion')
    .selectAll()
    .where('id', '=', run.versionId)
    .executeTakeFirstOrThrow();
  const prompt = await db.selectFrom('prompt').selectAll().where('id', '=', run.promptId).executeTakeFirstOrThrow();
  return { version, prompt };
}

/** A connection with its key: for the worker's provider calls only. */
export function findProviderConnectionById(db: Database, id: string) {
  return db.selectFrom('providerConnection').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Replaces a legacy plain-text key by its sealed form, unless the row changed meanwhile (conditional update). */
export async function resealProviderConnectionKey(db: Database, id: string, legacy: string, sealed: string) {
  await db
    .updateTable('providerConnection')
    .set({ apiKey: sealed })
    .where('id', '=', id)
    .where('apiKey', '=', legacy)
    .execute();
}

/** Up to `limit` ground-truth answers of a project's tasks with their data, in task order: few-shot examples. */
export function findFewShotExamples(db: Database, projectId: string, limit: number) {
  return db
    .selectFrom('annotation')
    .innerJoin('task', 'task.id', 'annotation.taskId')
    .select(['task.dataJson', 'annotation.valueJson'])
    .where('annotation.projectId', '=', projectId)
    .where('annotation.groundTruth', '=', 1)
    .where('annotation.level', '=', 'TASK')
    .orderBy('task.id')
    .limit(limit)
    .execute();
}

/** A project's ground-truth annotations on whole tasks, oldest first (so the newest of a task comes last). */
export function findGroundTruthAnnotations(db: Database, projectId: string) {
  return db
    .selectFrom('annotation')
    .select(['id', 'taskId', 'valueJson'])
    .where('projectId', '=', projectId)
    .where('groundTruth', '=', 1)
    .where('level', '=', 'TASK')
    .orderBy('id')
    .execute();
}

/** The next `limit` tasks of a run not yet predicted, in task order. */
export function findUndoneRunTasks(db: Database, runId: string, limit: number) {
  return db
    .selectFrom('inferenceRunTask')
    .innerJoin('task', 'task.id', 'inferenceRunTask.taskId')
    .select(['task.id', 'task.dataJson', 'task.projectId'])
    .where('inferenceRunTask.runId', '=', runId)
    .where('inferenceRunTask.done', '=', 0)
    .orderBy('task.id')
    .limit(limit)
    .execute();
}

/** IN_PROGRESS -> FAILED with the reason, if the run is still this worker's. */
export function failHeldRun(db: Database, runId: string, workerId: string, reason: string, now: string) {
  return db
    .updateTable('inferenceRun')
    .set({ status: 'FAILED', sourceStatus: 'Failed', failureReason: reason, completedAt: now, leaseUntil: null })
    .where(heldBy(runId, workerId))
    .returning(['id', 'projectId'])
    .executeTakeFirst();
}

/** IN_PROGRESS -> COMPLETED, if the run is still this worker's. */
export function completeHeldRun(db: Database, runId: string, workerId: string, now: string) {
  return db
    .updateTable('inferenceRun')
    .set({ status: 'COMPLETED', sourceStatus: 'Completed', completedAt: now, leaseUntil: null })
    .where(heldBy(runId, workerId))
    .returningAll()
    .executeTakeFirst();
}

export async function updatePromptVersionScore(db: Database, versionId: string, score: number) {
  await db.updateTable('promptVersion').set({ score }).where('id', '=', versionId).execute();
}

/** A task's result: its prediction's annotation id, the ground truth it was scored against and the verdict. */
export type RunTaskResult = {
  taskId: string;
  annotationId: string;
  groundTruthId: string | null;
  correct: 0 | 1 | null;
  error: string | null;
};

/**
 * Marks the run's tasks predicted, each with its result, in one statement; tasks already done (another worker's)
 * are left as they are. Answers the ids of the tasks this call marked.
 */
export async function markRunTasksDone(db: Database, runId: string, results: RunTaskResult[]) {
  const byTask = (value: (r: RunTaskResult) => RawBuilder<unknown>) =>
    sql`case ${sql.ref('inferenceRunTask.taskId')} ${sql.join(
      results.map((r) => sql`when ${r.taskId} then ${value(r)}`),
      sql` `,
    )} end`;
  const rows = await db
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
    .where('runId', '=', runId)
    .where('done', '=', 0)
    .where(
      'taskId',
      'in',
      results.map((r) => r.taskId),
    )
    .returning('taskId')
    .execute();
  return new Set(rows.map((r) => r.taskId));
}

export async function insertPredictions(db: Database, predictions: Insertable<DB['annotation']>[]) {
  if (predictions.length) await db.insertInto('annotation').values(predictions).execute();
}

/**
 * Adds predictions to the run's totals and renews its lease, if the run is still this worker's; the totals after
 * (the run's progress).
 */
export function addToHeldRunTotals(
  db: Database,
  runId: string,
  workerId: string,
  add: { predicted: number; failed: number; correct: number; scored: number },
  now: string,
  leaseUntil: string,
) {
  return db
    .updateTable('inferenceRun')
    .set((eb) => ({
      totalPredictions: eb('totalPredictions', '+', add.predicted),
      totalFailedPredictions: eb('totalFailedPredictions', '+', add.failed),
      totalCorrectPredictions: eb('totalCorrectPredictions', '+', add.correct),
      totalScoredPredictions: eb('totalScoredPredictions', '+', add.scored),
      predictionsUpdatedAt: now,
      leaseUntil,
    }))
    .where(heldBy(runId, workerId))
    .returning(['id', 'projectId', 'totalPredictions', 'totalFailedPredictions', 'totalTasks'])
    .executeTakeFirst();
}
