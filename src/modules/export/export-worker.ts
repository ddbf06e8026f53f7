import type { Logger } from 'pino';
import type { Database } from '../../db/database';
import type { ExportJobRow } from '../../db/rows';
import type { ChangeType } from '../../graphql/types.generated';
import { recordChange, transactionWithChanges, workerActor } from '../change/change-log';
import { yieldToEventLoop } from '../coding/coding-worker';
import { deleteExportFiles, finalPathOf, openExportFile, type ExportFile } from './export-file';
import { exportChunks, writerOf } from './export-pages';
import { specOfJob } from './export-spec';
import {
  claimExportById,
  countTasksToExport,
  findClaimableExportId,
  findExpiredExports,
  findExportJobById,
  markExportExpired,
  updateHeldExport,
} from './export.repository';

// Runs PENDING export jobs on the one worker runner (claim by conditional update, lease, renew): each page is
// appended to the part file and fsynced, then its cursor, counts and byte size are committed with the lease in one
// held update, so a crash (kill -9 included) resumes at the last committed page. A cancel stops the job at its next
// page, whose held update then writes nothing, and the partial file is deleted.
export type ExportWorkerOptions = {
  workerId: string;
  /** EXPORT_DIR: where files are written. */
  dir: string;
  /** EXPORT_PAGE_SIZE: tasks per page. */
  pageSize: number;
  /** EXPORT_TTL_HOURS: how long a COMPLETED file stays. */
  ttlHours: number;
  leaseMs?: number;
  logger?: Logger;
};
const leaseUntil = (opts: ExportWorkerOptions) => new Date(Date.now() + (opts.leaseMs ?? 30_000)).toISOString();

function record(
  trx: Database,
  job: ExportJobRow,
  opts: ExportWorkerOptions,
  type: ChangeType,
  payload: Record<string, unknown>,
) {
  recordChange(trx, { type, objectId: job.id, projectId: job.projectId, by: workerActor(opts.workerId), payload });
}

export async function claimExport(db: Database, opts: ExportWorkerOptions): Promise<ExportJobRow | null> {
  const now = new Date().toISOString();
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await findClaimableExportId(db, now);
    if (!candidate) return null;
    const job = await transactionWithChanges(db, async (trx) => {
      const claimed = await claimExportById(trx, candidate.id, now, opts.workerId, leaseUntil(opts));
      if (claimed && candidate.status === 'PENDING')
        record(trx, claimed, opts, 'JOB_PROGRESS', {
          progress: { done: claimed.rootObjectCount, total: claimed.totalCount ?? 0 },
        });
      return claimed;
    });
    if (job) return job;
  }
  return null;
}

/** Ends a job as FAILED (held); the partial file is deleted. */
async function failExport(db: Database, job: ExportJobRow, opts: ExportWorkerOptions, error: string) {
  await transactionWithChanges(db, async (trx) => {
    const row = await updateHeldExport(trx, job.id, opts.workerId, {
      status: 'FAILED',
      error,
      finishedAt: new Date().toISOString(),
      leaseUntil: null,
    });
    if (row) record(trx, row, opts, 'EXPORT_FAILED', { error });
  });
}

/** A job that is no longer this worker's: its partial file goes when it was canceled. */
async function stopped(db: Database, job: ExportJobRow, file: ExportFile) {
  const now = await findExportJobById(db, job.id);
  if (!now || now.status === 'CANCELED') await file.discard();
  else await file.close();
}

/**
 * Writes a claimed job's file from its committed position to the end. Throws only for a store error; a writer's
 * error fails the job.
 */
export async function runExport(db: Database, claimed: ExportJobRow, opts: ExportWorkerOptions): Promise<void> {
  let job = claimed;
  const spec = specOfJob(job);
  const finalPath = job.filePath ?? finalPathOf(opts.dir, job.id, writerOf(spec.format).extension);
  if (job.totalCount === null || job.filePath === null) {
    const totalCount = await countTasksToExport(db, spec.projectId, spec.filter);
    const row = await updateHeldExport(db, job.id, opts.workerId, { totalCount, filePath: finalPath });
    if (!row) return;
    job = row;
  }
  let file = await openExportFile(finalPath, job.bytesWritten);
  if (!file) {
    // The kept prefix is gone (EXPORT_DIR was emptied): start the file again.
    const row = await updateHeldExport(db, job.id, opts.workerId, {
      cursor: null,
      objectCount: 0,
      rootObjectCount: 0,
      bytesWritten: 0,
    });
    if (!row) return;
    job = row;
    file = (await openExportFile(finalPath, 0))!;
  }
  try {
    for await (const chunk of exportChunks(db, spec, job, opts.pageSize)) {
      await file.append(chunk.text);
      const position = { cursor: chunk.cursor, objectCount: chunk.objectCount, rootObjectCount: chunk.rootObjectCount };
      if (chunk.last) return await completeExport(db, job, opts, file, finalPath, position);
      const row = await transactionWithChanges(db, async (trx) => {
        const held = await updateHeldExport(trx, job.id, opts.workerId, {
          ...position,
          bytesWritten: file.bytes(),
          leaseUntil: leaseUntil(opts),
        });
        if (held)
          record(trx, held, opts, 'JOB_PROGRESS', {
            progress: { done: held.rootObjectCount, total: held.totalCount ?? 0 },
          });
        return held;
      });
      if (!row) return await stopped(db, job, file);
      await yieldToEventLoop();
    }
  } catch (error) {
    await file.discard();
    opts.logger?.error({ err: error, exportId: job.id }, 'export failed');
    await failExport(db, job, opts, error instanceof Error ? error.message : String(error));
  }
}

async function completeExport(
  db: Database,
  job: ExportJobRow,
  opts: ExportWorkerOptions,
  file: ExportFile,
  finalPath: string,
  position: { cursor: string | null; objectCount: number; rootObjectCount: number },
) {
  const { size, sha256 } = await file.finish();
  const finishedAt = new Date();
  const expiresAt = new Date(finishedAt.getTime() + opts.ttlHours * 3_600_000).toISOString();
  const row = await transactionWithChanges(db, async (trx) => {
    const done = await updateHeldExport(trx, job.id, opts.workerId, {
      ...position,
      status: 'COMPLETED',
      bytesWritten: size,
      fileSize: size,
      sha256,
      finishedAt: finishedAt.toISOString(),
      expiresAt,
      claimedBy: null,
      leaseUntil: null,
    });
    if (done) record(trx, done, opts, 'EXPORT_COMPLETED', { objectCount: done.objectCount, fileSize: size, sha256 });
    return done;
  });
  if (!row) {
    // Canceled while the last page was written: the file goes too.
    const now = await findExportJobById(db, job.id);
    if (!now || now.status === 'CANCELED') await deleteExportFiles(finalPath);
  }
}

/** Deletes the files of COMPLETED exports past their expiry (their `url` is null from then on). */
export async function sweepExpiredExports(db: Database, now = new Date()): Promise<number> {
  const expired = await findExpiredExports(db, now.toISOString(), 100);
  for (const job of expired) {
    if (job.filePath) await deleteExportFiles(job.filePath);
    await markExportExpired(db, job.id, now.toISOString());
  }
  return expired.length;
}

export async function drainExports(db: Database, opts: ExportWorkerOptions): Promise<number> {
  let ran = await sweepExpiredExports(db);
  for (let job = await claimExport(db, opts); job; job = await claimExport(db, opts)) {
    await runExport(db, job, opts);
    ran++;
    await yieldToEventLoop();
  }
  return ran;
}
