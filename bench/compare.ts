// npm run bench:compare -- --old <checkout> [--new <checkout>] [--rounds 60] [--ops Q1,Q2,M1,M2] [--data <sqlite>]
// CPU time per request of two checkouts of Annograph loaded into ONE process, alternating batches of the same
// requests (Apollo's executeOperation, no HTTP), each on its own copy of the bench's data set (run `npm run bench`
// once to make it). A shared machine's speed drifts by tens of percent between runs (so do req/s figures taken
// one after the other); alternating within one process lets the drift hit both sides alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

type Ops = Record<string, (i: number) => Promise<unknown>>;

const { values: args } = parseArgs({
  options: {
    old: { type: 'string' },
    new: { type: 'string', default: path.join(__dirname, '..') },
    rounds: { type: 'string', default: '60' },
    ops: { type: 'string', default: 'Q1,Q2,M1,M2' },
    data: { type: 'string', default: path.join(__dirname, '../data/bench-scale0.2.sqlite') },
  },
});
const BATCH: Record<string, number> = { Q1: 10, Q2: 40, M1: 100, M2: 20 };

/** A copy of the data set (with its WAL) for one side: mutations of one side never reach the other. */
function copyOfData(side: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `bench-${side}-`)), 'data.sqlite');
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(args.data + suffix)) fs.copyFileSync(args.data + suffix, file + suffix);
  }
  return file;
}

/** The bench's operations against one checkout's server, with the bench's fixtures (bench/run.ts findFixtures). */
async function load(root: string, side: string): Promise<Ops> {
  const { BENCH_SECRET } = await import(path.join(root, 'bench/dataset.ts'));
  const o = await import(path.join(root, 'bench/operations.ts'));
  const { createDb } = await import(path.join(root, 'src/db/database.ts'));
  const { createApolloServer } = await import(path.join(root, 'src/server.ts'));
  const { createAuthenticator } = await import(path.join(root, 'src/auth/authenticate.ts'));
  const { createContext } = await import(path.join(root, 'src/context.ts'));
  const { DEFAULT_LIMITS } = await import(path.join(root, 'src/config.ts'));
  const { migrateToLatest } = await import(path.join(root, 'src/db/migrate.ts'));
  const pino = (await import('pino')).default;
  const db = createDb({ url: `sqlite:${copyOfData(side)}` });
  // Each side's own schema: a newer checkout may add tables (issue 18's change log) to the data set's.
  await migrateToLatest(db);
  const server = createApolloServer({ logger: pino({ level: 'silent' }), limits: { ...DEFAULT_LIMITS, maxCost: 1e9 } });
  await server.start();
  const authenticator = createAuthenticator(db);
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const viewer = await authenticator.authenticate(`Token ${BENCH_SECRET}`);
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createContext({ db, viewer }) },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    if (!result || result.errors) throw new Error(`${side}: ${JSON.stringify(result?.errors ?? 'no single result')}`);
    return result.data as Record<string, any>;
  };
  const projectIds: string[] = (await run(o.FIXTURE_QUERIES.projects)).projects.nodes.map((p: any) => p.id);
  const taskIds: string[] = [];
  for (const projectId of projectIds.slice(0, 10))
    taskIds.push(...(await run(o.Q1, { projectId })).project.tasks.nodes.slice(0, 10).map((t: any) => t.id));
  const open = JSON.stringify((await run(o.FIXTURE_QUERIES.openAnnotations)).tasks.nodes);
  const annotationIds = open.match(/"id":"ann_[^"]+","key":"formatting"/g)!.map((m) => m.slice(6, m.indexOf('"', 6)));
  return {
    Q1: (i) => run(o.Q1, { projectId: projectIds[i % projectIds.length] }),
    Q2: (i) => run(o.Q2, { id: taskIds[i % taskIds.length] }),
    M1: (i) => run(o.M1, { id: annotationIds[i % annotationIds.length], value: i % 5 }),
    M2: async (i) => {
      const created = await run(o.M2_CREATE, { projectId: projectIds[i % projectIds.length] });
      const id = created.codingTaskCreate.task.id;
      await run(o.M2_DATA, { id });
      await run(i % 2 ? o.M2_COMMIT : o.M2_ABORT, { id });
    },
  };
}

/** CPU milliseconds (user + system) of requests from..from+n of one operation. */
async function cpuOf(ops: Ops, op: string, from: number, n: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = from; i < from + n; i++) await ops[op](i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main() {
  if (!args.old) throw new Error('--old <checkout of the commit to compare with> is required');
  const rounds = Number(args.rounds);
  const old = await load(path.resolve(args.old), 'old');
  const current = await load(path.resolve(args.new), 'new');
  process.stdout.write('| op | old ms CPU/request | new ms CPU/request | new/old | per-round median (quartiles) |\n');
  process.stdout.write('|---|---:|---:|---:|---|\n');
  for (const op of args.ops.split(',')) {
    const batch = BATCH[op];
    // Warm-up of both: graphql-jit compiles a document from its second run.
    await cpuOf(old, op, 0, batch * 2);
    await cpuOf(current, op, 0, batch * 2);
    let [totalOld, totalNew] = [0, 0];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Who goes first alternates, so neither side always runs on a warmer cache.
      const oldFirst = r % 2 === 0;
      const a = await cpuOf(oldFirst ? old : current, op, r * batch, batch);
      const b = await cpuOf(oldFirst ? current : old, op, r * batch, batch);
      const [o, n] = oldFirst ? [a, b] : [b, a];
      totalOld += o;
      totalNew += n;
      ratios.push(n / o);
    }
    ratios.sort((x, y) => x - y);
    const at = (share: number) => ratios[Math.floor(share * (ratios.length - 1))].toFixed(3);
    const per = (total: number) => (total / (rounds * batch)).toFixed(3);
    process.stdout.write(
      `| ${op} | ${per(totalOld)} | ${per(totalNew)} | ${(totalNew / totalOld).toFixed(3)} | ${at(0.5)} (${at(0.25)}-${at(0.75)}), ${rounds} x ${batch} requests a side |\n`,
    );
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
