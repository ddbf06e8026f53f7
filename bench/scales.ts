// npm run bench:scales [-- --scales 1,4 --rounds 30 --batch 10]
// Q1 in every shape at two scales of the bench's data set (issue 20 §5): nothing a page reads may grow with the
// project, so Q1's time at scale 4 (200,000 tasks) stays within 1.2x of scale 1. Each scale has a store of its own
// (data/bench-scale<n>.sqlite, or with DATABASE_URL=postgres://…/<db> the databases <db>_scale<n>, created and loaded
// when missing). Both are served by Annograph in this one process (Apollo's executeOperation: the HTTP layer does
// not depend on the data), and the shapes' requests alternate between them in batches, so that a shared machine's
// drift hits both alike; CPU time and wall time per request are summed per side.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import pino from 'pino';
import { createAuthenticator } from '../src/auth/authenticate';
import { DEFAULT_LIMITS } from '../src/config';
import { createContext } from '../src/context';
import { createDb, dialectOf } from '../src/db/database';
import { createApolloServer } from '../src/server';
import { BENCH_SECRET, ensureData } from './dataset';
import { findQ1Targets, shapeRequests } from './q1-run';
import { Q1_SHAPES } from './q1-shapes';

const ROOT = path.join(__dirname, '..');
const LIMIT = 1.2;
const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,4' },
    rounds: { type: 'string', default: '30' },
    batch: { type: 'string', default: '10' },
  },
});
const scales = args.scales.split(',').map(Number);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The store of one scale: a PostgreSQL database of its own (created when missing), or the bench's SQLite file. */
async function storeOf(scale: number): Promise<string> {
  const base = process.env.DATABASE_URL;
  if (!base) return `sqlite:data/bench-scale${scale}.sqlite`;
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

type Side = { scale: number; post: (url: string, body: string) => Promise<unknown> };

/** Annograph over one store, answering request bodies as the HTTP endpoint would (the bench's token). */
async function serve(scale: number, url: string): Promise<Side> {
  await ensureData(url, scale, log);
  const db = createDb({ url });
  const server = createApolloServer({ logger: pino({ level: 'silent' }), limits: DEFAULT_LIMITS });
  await server.start();
  const authenticator = createAuthenticator(db);
  return {
    scale,
    post: async (_url, body) => {
      const { query, variables, operationName } = JSON.parse(body);
      const viewer = await authenticator.authenticate(`Token ${BENCH_SECRET}`);
      const response = await server.executeOperation(
        { query, variables, operationName },
        { contextValue: createContext({ db, viewer }) },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : null;
      if (!result || result.errors) throw new Error(`scale ${scale}: ${JSON.stringify(result?.errors)}`);
      return result;
    },
  };
}

/** CPU and wall milliseconds of `n` requests, one after another, starting at request `from`. */
async function timed(side: Side, bodies: string[], from: number, n: number) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = from; i < from + n; i++) await side.post('', bodies[i % bodies.length]);
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - started };
}

async function main() {
  const sides = [];
  for (const scale of scales) sides.push(await serve(scale, await storeOf(scale)));
  const [small, large] = sides;
  const rounds = Number(args.rounds);
  const batch = Number(args.batch);
  const rows = [];
  for (const shape of Q1_SHAPES) {
    const bodies = await Promise.all(
      sides.map(async (side) =>
        shapeRequests(shape, await findQ1Targets(side.post, '')).map((r) => (r as { body: string }).body),
      ),
    );
    for (const [i, side] of sides.entries()) await timed(side, bodies[i], 0, batch * 2); // warm-up (jit compiles)
    const totals = sides.map(() => ({ cpu: 0, wall: 0 }));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        const t = await timed(sides[i], bodies[i], round * batch, batch);
        totals[i].cpu += t.cpu;
        totals[i].wall += t.wall;
      }
    }
    const per = (total: number) => Math.round((total / (rounds * batch)) * 1000) / 1000;
    const [a, b] = totals.map((t) => ({ cpuMs: per(t.cpu), wallMs: per(t.wall) }));
    const cpuRatio = Math.round((b.cpuMs / a.cpuMs) * 100) / 100;
    const wallRatio = Math.round((b.wallMs / a.wallMs) * 100) / 100;
    rows.push({
      shape: shape.name,
      small: a,
      large: b,
      cpuRatio,
      wallRatio,
      ok: cpuRatio <= LIMIT && wallRatio <= LIMIT,
    });
    log(`  ${shape.name}: ${a.cpuMs} -> ${b.cpuMs} CPU ms (${cpuRatio}), ${a.wallMs} -> ${b.wallMs} ms (${wallRatio})`);
  }
  const store = dialectOf(process.env.DATABASE_URL ?? '');
  const lines = [
    `store ${store}: scale ${small.scale} against ${large.scale}, ${rounds} rounds of ${batch} requests a side per shape`,
    `| Q1 shape | CPU ms at ${small.scale} | at ${large.scale} | ratio | ms at ${small.scale} | at ${large.scale} | ratio | within ${LIMIT}x |`,
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.shape} | ${r.small.cpuMs} | ${r.large.cpuMs} | ${r.cpuRatio} | ${r.small.wallMs} | ${r.large.wallMs} | ${r.wallRatio} | ${r.ok ? 'yes' : 'NO'} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  fs.mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  const file = path.join(ROOT, '.bench', `scales-${store}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ scales, rounds, batch, rows }, null, 2)}\n`);
  log(`written to ${path.relative(ROOT, file)}`);
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`bench:scales failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
