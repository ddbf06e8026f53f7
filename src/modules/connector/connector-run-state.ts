import type { ConnectorRunRow } from '../../db/rows';
import type { ConnectorRunStatus, JobStatus } from '../../graphql/types.generated';
import { progress, type JobProgressModel } from '../job/job-state';

// A connector run as a Job (DECISIONS.md D9): its status in common words; its records read so far, of a total that
// is known only at the end (an upstream does not say its size in advance).
const OF_RUN_STATUS: Record<ConnectorRunStatus, JobStatus> = {
  PENDING: 'QUEUED',
  IN_PROGRESS: 'RUNNING',
  COMPLETED: 'SUCCEEDED',
  FAILED: 'FAILED',
  CANCELED: 'CANCELED',
};

export const jobStatusOfConnectorRun = (status: ConnectorRunStatus): JobStatus => OF_RUN_STATUS[status];

export const recordsRead = (run: ConnectorRunRow) =>
  run.recordsCreated + run.recordsUpdated + run.recordsUnchanged + run.recordsFailed;

export function connectorRunProgress(run: ConnectorRunRow): JobProgressModel {
  const done = recordsRead(run);
  const final = run.status !== 'PENDING' && run.status !== 'IN_PROGRESS';
  return progress(done, run.recordsFailed, final ? done : 0, run.status === 'COMPLETED');
}
