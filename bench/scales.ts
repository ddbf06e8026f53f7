// npm run bench:scales [-- --scales 1,4 --shape-seconds 10]
// Q1 in every shape at two scales of the bench's data set (issue 20 §5): nothing a page reads may grow with the
// project, so Q1's time at scale 4 (200,000 tasks) stays within 1.2x of scale 1. Each scale is one `npm run bench`
// (Q1's shapes only) on a store of its own: data/bench-scale<n>.sqlite, or with DATABASE_URL=postgres://…/<db> the
// databases <db>_scale<n>, created when missing. Compares CPU time per request (steady on a shared machine) and p50.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const ROOT = path.join(__dirname, '..');
const LIMIT = 1.2;
const { values: args } = parseArgs({
  options: { scales: { type: 'string', default: '1,4' }, 'shape-seconds': { type: 'string', default: '10' } },
});
const scales = args.scales.split(',').map(Number);
const base = process.env.DATABASE_URL;

/** The store of one scale: a PostgreSQL database of its own (created when missing), or the bench's SQLite file. */
async function storeOf(scale: number): Promise<string | undefined> {
  if (!base) return undefined;
  const url = new URL(base);
  const name = `${url.pathname.slice(1)}_scale${String(scale).replace('.', '_')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

/** One bench run of Q1's shapes at `scale`; resolves to its report. */
function benchAt(scale: number, url: string | undefined): Promise<any> {
  const flags = ['--scale', String(scale), '--only', '', '--mixed', '0', '--webhooks', '0', '--subscribers', '0'];
  flags.push('--exports', '0', '--agreement', '0', '--shape-seconds', args['shape-seconds']);
  const env = { ...process.env, DATABASE_URL: url ?? '' };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'run.ts'), ...flags], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const file = /written to (\S+)/.exec(stderr)?.[1];
      if (code !== 0 || !file) return reject(new Error(`the bench at scale ${scale} failed (exit ${code})`));
      resolve(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    }),
  );
}

async function main() {
  const reports = [];
  for (const scale of scales) reports.push(await benchAt(scale, await storeOf(scale)));
  const [small, large] = reports;
  const rows = small.shapes.map((s: any) => {
    const other = large.shapes.find((l: any) => l.shape === s.shape);
    const cpuRatio = Math.round((other.annograph.cpuMsPerRequest / s.annograph.cpuMsPerRequest) * 100) / 100;
    const p50Ratio = Math.round((other.annograph.p50Ms / Math.max(1, s.annograph.p50Ms)) * 100) / 100;
    return {
      shape: s.shape,
      small: s.annograph,
      large: other.annograph,
      cpuRatio,
      p50Ratio,
      ok: cpuRatio <= LIMIT,
    };
  });
  const lines = [
    `store ${small.store}: tasks at scale ${scales[0]} and ${scales[1]} (${JSON.stringify(small.dataset.rows?.task ?? 'reused')} and ${JSON.stringify(large.dataset.rows?.task ?? 'reused')} tasks loaded)`,
    `| Q1 shape | CPU ms at ${scales[0]} | at ${scales[1]} | ratio | p50 ms at ${scales[0]} | at ${scales[1]} | ratio | within ${LIMIT}x |`,
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r: any) =>
        `| ${r.shape} | ${r.small.cpuMsPerRequest} | ${r.large.cpuMsPerRequest} | ${r.cpuRatio} | ${r.small.p50Ms} | ${r.large.p50Ms} | ${r.p50Ratio} | ${r.ok ? 'yes' : 'NO'} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const file = path.join(
    ROOT,
    '.bench',
    `scales-${small.store}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  fs.writeFileSync(file, `${JSON.stringify({ scales, rows }, null, 2)}\n`);
  process.stderr.write(`written to ${path.relative(ROOT, file)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:scales failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
