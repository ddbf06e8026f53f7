import type { Database } from '../db/database';
import type { ConnectorRunRow } from '../db/rows';
import { findConnectorRunById } from '../modules/connector/connector.repository';
import { CliError } from './commands';

// When a server's connector worker claims the CLI's queued run first, the run goes on there and `annograph sync`
// waits for it: it reads the run row every `pollMs` (one primary-key read, no lock held), reports progress when the
// pages or counts moved, and answers the finished run. Ctrl-C (the signal) stops the waiting, not the run.

const FINISHED = new Set<ConnectorRunRow['status']>(['COMPLETED', 'FAILED', 'CANCELED']);
export const DEFAULT_POLL_MS = 1000;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Waits `ms`, or less when the signal aborts (then it resolves at once: the caller checks the signal). */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

export type AwaitRunOptions = {
  pollMs?: number;
  sleep?: Sleep;
  signal?: AbortSignal;
  /** Called with the run whenever its pages or record counts changed since the last read. */
  progress?: (run: ConnectorRunRow) => void;
};

const progressKey = (r: ConnectorRunRow) =>
  [r.status, r.pages, r.recordsCreated, r.recordsUpdated, r.recordsUnchanged, r.recordsFailed].join(':');

/** The run once it is finished, or null when the signal stopped the waiting first. */
export async function awaitRun(db: Database, runId: string, options: AwaitRunOptions): Promise<ConnectorRunRow | null> {
  const { pollMs = DEFAULT_POLL_MS, sleep = abortableSleep, signal, progress } = options;
  let seen = '';
  for (;;) {
    if (signal?.aborted) return null;
    const run = await findConnectorRunById(db, runId);
    // The connector (and its runs with it) was deleted meanwhile.
    if (!run) throw new CliError(`the run ${runId} is gone: its connector was deleted while the command waited`);
    if (FINISHED.has(run.status)) return run;
    const key = progressKey(run);
    if (key !== seen) progress?.(run);
    seen = key;
    await sleep(pollMs, signal);
  }
}
