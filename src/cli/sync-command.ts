import os from 'node:os';
import type { Database } from '../db/database';
import type { ConnectorRow, ConnectorRunRow } from '../db/rows';
import type { ConnectorKind } from '../graphql/types.generated';
import { newId } from '../ids';
import type { OutboundPolicy } from '../outbound/outbound-policy';
import type { SecretBox } from '../secrets/secret-box';
import { SYSTEM_ACTOR } from '../modules/change/change-log';
import { checkBaseUrl, checkCredentials, parseOptions } from '../modules/connector/connector-input';
import { runConnectorRun } from '../modules/connector/connector-worker';
import {
  claimRunById,
  findConnectorByTarget,
  findConnectorRunById,
  insertConnector,
  updateConnectorById,
} from '../modules/connector/connector.repository';
import { enqueueConnectorRun } from '../modules/connector/connector.service';
import { UPSTREAMS } from '../modules/connector/upstreams';
import { isFailure } from '../modules/result';
import { awaitRun, type Sleep } from './await-run';
import { CliError } from './commands';
import { resolveProject } from './resolve-project';

// `annograph sync <kind> --base-url <url> --project <id or name> [--org <slug>] --key-env <VAR>`: the project's
// connector to that upstream (made on first use, its credentials and options brought up to date), one run of it in
// this process through the worker's own code (or, when a server's worker claimed it first, waiting for it there),
// and a summary. Exit 1 when a record failed or the run did; 130 when Ctrl-C stopped the waiting.

export type SyncCommandOptions = {
  project?: string;
  org?: string;
  'base-url'?: string;
  'key-env'?: string;
  options?: string;
  'upstream-project'?: string;
  'batch-id'?: string;
};
export type SyncDeps = {
  outbound: OutboundPolicy;
  secrets: SecretBox;
  env: Record<string, string | undefined>;
  progress?: (run: ConnectorRunRow) => void;
  /** How often to read a run a server's worker holds (ms; default 1000), and how to wait between reads. */
  pollMs?: number;
  sleep?: Sleep;
  /**
   * Ctrl-C while waiting for a server's run: called when the waiting starts, released when it ends, so that a run
   * this process holds itself is interrupted as any command is (its lease lapses; a worker resumes it).
   */
  catchInterrupts?: () => { signal: AbortSignal; release: () => void };
  /** Once the run is queued, before this process tries to claim it (where the tests' server worker claims it). */
  onQueued?: (run: ConnectorRunRow) => Promise<void>;
};

/** Exit code of a command stopped by SIGINT (128 + 2), as shells report it. */
export const INTERRUPTED = 130;

const KINDS = Object.keys(UPSTREAMS) as ConnectorKind[];

function kindOf(name: string | undefined): ConnectorKind {
  const kind = (name ?? '').toUpperCase().replace(/-/g, '_') as ConnectorKind;
  if (!KINDS.includes(kind)) throw new CliError(`unknown upstream "${name ?? ''}": one of ${KINDS.join(', ')}`);
  return kind;
}

/** --options as JSON, with the shortcuts of each kind: --upstream-project (Scale name, DeepOpinion id), --batch-id. */
function optionsOf(kind: ConnectorKind, opts: SyncCommandOptions, projectName: string): Record<string, unknown> {
  let options: Record<string, unknown> = {};
  if (opts.options !== undefined) {
    try {
      options = JSON.parse(opts.options) as Record<string, unknown>;
    } catch {
      throw new CliError(`--options must be a JSON object, e.g. --options '{"projectName": "Support"}'`);
    }
  }
  const upstream = opts['upstream-project'];
  if (kind === 'SCALE') options.projectName ??= upstream ?? projectName;
  if (kind === 'DEEPOPINION' && upstream !== undefined) options.projectId = Number(upstream);
  if (kind === 'EMBEDDING_STUDIO' && opts['batch-id']) options.batchIds = opts['batch-id'].split(',');
  return options;
}

function problemOf(failure: { userErrors: { field: string[] | null; message: string }[] }): never {
  const [e] = failure.userErrors;
  throw new CliError(`${(e.field ?? []).slice(1).join('.') || 'input'}: ${e.message}`);
}

async function connectorFor(db: Database, kind: ConnectorKind, opts: SyncCommandOptions, deps: SyncDeps) {
  const baseUrl = opts['base-url'];
  if (!baseUrl) throw new CliError('--base-url <url> is required');
  const project = await resolveProject(db, opts.project, { org: opts.org });
  const key = opts['key-env'] ? deps.env[opts['key-env']] : undefined;
  if (opts['key-env'] && !key) throw new CliError(`the environment variable ${opts['key-env']} is not set`);
  const settings = parseOptions(kind, optionsOf(kind, opts, project.name));
  if (isFailure(settings)) problemOf(settings);
  const found = await findConnectorByTarget(db, project.id, kind, baseUrl);
  // Without --key-env, a connector made before keeps the credentials it has (a run is no reason to drop them).
  const keepsCredentials = key === undefined && !!found?.credentials;
  const problem =
    (keepsCredentials ? undefined : checkCredentials(kind, key)) ?? (await checkBaseUrl(baseUrl, deps.outbound));
  if (problem) problemOf(problem);
  const now = new Date().toISOString();
  const fields = {
    ...(keepsCredentials ? {} : { credentials: key ? deps.secrets.seal(key) : null }),
    optionsJson: JSON.stringify(settings.options),
    updatedAt: now,
  };
  const connector: ConnectorRow | undefined = found
    ? await updateConnectorById(db, found.id, fields)
    : await insertConnector(db, {
        id: newId('connector'),
        projectId: project.id,
        kind,
        baseUrl,
        createdAt: now,
        ...fields,
      });
  return { connector: connector!, project };
}

export async function syncUpstream(
  db: Database,
  kindName: string | undefined,
  opts: SyncCommandOptions,
  deps: SyncDeps,
  print: (line: string) => void,
): Promise<number> {
  const kind = kindOf(kindName);
  const { connector, project } = await connectorFor(db, kind, opts, deps);
  const queued = await enqueueConnectorRun(db, connector, 'CLI', { createdBy: null, actor: SYSTEM_ACTOR });
  if (isFailure(queued)) throw new CliError(queued.userErrors[0].message);
  await deps.onQueued?.(queued.value);
  const workerId = `cli:${os.hostname()}:${process.pid}`;
  const claimed = await claimRunById(
    db,
    queued.value.id,
    new Date().toISOString(),
    workerId,
    new Date(Date.now() + 60_000).toISOString(),
  );
  let run: ConnectorRunRow | null;
  if (claimed) {
    await runConnectorRun(db, claimed, {
      workerId,
      outbound: deps.outbound,
      secrets: deps.secrets,
      leaseMs: 60_000,
      onPage: deps.progress,
    });
    run = (await findConnectorRunById(db, queued.value.id))!;
  } else {
    // A server's worker took it first: it runs there, and this command waits for it to finish.
    const holder = (await findConnectorRunById(db, queued.value.id))?.claimedBy ?? 'another worker';
    print(`run ${queued.value.id} is running on ${holder}; waiting for it to finish (Ctrl-C stops waiting)`);
    const interrupts = deps.catchInterrupts?.();
    try {
      run = await awaitRun(db, queued.value.id, {
        pollMs: deps.pollMs,
        sleep: deps.sleep,
        signal: interrupts?.signal,
        progress:
          deps.progress ??
          ((r) =>
            print(
              `  ${r.status}: ${r.pages} pages, ${r.recordsCreated + r.recordsUpdated + r.recordsUnchanged + r.recordsFailed} records so far`,
            )),
      });
    } finally {
      interrupts?.release();
    }
    if (!run) {
      print(`stopped waiting; run ${queued.value.id} goes on on ${holder} (see connector ${connector.id}'s runs)`);
      return INTERRUPTED;
    }
  }
  print(
    `${kind} ${connector.baseUrl} -> "${project.name}" (${connector.id}): ${run.status}, ${run.pages} pages, ` +
      `${run.recordsCreated} created, ${run.recordsUpdated} updated, ${run.recordsUnchanged} unchanged, ${run.recordsFailed} failed`,
  );
  for (const f of JSON.parse(run.failuresJson) as { type: string; externalId: string | null; reason: string }[])
    print(`  ${f.type} ${f.externalId ?? '(no id)'}: ${f.reason}`);
  if (run.status === 'FAILED') throw new CliError(run.error ?? 'the run failed');
  return run.recordsFailed > 0 || run.status !== 'COMPLETED' ? 1 : 0;
}
