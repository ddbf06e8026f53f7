import type { Database } from '../../db/database';
import { recordChange, workerActor } from '../change/change-log';
import type { RunWorkerOptions } from './inference-worker';

// What every write of the inference worker on a run it holds carries: the lease it extends, and its change record.

export const leaseUntil = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A worker's change of a run: a move of status (`from`, `to`) or its progress, in the transaction of the write. */
export function recordRunChange(
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
