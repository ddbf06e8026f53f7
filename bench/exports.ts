// Export throughput and memory (issue 19, section 2: a 50,000-task project exported in every format at RSS < 300 MB).
// A store of its own (a temporary SQLite file, or a scratch schema of DATABASE_URL's PostgreSQL) with one project of
// `tasks` GenAI tasks; then, for every format in EXPORT_FORMATS (formats registered later are benched too), a child
// process runs the export worker's own code (drainExports) on one job and reports its seconds and its peak RSS
// (process.resourceUsage().maxRSS), so each format's peak is its own.
// Alone: npx tsx bench/exports.ts [tasks]
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, dialectOf } from '../src/db/database';
import type { ExportFormat } from '../src/graphql/types.generated';
import { migrateToLatest } from '../src/db/migrate';
import { newId } from '../src/ids';
import { drainExports } from '../src/modules/export/export-worker';
import { EXPORT_FORMATS } from '../src/modules/export/formats';
import type { Insertable } from 'kysely';
import type { Database } from '../src/db/database';
import type { RowBundle } from '../src/db/row-bundle';
import type { DB } from '../src/db/types.generated';
import { contributorAuthor } from '../src/modules/annotation/annotation-author';
import { insertGenAiTasks, insertProject } from '../test/support/factories';

export const RSS_LIMIT_MB = 300;
// The child's V8 heap cap: the exporter keeps one page, so a small old space only makes V8 collect the pages' garbage
// sooner (uncapped, it lets garbage reach about 290 MB of RSS on 50,000 tasks before collecting). BENCH_EXPORT_HEAP_MB=0: no cap.
const HEAP_MB = Number(process.env.BENCH_EXPORT_HEAP_MB ?? 128) || 4096;
export type ExportFigure = {
  format: string;
  tasks: number;
  records: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMiB: number;
  ok: boolean;
};

const ROOT = path.join(__dirname, '..');
const SHAPE = { threads: 1, turns: 2, annotationsPerLevel: 1, chunks: 1 };

export async function scratchStore(url: string | undefined, name = 'exports') {
  if (url && dialectOf(url) === 'postgres') {
    const schema = `bench_${name}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const db = createDb({ url, searchPath: schema, poolSize: 3 });
    await migrateToLatest(db, schema);
    const drop = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    };
    return { db, env: { BENCH_EXPORT_URL: url, BENCH_EXPORT_SCHEMA: schema }, drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `annograph-bench-${name}-`));
  const file = path.join(dir, `${name}.sqlite`);
  const db = createDb({ url: `sqlite:${file}` });
  await migrateToLatest(db);
  return {
    db,
    env: { BENCH_EXPORT_URL: `sqlite:${file}`, BENCH_EXPORT_SCHEMA: '' },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The child: one export job of `format` over the project, run to the end by the worker's code; figures as JSON. */
async function child(format: ExportFormat, projectId: string, dir: string) {
  const db = createDb({
    url: process.env.BENCH_EXPORT_URL!,
    searchPath: process.env.BENCH_EXPORT_SCHEMA || undefined,
    poolSize: 2,
  });
  const id = newId('exportJob');
  await db
    .insertInto('exportJob')
    .values({
      id,
      projectId,
      format,
      filterJson: '{}',
      optionsJson: '{}',
      status: 'PENDING',
      createdAt: new Date().toISOString(),
    })
    .execute();
  const started = process.hrtime.bigint();
  await drainExports(db, { workerId: `bench-${format}`, dir, pageSize: 500, ttlHours: 1 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const job = await db.selectFrom('exportJob').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await db.destroy();
  if (job.status !== 'COMPLETED') throw new Error(`export ${format} ended ${job.status}: ${job.error ?? ''}`);
  if (job.filePath) fs.rmSync(job.filePath, { force: true });
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `${JSON.stringify({ tasks: job.rootObjectCount, records: job.objectCount, bytes: job.fileSize, seconds, peakRssMiB })}\n`,
  );
}

/**
 * A second assistant reply on every turn and a RANKED_CHOICES annotation on the turn ranking the two (the new one
 * first on every other turn), so PREFERENCE_PAIRS has a pair per turn and the chat formats pick a ranked best.
 */
async function addRankedAlternatives(db: Database, projectId: string, bundle: RowBundle) {
  const taskOf = new Map(bundle.thread.map((t) => [t.id, t.taskId]));
  const threadOf = new Map(bundle.turn.map((t) => [t.id, t.threadId]));
  const messages: Insertable<DB['message']>[] = [];
  const rankings: Insertable<DB['annotation']>[] = [];
  bundle.message
    .filter((m) => m.role === 'ASSISTANT')
    .forEach((m, i) => {
      // A turn's alternatives are named by their source id, else their id.
      const key = m.sourceId ?? m.id;
      const alternative = { ...m, id: newId('message'), sourceId: `${key}_alt`, text: `${m.text ?? ''} (alternative)` };
      messages.push(alternative);
      const order = i % 2 === 0 ? [alternative.sourceId, key] : [key, alternative.sourceId];
      const threadId = threadOf.get(m.turnId)!;
      rankings.push({
        id: newId('annotation'),
        projectId,
        taskId: taskOf.get(threadId)!,
        level: 'TURN',
        threadId,
        turnId: m.turnId,
        source: 'ANNOGRAPH',
        ...contributorAuthor('SCALE', 'ranker'),
        key: 'preference',
        type: 'RANKED_CHOICES',
        sourceType: 'ranked_choices',
        valueJson: JSON.stringify(order),
        createdAt: m.createdAt,
        updatedAt: m.createdAt,
      });
    });
  for (let i = 0; i < messages.length; i += 500)
    await db
      .insertInto('message')
      .values(messages.slice(i, i + 500))
      .execute();
  for (let i = 0; i < rankings.length; i += 500)
    await db
      .insertInto('annotation')
      .values(rankings.slice(i, i + 500))
      .execute();
}

export async function measureExports(url: string | undefined, tasks: number, log = (_l: string) => {}) {
  const store = await scratchStore(url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-bench-export-files-'));
  try {
    const { projectId } = await insertProject(store.db, 'Bench exports');
    for (let done = 0; done < tasks; done += 1000) {
      const bundle = await insertGenAiTasks(store.db, projectId, Math.min(1000, tasks - done), SHAPE);
      await addRankedAlternatives(store.db, projectId, bundle);
      if (process.stderr.isTTY) process.stderr.write(`\r  ${Math.min(tasks, done + 1000)}/${tasks} tasks`);
    }
    await store.db.destroy();
    const figures: ExportFigure[] = [];
    for (const format of Object.keys(EXPORT_FORMATS)) {
      const out = execFileSync(
        process.execPath,
        [
          `--max-old-space-size=${HEAP_MB}`,
          '--import',
          'tsx',
          path.join(ROOT, 'bench/exports.ts'),
          '--child',
          format,
          projectId,
          dir,
        ],
        { cwd: ROOT, env: { ...process.env, ...store.env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const r = JSON.parse(out.trim().split('\n').at(-1)!);
      const figure: ExportFigure = {
        format,
        tasks: r.tasks,
        records: r.records,
        bytes: r.bytes,
        seconds: Math.round(r.seconds * 100) / 100,
        rowsPerSecond: Math.round(r.tasks / r.seconds),
        peakRssMiB: r.peakRssMiB,
        ok: r.peakRssMiB < RSS_LIMIT_MB && r.tasks === tasks,
      };
      log(
        `export ${format}: ${figure.tasks} tasks, ${figure.records} records, ${figure.bytes} bytes in ${figure.seconds} s = ${figure.rowsPerSecond} tasks/s, peak RSS ${figure.peakRssMiB} MiB${figure.ok ? '' : ` FAILED (limit ${RSS_LIMIT_MB} MB, ${tasks} tasks)`}`,
      );
      figures.push(figure);
    }
    return figures;
  } finally {
    await store.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const run =
    argv[0] === '--child'
      ? child(argv[1] as ExportFormat, argv[2], argv[3])
      : measureExports(process.env.DATABASE_URL || undefined, Number(argv[0] ?? 50_000), (l) =>
          process.stderr.write(`${l}\n`),
        ).then((figures) => {
          if (figures.some((f) => !f.ok)) process.exitCode = 1;
        });
  run.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
