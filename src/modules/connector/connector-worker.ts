import type { Logger } from 'pino';
import type { Database } from '../../db/database';
import type { ConnectorRow, ConnectorRunRow } from '../../db/rows';
import type { OutboundPolicy } from '../../outbound/outbound-policy';
import type { SecretBox } from '../../secrets/secret-box';
import { recordChange, SYSTEM_ACTOR, transactionWithChanges, workerActor } from '../change/change-log';
import { yieldToEventLoop } from '../coding/coding-worker';
import { findProjectById } from '../project/project.repository';
import { nextRunOf } from './connector-input';
import { enqueueConnectorRun } from './connector.service';
import {
  advanceSchedule,
  claimRunById,
  findClaimableRunId,
  findConnectorById,
  findDueConnectors,
  updateConnectorById,
  updateHeldRun,
} from './connector.repository';
import { PAGE_WRITERS, type PageCounts } from './sync';
import { UPSTREAMS } from './upstreams';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './upstreams/retry-policy';
import { isUpstreamError, UpstreamError } from './upstreams/upstream-errors';

// Runs PENDING connector runs on the one worker runner (claim by conditional update, lease, renew): each upstream
// page is written through its writer (idempotent), then the run's counts and the checkpoint after that page are
// committed with the lease in one held update, so a crash (kill -9 included) resumes at the next page, and a
// re-read page writes nothing it wrote before. Schedules (intervalMinutes) are enqueued here too.
export type ConnectorWorkerOptions = {
  workerId: string;
  outbound: OutboundPolicy;
  secrets: SecretBox;
  leaseMs?: number;
  retry?: RetryPolicy;
  /** One upstream request's deadline. */
  timeoutMs?: number;
  logger?: Logger;
  /** Called after each committed page with the run as committed (the CLI's progress line). */
  onPage?: (run: ConnectorRunRow) => void;
};

const MAX_FAILURES_KEPT = 100;
/** Scale's completed_after of the next run: the start of this one, less a margin for the two clocks. */
const CLOCK_MARGIN_MS = 5 * 60_000;
const leaseUntil = (opts: ConnectorWorkerOptions) => new Date(Date.now() + (opts.leaseMs ?? 30_000)).toISOString();
const iso = () => new Date().toISOString();

export async function claimConnectorRun(db: Database, opts: ConnectorWorkerOptions): Promise<ConnectorRunRow | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const at = iso();
    const candidate = await findClaimableRunId(db, at);
    if (!candidate) return null;
    const run = await claimRunById(db, candidate.id, at, opts.workerId, leaseUntil(opts));
    if (run) return run;
  }
  return null;
}

/** Ends a run as FAILED (held), with the error's words. */
async function failRun(db: Database, run: ConnectorRunRow, opts: ConnectorWorkerOptions, error: string) {
  await transactionWithChanges(db, async (trx) => {
    const row = await updateHeldRun(trx, run.id, opts.workerId, {
      status: 'FAILED',
      error,
      finishedAt: iso(),
      claimedBy: null,
      leaseUntil: null,
    });
    if (row)
      recordChange(trx, {
        type: 'CONNECTOR_RUN_FAILED',
        objectId: run.id,
        projectId: run.projectId,
        by: workerActor(opts.workerId),
        payload: { error },
      });
  });
}

function withPage(run: ConnectorRunRow, counts: PageCounts) {
  const failures = JSON.parse(run.failuresJson) as unknown[];
  return {
    pages: run.pages + 1,
    recordsCreated: run.recordsCreated + counts.created,
    recordsUpdated: run.recordsUpdated + counts.updated,
    recordsUnchanged: run.recordsUnchanged + counts.unchanged,
    recordsFailed: run.recordsFailed + counts.failed,
    failuresJson: JSON.stringify([...failures, ...counts.failures].slice(0, MAX_FAILURES_KEPT)),
  };
}

/** Commits a written page: counts, checkpoint and lease (or the end); undefined when the run is no longer ours. */
function commitPage(
  db: Database,
  run: ConnectorRunRow,
  connector: ConnectorRow,
  counts: PageCounts,
  next: string | null,
  opts: ConnectorWorkerOptions,
) {
  return transactionWithChanges(db, async (trx) => {
    const last = next === null;
    const row = await updateHeldRun(trx, run.id, opts.workerId, {
      ...withPage(run, counts),
      checkpoint: next,
      ...(last
        ? { status: 'COMPLETED', finishedAt: iso(), claimedBy: null, leaseUntil: null }
        : { leaseUntil: leaseUntil(opts) }),
    });
    if (!row) return undefined;
    const by = workerActor(opts.workerId);
    if (last) {
      // A run with failed records keeps the state it started from: the next run reads those records again (an
      // incremental read would pass them over), and skips by hash what this one wrote.
      const startedAt = Date.parse(row.startedAt ?? iso()) - CLOCK_MARGIN_MS;
      const state =
        row.recordsFailed === 0 && UPSTREAMS[connector.kind].stateAfterRun?.(new Date(startedAt).toISOString());
      if (state) await updateConnectorById(trx, connector.id, { stateJson: JSON.stringify(state) });
      const {
        recordsCreated: created,
        recordsUpdated: updated,
        recordsUnchanged: unchanged,
        recordsFailed: failed,
      } = row;
      recordChange(trx, {
        type: 'CONNECTOR_RUN_COMPLETED',
        objectId: row.id,
        projectId: row.projectId,
        by,
        payload: { created, updated, unchanged, failed },
      });
    } else {
      const done = row.recordsCreated + row.recordsUpdated + row.recordsUnchanged + row.recordsFailed;
      recordChange(trx, {
        type: 'JOB_PROGRESS',
        objectId: row.id,
        projectId: row.projectId,
        by,
        payload: { progress: { done, total: 0 }, pages: row.pages },
      });
    }
    return row;
  });
}

/** Pages a claimed run from its checkpoint to the end. Throws only for a store error. */
export async function runConnectorRun(db: Database, claimed: ConnectorRunRow, opts: ConnectorWorkerOptions) {
  let run = claimed;
  const connector = await findConnectorById(db, run.connectorId);
  if (!connector) return;
  let key: string;
  try {
    key = connector.credentials ? opts.secrets.open(connector.credentials) : '';
  } catch (error) {
    return failRun(db, run, opts, `The connector's credentials cannot be read: ${(error as Error).message}`);
  }
  const contract = UPSTREAMS[connector.kind];
  const leaseMs = opts.leaseMs ?? 30_000;
  let renewedAt = Date.now();
  const client = {
    baseUrl: connector.baseUrl,
    headers: contract.headers(key),
    outbound: opts.outbound,
    retry: opts.retry ?? DEFAULT_RETRY_POLICY,
    timeoutMs: opts.timeoutMs,
    onRetry: async (info: { delayMs: number }) => {
      opts.logger?.warn({ ...info, runId: run.id }, 'connector retries an upstream call');
      // The wait may outlast the lease: held for the wait and a lease more, or another worker would take it over.
      const until = new Date(Date.now() + info.delayMs + (opts.leaseMs ?? 30_000)).toISOString();
      await updateHeldRun(db, run.id, opts.workerId, { leaseUntil: until });
    },
    // A page of many calls (Label Studio's versions and runs, IQB's chunks) may outlast the lease: renewed on the way
    // at half of it, so no other worker takes the run over while this one still reads; a run lost anyway stops here.
    onCall: async () => {
      if (Date.now() - renewedAt < leaseMs / 2) return;
      renewedAt = Date.now();
      if (!(await updateHeldRun(db, run.id, opts.workerId, { leaseUntil: leaseUntil(opts) })))
        throw new UpstreamError('the run was taken over by another worker (its lease ran out)');
    },
  };
  const target = {
    projectId: connector.projectId,
    organizationId: (await findProjectById(db, connector.projectId))!.organizationId,
    connectorId: connector.id,
    by: workerActor(opts.workerId),
  };
  const pages = contract.pager({
    client,
    options: JSON.parse(connector.optionsJson) as Record<string, unknown>,
    from: run.checkpoint,
    state: JSON.parse(connector.stateJson) as Record<string, unknown>,
  });
  try {
    for await (const page of pages) {
      const counts = await PAGE_WRITERS[connector.kind](db, target, page.records);
      const row = await commitPage(db, run, connector, counts, page.next, opts);
      if (row) opts.onPage?.(row);
      if (!row || page.next === null) return;
      run = row;
      await yieldToEventLoop();
    }
  } catch (error) {
    if (!isUpstreamError(error)) opts.logger?.error({ err: error, runId: run.id }, 'connector run failed');
    await failRun(db, run, opts, error instanceof Error ? error.message : String(error));
  }
}

/** Enqueues the runs of due schedules; the conditional advance makes one instance enqueue each due time. */
export async function enqueueDueConnectors(db: Database, now = new Date()): Promise<number> {
  let queued = 0;
  for (const due of await findDueConnectors(db, now.toISOString(), 50)) {
    if (
      !due.nextRunAt ||
      !(await advanceSchedule(db, due.id, due.nextRunAt, nextRunOf(due.intervalMinutes, now.getTime())!))
    )
      continue;
    const result = await enqueueConnectorRun(db, due, 'SCHEDULE', { createdBy: null, actor: SYSTEM_ACTOR });
    if (result.ok) queued++;
  }
  return queued;
}

export async function drainConnectors(db: Database, opts: ConnectorWorkerOptions): Promise<number> {
  let ran = await enqueueDueConnectors(db);
  for (let run = await claimConnectorRun(db, opts); run; run = await claimConnectorRun(db, opts)) {
    await runConnectorRun(db, run, opts);
    ran++;
    await yieldToEventLoop();
  }
  return ran;
}
