import type { Logger } from 'pino';
import type { Database } from '../../db/database';
import type { TaskRow } from '../../db/rows';
import { newId } from '../../ids';
import {
  codeValue,
  emptyModel,
  learn,
  type CoderModel,
  type Instructions,
  type ResponseValue,
} from './coding-algorithm';
import { recordChange, workerActor } from '../change/change-log';
import { inTransaction } from '../result';
import { applyTaskTransition } from '../task/task-lifecycle';
import { findClaimableCodingTask } from '../task/task.repository';
import { findCoderModelById, insertCoder } from '../coder/coder.repository';
import { codingResponseRow, insertCodingResponses, insertDataChunk } from './coding-data.repository';
import { findInputResponses } from './coding-task.repository';

// Runs committed coding tasks. A task is claimed with one conditional update and a lease; the lease is renewed
// after every step with a conditional update that also notices an abort (status no longer IN_PROGRESS) or a
// takeover, and the result is written in one transaction guarded the same way, so a task finishes once.
export type WorkerOptions = { workerId: string; leaseMs?: number; stepSize?: number; logger?: Logger };
const DEFAULTS = { leaseMs: 30_000, stepSize: 100 };

const leaseUntil = (leaseMs: number) => new Date(Date.now() + leaseMs).toISOString();

/**
 * Lets the event loop run (HTTP reads and writes, timers) before the next step. better-sqlite3 answers synchronously,
 * so on SQLite a worker's chain of statements is all promise continuations and never gives the loop a turn: without
 * this, the server answered no request while a job ran (seen in the kill -9 test: acknowledgements stopped for the
 * whole of each run).
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const byWorker = (opts: WorkerOptions) => ({ workerId: opts.workerId });

/** Claims the oldest PENDING coding task, or an IN_PROGRESS one whose worker's lease ran out (a crashed worker). */
export async function claimCodingTask(
  db: Database,
  opts: WorkerOptions,
): Promise<{ task: TaskRow; resumed: boolean } | null> {
  const leaseMs = opts.leaseMs ?? DEFAULTS.leaseMs;
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await findClaimableCodingTask(db, new Date().toISOString());
    if (!candidate) return null;
    const resumed = candidate.status === 'IN_PROGRESS';
    const claimed = await inTransaction(db, (trx) =>
      applyTaskTransition(trx, resumed ? 'resume' : 'start', candidate.id, {
        by: byWorker(opts),
        ...(resumed ? {} : { message: `started by ${opts.workerId}` }),
        set: { claimedBy: opts.workerId, leaseUntil: leaseUntil(leaseMs) },
      }),
    );
    if (claimed.ok) return { task: claimed.value, resumed };
  }
  return null;
}

/** Renews the lease and records progress; false when the task was aborted or taken over (stop working). */
async function step(db: Database, task: TaskRow, opts: WorkerOptions, done: number, total: number): Promise<boolean> {
  const held = await inTransaction(db, (trx) =>
    applyTaskTransition(trx, 'progress', task.id, {
      by: byWorker(opts),
      message: `${done}/${total}`,
      progress: { done, total },
      set: { leaseUntil: leaseUntil(opts.leaseMs ?? DEFAULTS.leaseMs) },
    }),
  );
  return held.ok;
}

type Input = {
  setId: string;
  variableId: string;
  value: ResponseValue;
  code: number | null;
  score: number | null;
  subform: string | null;
};

async function loadInput(db: Database, taskId: string): Promise<Input[]> {
  return (await findInputResponses(db, taskId)).map((r) => ({
    setId: r.setId,
    variableId: r.variableId,
    value: JSON.parse(r.valueJson),
    code: r.code,
    score: r.score,
    subform: r.subform,
  }));
}

type Output = Input & ReturnType<typeof codeValue>;

/** Writes a finished task's result with its FINISH, in one transaction; a failure when the worker lost the task. */
function finish(db: Database, task: TaskRow, opts: WorkerOptions, model: CoderModel, input: Input[], output: Output[]) {
  return inTransaction(db, async (trx) => {
    const now = new Date().toISOString();
    let coderId = task.coderId;
    let message = 'finished';
    if (task.codingType === 'TRAIN') {
      coderId = newId('coder');
      await insertCoder(trx, {
        id: coderId,
        projectId: task.projectId,
        kind: 'CODING',
        label: `${task.label ?? 'coder'} (trained)`,
        source: 'ANNOGRAPH',
        modelJson: JSON.stringify(model),
        createdAt: now,
        updatedAt: now,
      });
      message = `coder ${coderId} trained on ${input.length} responses`;
      recordChange(trx, {
        type: 'CODER_UPDATED',
        objectId: coderId,
        projectId: task.projectId,
        by: workerActor(opts.workerId),
        payload: { taskId: task.id, trainedOn: input.length },
      });
    }
    if (task.codingType === 'CODE') message = `coded ${output.length} responses`;
    const finished = await applyTaskTransition(trx, 'finish', task.id, {
      by: byWorker(opts),
      message,
      set: { coderId, leaseUntil: null },
    });
    if (!finished.ok || task.codingType !== 'CODE') return finished;
    const chunkId = newId('dataChunk');
    await insertDataChunk(trx, {
      id: chunkId,
      projectId: task.projectId,
      taskId: task.id,
      type: 'OUTPUT',
      createdAt: now,
    });
    await insertCodingResponses(
      trx,
      output.map((r) => ({
        ...codingResponseRow(task.projectId, chunkId, r),
        codesJson: r.codes.length ? JSON.stringify(r.codes) : null,
      })),
    );
    return finished;
  });
}

/** Runs one claimed task to its end (FINISH or FAIL), or until an abort or takeover; returns what happened. */
export async function runCodingTask(
  db: Database,
  task: TaskRow,
  opts: WorkerOptions,
  hooks: { afterStep?: (done: number) => Promise<void> } = {},
) {
  const stepSize = opts.stepSize ?? DEFAULTS.stepSize;
  const input = await loadInput(db, task.id);
  const instructions = (task.instructionsJson ? JSON.parse(task.instructionsJson) : {}) as Instructions;
  try {
    let model: CoderModel = emptyModel(instructions);
    if (task.codingType === 'CODE') {
      const modelJson = task.coderId ? (await findCoderModelById(db, task.coderId))?.modelJson : null;
      if (!modelJson) throw new Error('the coder has no learned model');
      model = JSON.parse(modelJson);
    }
    const output: Output[] = [];
    for (let done = 0; done < input.length || done === 0;) {
      const slice = input.slice(done, done + stepSize);
      if (task.codingType === 'TRAIN') learn(model, slice);
      else for (const r of slice) output.push({ ...r, ...codeValue(model, r.variableId, r.value) });
      done += Math.max(slice.length, 1);
      if (!(await step(db, task, opts, Math.min(done, input.length), input.length))) return 'stopped';
      await hooks.afterStep?.(done);
      await yieldToEventLoop();
      if (done >= input.length) break;
    }
    return (await finish(db, task, opts, model, input, output)).ok ? 'finished' : 'stopped';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    opts.logger?.warn({ taskId: task.id, reason }, 'coding task failed');
    const failed = await inTransaction(db, (trx) =>
      applyTaskTransition(trx, 'workerFail', task.id, {
        by: byWorker(opts),
        message: reason,
        set: { leaseUntil: null },
      }),
    );
    return failed.ok ? 'failed' : 'stopped';
  }
}

/** Claims and runs tasks until none is left; returns how many it ran. */
export async function drainCodingTasks(db: Database, opts: WorkerOptions): Promise<number> {
  let ran = 0;
  for (let claimed = await claimCodingTask(db, opts); claimed; claimed = await claimCodingTask(db, opts)) {
    await runCodingTask(db, claimed.task, opts);
    ran++;
    await yieldToEventLoop();
  }
  return ran;
}
