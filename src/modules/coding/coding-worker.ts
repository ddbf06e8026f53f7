import type { Logger } from 'pino';
import type { Database } from '../../db/database';
import type { TaskRow } from '../../db/rows';
import { newId, newRowId } from '../../ids';
import {
  codeValue,
  emptyModel,
  learn,
  type CoderModel,
  type Instructions,
  type ResponseValue,
} from './coding-algorithm';
import { appendTaskEvent } from '../task/task-events';

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

/** Claims the oldest PENDING coding task, or an IN_PROGRESS one whose worker's lease ran out (a crashed worker). */
export async function claimCodingTask(
  db: Database,
  opts: WorkerOptions,
): Promise<{ task: TaskRow; resumed: boolean } | null> {
  const leaseMs = opts.leaseMs ?? DEFAULTS.leaseMs;
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = new Date().toISOString();
    const claimable = (q: any) =>
      q
        .where('kind', '=', 'CODING')
        .where((eb: any) =>
          eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'IN_PROGRESS'), eb('leaseUntil', '<', now)])]),
        );
    const candidate = await claimable(db.selectFrom('task').select(['id', 'status']))
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!candidate) return null;
    const task = await db.transaction().execute(async (trx) => {
      const claimed = (await claimable(
        trx.updateTable('task').set({
          status: 'IN_PROGRESS',
          sourceStatus: 'start',
          claimedBy: opts.workerId,
          leaseUntil: leaseUntil(leaseMs),
          updatedAt: now,
        }),
      )
        .where('id', '=', candidate.id)
        .returningAll()
        .executeTakeFirst()) as TaskRow | undefined;
      if (claimed) {
        const resumed = candidate.status === 'IN_PROGRESS';
        await appendTaskEvent(
          trx,
          claimed,
          resumed ? 'WARNING' : 'START',
          resumed ? 'resumed: the previous worker stopped' : `started by ${opts.workerId}`,
          null,
        );
      }
      return claimed;
    });
    if (task) return { task, resumed: candidate.status === 'IN_PROGRESS' };
  }
  return null;
}

/** Renews the lease and records progress; false when the task was aborted or taken over (stop working). */
async function step(db: Database, task: TaskRow, opts: WorkerOptions, done: number, total: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const held = await trx
      .updateTable('task')
      .set({ leaseUntil: leaseUntil(opts.leaseMs ?? DEFAULTS.leaseMs), sourceStatus: 'progress' })
      .where('id', '=', task.id)
      .where('status', '=', 'IN_PROGRESS')
      .where('claimedBy', '=', opts.workerId)
      .returning('id')
      .executeTakeFirst();
    if (held) await appendTaskEvent(trx, task, 'PROGRESS', `${done}/${total}`, null);
    return !!held;
  });
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
  const rows = await db
    .selectFrom('codingResponse')
    .innerJoin('dataChunk', 'dataChunk.id', 'codingResponse.chunkId')
    .select([
      'codingResponse.setId',
      'codingResponse.variableId',
      'codingResponse.valueJson',
      'codingResponse.code',
      'codingResponse.score',
      'codingResponse.subform',
    ])
    .where('dataChunk.taskId', '=', taskId)
    .where('dataChunk.type', '=', 'INPUT')
    .orderBy('dataChunk.id')
    .orderBy('codingResponse.id')
    .execute();
  return rows.map((r) => ({
    setId: r.setId,
    variableId: r.variableId,
    value: JSON.parse(r.valueJson),
    code: r.code,
    score: r.score,
    subform: r.subform,
  }));
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
  const held = (where: any) =>
    where.where('id', '=', task.id).where('status', '=', 'IN_PROGRESS').where('claimedBy', '=', opts.workerId);
  try {
    let model: CoderModel = emptyModel(instructions);
    if (task.codingType === 'CODE') {
      const coder = task.coderId
        ? await db.selectFrom('coder').select('modelJson').where('id', '=', task.coderId).executeTakeFirst()
        : undefined;
      if (!coder?.modelJson) throw new Error('the coder has no learned model');
      model = JSON.parse(coder.modelJson);
    }
    const output: (Input & ReturnType<typeof codeValue>)[] = [];
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
    const finished = await db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      let coderId = task.coderId;
      let message = 'finished';
      if (task.codingType === 'TRAIN') {
        coderId = newId('coder');
        await trx
          .insertInto('coder')
          .values({
            id: coderId,
            projectId: task.projectId,
            kind: 'CODING',
            label: `${task.label ?? 'coder'} (trained)`,
            source: 'ANNOGRAPH',
            modelJson: JSON.stringify(model),
            createdAt: now,
            updatedAt: now,
          })
          .execute();
        message = `coder ${coderId} trained on ${input.length} responses`;
      }
      const row = await held(
        trx.updateTable('task').set({
          status: 'COMPLETED',
          sourceStatus: 'finish',
          coderId,
          leaseUntil: null,
          completedAt: now,
          updatedAt: now,
        }),
      )
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new Stopped();
      if (task.codingType === 'CODE') {
        const chunkId = newId('dataChunk');
        await trx
          .insertInto('dataChunk')
          .values({ id: chunkId, projectId: task.projectId, taskId: task.id, type: 'OUTPUT', createdAt: now })
          .execute();
        for (let i = 0; i < output.length; i += 500) {
          await trx
            .insertInto('codingResponse')
            .values(
              output.slice(i, i + 500).map((r) => ({
                id: newRowId('resp'),
                projectId: task.projectId,
                chunkId,
                setId: r.setId,
                variableId: r.variableId,
                status: r.status,
                valueJson: JSON.stringify(r.value),
                subform: r.subform,
                code: r.code,
                score: r.score,
                codesJson: r.codes.length ? JSON.stringify(r.codes) : null,
              })),
            )
            .execute();
        }
        message = `coded ${output.length} responses`;
      }
      await appendTaskEvent(trx, task, 'FINISH', message, null);
      return true;
    });
    return finished ? 'finished' : 'stopped';
  } catch (error) {
    if (error instanceof Stopped) return 'stopped';
    const reason = error instanceof Error ? error.message : String(error);
    opts.logger?.warn({ taskId: task.id, reason }, 'coding task failed');
    const failed = await db.transaction().execute(async (trx) => {
      const row = await held(
        trx
          .updateTable('task')
          .set({ status: 'FAILED', sourceStatus: 'fail', leaseUntil: null, updatedAt: new Date().toISOString() }),
      )
        .returning('id')
        .executeTakeFirst();
      if (row) await appendTaskEvent(trx, task, 'FAIL', reason, null);
      return !!row;
    });
    return failed ? 'failed' : 'stopped';
  }
}

class Stopped extends Error {}

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
