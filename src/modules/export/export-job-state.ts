import type { ExportJobRow } from '../../db/rows';
import type { ExportStatus, JobStatus } from '../../graphql/types.generated';
import { progress, type JobProgressModel } from '../job/job-state';

// An export as a Job (DECISIONS.md D9): its status in common words, its tasks read of those matching at the start.
const OF_EXPORT_STATUS: Record<ExportStatus, JobStatus> = {
  PENDING: 'QUEUED',
  IN_PROGRESS: 'RUNNING',
  COMPLETED: 'SUCCEEDED',
  FAILED: 'FAILED',
  CANCELED: 'CANCELED',
};

export const jobStatusOfExport = (status: ExportStatus): JobStatus => OF_EXPORT_STATUS[status];

export const exportProgress = (job: ExportJobRow): JobProgressModel =>
  progress(job.rootObjectCount, 0, job.totalCount ?? 0, job.status === 'COMPLETED');

/** The download path while the file is there: COMPLETED and not past its expiry. */
export function downloadPathOf(job: ExportJobRow, now = Date.now()): string | null {
  if (job.status !== 'COMPLETED' || job.expiredAt || !job.expiresAt || Date.parse(job.expiresAt) <= now) return null;
  return `/exports/${job.id}/file`;
}
