// Connector sync throughput (issue 21): a Scale connector pulls `tasks` tasks from the fake Scale upstream on
// 127.0.0.1 (test/support/fake-upstreams, pages of 100 by next_token, through the outbound guard) into a fresh project
// of a store of its own (a temporary SQLite file, or a scratch schema of DATABASE_URL's PostgreSQL), by the worker's
// own code (runConnectorRun: importScaleTasks per page, a committed checkpoint per page). Then the same upstream again
// from the first page (the incremental state cleared): every record unchanged, nothing written.
// Alone: npx tsx bench/sync.ts [tasks]
import { parseOutboundAllowedHosts } from '../src/outbound/outbound-policy';
import type { Database } from '../src/db/database';
import { SYSTEM_ACTOR } from '../src/modules/change/change-log';
import { claimRunById, findConnectorRunById, updateConnectorById } from '../src/modules/connector/connector.repository';
import { enqueueConnectorRun } from '../src/modules/connector/connector.service';
import { runConnectorRun } from '../src/modules/connector/connector-worker';
import { DEV_SECRETS_KEY, SecretBox } from '../src/secrets/secret-box';
import { insertScaleConnector } from '../test/support/connector-rows';
import { insertProject } from '../test/support/factories';
import { scaleTasks, startFakeScale } from '../test/support/fake-upstreams/scale';
import { scratchStore } from './exports';

export type SyncFigure = {
  pass: 'first sync (all created)' | 'second sync (all unchanged)';
  records: number;
  pages: number;
  seconds: number;
  recordsPerSecond: number;
  created: number;
  unchanged: number;
  failed: number;
};

const secrets = new SecretBox(DEV_SECRETS_KEY);
const outbound = parseOutboundAllowedHosts('127.0.0.1');

async function timedRun(db: Database, connector: { id: string; projectId: string }, pass: SyncFigure['pass']) {
  const queued = await enqueueConnectorRun(db, connector, 'CLI', { createdBy: null, actor: SYSTEM_ACTOR });
  if (!queued.ok) throw new Error(queued.userErrors[0].message);
  const started = performance.now();
  const claimed = await claimRunById(
    db,
    queued.value.id,
    new Date().toISOString(),
    'bench',
    new Date(Date.now() + 600_000).toISOString(),
  );
  await runConnectorRun(db, claimed!, { workerId: 'bench', outbound, secrets, leaseMs: 600_000 });
  const seconds = (performance.now() - started) / 1000;
  const run = (await findConnectorRunById(db, queued.value.id))!;
  if (run.status !== 'COMPLETED') throw new Error(`the sync ended ${run.status}: ${run.error ?? ''}`);
  const records = run.recordsCreated + run.recordsUpdated + run.recordsUnchanged + run.recordsFailed;
  return {
    pass,
    records,
    pages: run.pages,
    seconds: Math.round(seconds * 100) / 100,
    recordsPerSecond: Math.round(records / seconds),
    created: run.recordsCreated,
    unchanged: run.recordsUnchanged,
    failed: run.recordsFailed,
  };
}

export async function measureSync(url: string | undefined, tasks = 10_000): Promise<SyncFigure[]> {
  const store = await scratchStore(url, 'sync');
  const fake = await startFakeScale('bench_key', { projectName: 'Bench', tasks: scaleTasks(tasks), batches: [] });
  try {
    const { projectId } = await insertProject(store.db, 'Sync bench');
    const id = await insertScaleConnector(store.db, {
      projectId,
      baseUrl: fake.url,
      key: 'bench_key',
      projectName: 'Bench',
    });
    const first = await timedRun(store.db, { id, projectId }, 'first sync (all created)');
    await updateConnectorById(store.db, id, { stateJson: '{}' });
    const second = await timedRun(store.db, { id, projectId }, 'second sync (all unchanged)');
    return [first, second];
  } finally {
    await fake.close();
    await store.db.destroy();
    await store.drop();
  }
}

export function printSync(figures: SyncFigure[], store: string) {
  process.stdout.write(`\nconnector sync, Scale from the fake upstream (${store}):\n`);
  for (const f of figures)
    process.stdout.write(
      `  ${f.pass.padEnd(28)} ${String(f.records).padStart(6)} records in ${String(f.pages).padStart(3)} pages, ${f.seconds.toFixed(2).padStart(6)} s: ${String(f.recordsPerSecond).padStart(5)} records/s (created ${f.created}, unchanged ${f.unchanged}, failed ${f.failed})\n`,
    );
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  measureSync(url, Number(process.argv[2] ?? 10_000))
    .then((figures) => printSync(figures, url ? 'postgres' : 'sqlite'))
    .catch((error: unknown) => {
      process.stderr.write(`sync bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
