// `npm run bench -- --import [--import-mb 250]` (issue 20, section 3): a Scale JSONL file of about that size
// (bench/generate-scale-tasks.ts) imported through the built CLI (`annograph import scale`, what users run) into a
// fresh project, the same rows through the hand-written loader (bench/import-loader.ts) into another fresh project of
// the same store, then a re-import of the unchanged file. Each runs as a child process; peak RSS is its VmHWM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDb, dialectOf } from '../src/db/database';

// About what one generated task takes in JSONL (2 threads x 2 turns x 3 messages with annotations).
const BYTES_PER_TASK = 7_200;
// The tables an import writes for a project, in the order the report lists them.
const TABLES = ['batch', 'task', 'thread', 'turn', 'message', 'message_chunk', 'annotation'] as const;

type Run = { seconds: number; peakRssMiB: number; stdout: string };

/** From this file size up, a missed target fails the bench (exit 1). */
const ENFORCED_FROM_MB = 100;

/** Runs a command to its end, sampling its VmHWM (the kernel's peak RSS) every 50 ms; rejects on a non-zero exit. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, stdoutFile?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'pipe';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', out, 'pipe'] });
    let peakKiB = 0;
    const sample = () => {
      try {
        const line = fs
          .readFileSync(`/proc/${child.pid}/status`, 'utf8')
          .split('\n')
          .find((l) => l.startsWith('VmHWM:'));
        if (line) peakKiB = Math.max(peakKiB, Number(line.split(/\s+/)[1]));
      } catch {
        // gone already
      }
    };
    const timer = setInterval(sample, 50);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.once('exit', (code) => {
      clearInterval(timer);
      if (typeof out === 'number') fs.closeSync(out);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`));
      else resolve({ seconds, peakRssMiB: Math.round((peakKiB / 1024) * 10) / 10, stdout });
    });
  });
}

/** The bench's JSONL file of `tasks` tasks, generated once into .bench and reused while its name matches. */
async function scaleFile(root: string, outDir: string, tasks: number, log: (l: string) => void): Promise<string> {
  const file = path.join(outDir, `scale-${tasks}-tasks.jsonl`);
  if (fs.existsSync(file)) return file;
  log(`generating ${tasks} Scale tasks into ${path.relative(root, file)}…`);
  await run(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'generate-scale-tasks.ts'), String(tasks)],
    {},
    `${file}.part`,
  );
  fs.renameSync(`${file}.part`, file);
  return file;
}

async function rowCounts(url: string, projectId: string): Promise<Record<string, number>> {
  const db = createDb({ url });
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await db
        .selectFrom(table as 'task')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('projectId', '=', projectId)
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  } finally {
    await db.destroy();
  }
}

export type ImportBenchReport = Awaited<ReturnType<typeof measureImports>>;

export async function measureImports(options: {
  root: string;
  outDir: string;
  databaseUrl: string | undefined;
  megabytes: number;
  log: (line: string) => void;
}) {
  const { root, outDir, log } = options;
  const tasks = Math.max(1, Math.round((options.megabytes * 1e6) / BYTES_PER_TASK));
  const file = await scaleFile(root, outDir, tasks, log);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const sqliteFile = path.join(outDir, `import-${stamp}.sqlite`);
  const url = options.databaseUrl || `sqlite:${sqliteFile}`;
  const env = { DATABASE_URL: url, LOG_LEVEL: 'warn' };
  const cli = (...args: string[]) => run(process.execPath, [path.join(root, 'dist/src/cli/index.js'), ...args], env);
  const org = `import-bench-${Date.now().toString(36)}`;
  await cli('migrate');
  await cli('init', '--org', org, '--email', `bench@${org}.test`);
  const project = async (name: string) =>
    /project (proj_\S+)/.exec((await cli('project', 'create', '--org', org, '--name', name)).stdout)![1];
  const [loaderProject, importProject] = [await project('loader'), await project('import')];
  try {
    // The loader goes first: the import then writes into tables (and indexes) that already hold the loader's rows.
    log(`loader: ${tasks} tasks (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) into ${dialectOf(url)}…`);
    const loaderRun = await run(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'import-loader.ts'), file, url, loaderProject],
      {},
    );
    const loaded = JSON.parse(loaderRun.stdout) as { rows: Record<string, number>; seconds: number };
    log(`import through the CLI…`);
    const imported = await cli('import', 'scale', file, '--project', importProject, '--org', org);
    log(`re-import of the unchanged file…`);
    const reimported = await cli('import', 'scale', file, '--project', importProject, '--org', org);
    if (!new RegExp(`0 created, 0 updated, ${tasks} unchanged, 0 failed`).test(reimported.stdout))
      throw new Error(`the re-import changed something: ${reimported.stdout.slice(-300)}`);
    const [importRows, loaderRows] = [await rowCounts(url, importProject), await rowCounts(url, loaderProject)];
    // The ratio compares the same work: the same rows in the same tables.
    if (JSON.stringify(importRows) !== JSON.stringify(loaderRows))
      throw new Error(`import and loader wrote different rows: ${JSON.stringify({ importRows, loaderRows })}`);
    const rows = Object.values(importRows).reduce((a, b) => a + b, 0);
    const rate = (seconds: number) => Math.round(rows / seconds);
    const report = {
      store: dialectOf(url),
      file: { path: path.relative(root, file), bytes: fs.statSync(file).size, tasks },
      rows,
      rowsPerTable: importRows,
      import: { seconds: imported.seconds, rowsPerSecond: rate(imported.seconds), peakRssMiB: imported.peakRssMiB },
      loader: {
        seconds: loaded.seconds,
        rowsPerSecond: rate(loaded.seconds),
        peakRssMiB: loaderRun.peakRssMiB,
        method:
          dialectOf(url) === 'sqlite'
            ? 'prepared statements, one transaction'
            : 'COPY FROM STDIN (pg-copy-streams) per table and chunk, one transaction',
      },
      reimport: { seconds: reimported.seconds, peakRssMiB: reimported.peakRssMiB },
      ratio: Math.round((loaded.seconds / imported.seconds) * 1000) / 1000,
      reimportSpeedup: Math.round((imported.seconds / reimported.seconds) * 10) / 10,
      caveats:
        'import and re-import: wall time of the CLI process (node start included); loader: its own time from opening the store to COMMIT (tsx start excluded), without hashing the records',
    };
    return {
      ...report,
      ok: report.ratio >= 0.5 && report.reimportSpeedup >= 5 && report.import.peakRssMiB < 300,
    };
  } finally {
    if (!options.databaseUrl)
      for (const f of [sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`]) fs.rmSync(f, { force: true });
  }
}

export function printImportTable(r: ImportBenchReport, print: (line: string) => void): void {
  const row = (cells: (string | number)[]) => print(`| ${cells.join(' | ')} |`);
  print(`\nimport of ${r.file.tasks} Scale tasks (${(r.file.bytes / 1e6).toFixed(1)} MB JSONL) into ${r.store}:`);
  row(['run', 'rows', 's', 'rows/s', 'peak RSS MiB']);
  row(['---', '---:', '---:', '---:', '---:']);
  row(['annograph import scale', r.rows, r.import.seconds.toFixed(1), r.import.rowsPerSecond, r.import.peakRssMiB]);
  row(['hand-written loader', r.rows, r.loader.seconds.toFixed(1), r.loader.rowsPerSecond, r.loader.peakRssMiB]);
  row(['re-import (unchanged)', 0, r.reimport.seconds.toFixed(1), '-', r.reimport.peakRssMiB]);
  print(
    `ratio import/loader ${r.ratio} (target 0.50), re-import speed-up ${r.reimportSpeedup}x (target 5x), peak RSS ${r.import.peakRssMiB} MiB (target < 300): ${r.ok ? 'all met' : 'NOT all met'}`,
  );
}

/** The whole import bench: measures, prints the table and writes the report to .bench/import-<store>-<time>.json. */
export async function runImportBench(root: string, megabytes: number, log: (line: string) => void): Promise<void> {
  const outDir = path.join(root, '.bench');
  fs.mkdirSync(outDir, { recursive: true });
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const report = await measureImports({ root, outDir, databaseUrl, megabytes, log });
  const when = new Date().toISOString();
  const file = path.join(outDir, `import-${report.store}-${when.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ when, ...report }, null, 2)}\n`);
  printImportTable(report, (line) => process.stdout.write(`${line}\n`));
  log(`written to ${path.relative(root, file)}`);
  // The targets hold for files of the size; a small file (CI's smoke test) is mostly node's start-up.
  if (!report.ok && megabytes >= ENFORCED_FROM_MB) process.exitCode = 1;
  else if (!report.ok) log(`targets not enforced below ${ENFORCED_FROM_MB} MB`);
}
