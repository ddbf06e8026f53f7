// npm run bench [-- --scale 1 --seconds 20 --warmup 5 --shape-seconds 10 --mixed 300 --connections 10 --webhooks 2000 --exports 50000 --agreement 2500]
// npm run bench -- --sync: only the connector sync bench (bench/sync.ts)
// Builds Annograph, loads the data set (reused when the store already holds it), starts Annograph in production mode
// and the hand-written Q1 limit server as processes of their own on 127.0.0.1, drives both with autocannon from this
// process (Q1 in every shape of q1-shapes.ts against both, then the other operations against Annograph) and writes the figures to .bench/<store>-scale<scale>-<time>.json. PostgreSQL when DATABASE_URL is set.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dialectOf } from '../src/db/database';
import { BENCH_SECRET, ensureData } from './dataset';
import { drive, type LoadResult, type Request } from './load';
import { FIXTURE_QUERIES, M1, M2_ABORT, M2_COMMIT, M2_CREATE, M2_DATA, Q1, Q2, Q3, type Fixtures } from './operations';
import { cpuSeconds, freePort, rssMiB, serve, type Served } from './processes';
import { printTable, rssGrowth } from './report';
import { measureWebhookDelivery } from './webhook-delivery';
import { measureSubscribers } from './subscribers';
import { measureExports } from './exports';
import { measureAgreement } from './agreement';
import { findQ1Targets, measureShapes, shapeTable, type ShapeResult } from './q1-run';
import { runImportBench } from './imports';
import { measureSync, printSync } from './sync';

const ROOT = path.join(__dirname, '..');
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    mixed: { type: 'string', default: '300' },
    connections: { type: 'string', default: '10' },
    profile: { type: 'boolean', default: false },
    // The operations besides Q1's shapes (Q1 itself: the shape named Q1); and which Q1 shapes (default: all).
    only: { type: 'string' },
    shapes: { type: 'string' },
    // Seconds each Q1 shape is driven on each server; default half of --seconds.
    'shape-seconds': { type: 'string' },
    // Webhook deliveries to measure (bench/webhook-delivery.ts); default 2,000 times the scale, at least 200; 0: none.
    webhooks: { type: 'string' },
    // Concurrent subscribers of one project's changes (bench/subscribers.ts); default 1,000; 0: none.
    subscribers: { type: 'string', default: '1000' },
    // Tasks of the export project (bench/exports.ts), exported in every format; default 50,000; 0: skip (quick runs).
    exports: { type: 'string', default: '50000' },
    // Tasks of the agreement project (bench/agreement.ts), three authors per message; default 2,500; 0: skip.
    agreement: { type: 'string', default: '2500' },
    // --import: only the import bench (bench/imports.ts), on a Scale JSONL file of about --import-mb megabytes.
    import: { type: 'boolean', default: false },
    'import-mb': { type: 'string', default: '250' },
    // Only the connector sync bench (bench/sync.ts): a 10,000-task Scale sync from the fake upstream.
    sync: { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale);
const seconds = Number(args.seconds);
const warmup = Number(args.warmup);
const connections = Number(args.connections);
const shapeSeconds = Number(args['shape-seconds'] ?? Math.max(1, Math.round(seconds / 2)));
const url = process.env.DATABASE_URL || `sqlite:data/bench-scale${scale}.sqlite`;
const store = dialectOf(url);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A POSTed body's JSON answer, as the bench's token. */
async function post(target: string, body: string): Promise<unknown> {
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Token ${BENCH_SECRET}` },
    body,
  });
  return response.json();
}

async function graphql(target: string, query: string, variables: object = {}) {
  const body = (await post(target, JSON.stringify({ query, variables }))) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function findFixtures(api: string): Promise<Fixtures> {
  const projectIds: string[] = (await graphql(api, FIXTURE_QUERIES.projects)).projects.nodes.map(
    (p: { id: string }) => p.id,
  );
  const taskIds: string[] = [];
  for (const projectId of projectIds.slice(0, 10)) {
    taskIds.push(
      ...(await graphql(api, Q1, { projectId })).project.tasks.nodes.slice(0, 10).map((t: { id: string }) => t.id),
    );
  }
  const open = (await graphql(api, FIXTURE_QUERIES.openAnnotations)).tasks.nodes;
  const openAnnotationIds: string[] = JSON.stringify(open)
    .match(/"id":"ann_[^"]+","key":"formatting"/g)!
    .map((m) => m.slice(6, m.indexOf('"', 6)));
  const [first, last] = await Promise.all(
    ['ASC', 'DESC'].map(async (direction) =>
      Date.parse((await graphql(api, FIXTURE_QUERIES.completedRange, { direction })).tasks.nodes[0].completedAt),
    ),
  );
  const span = last - first;
  const filter = {
    status: ['COMPLETED'],
    completedAfter: new Date(first + span / 4).toISOString(),
    completedBefore: new Date(last - span / 4).toISOString(),
  };
  const afters: (string | null)[] = [null];
  for (let page = 1; page < 3; page++)
    afters.push((await graphql(api, Q3, { filter, after: afters[page - 1] })).tasks.pageInfo.endCursor);
  return { projectIds, taskIds, openAnnotationIds, q3: { filter, afters } };
}

const body = (query: string, variables: object) => JSON.stringify({ query, variables });
function operations(f: Fixtures): Record<string, Request[]> {
  return {
    Q1: f.projectIds.map((projectId) => ({ body: body(Q1, { projectId }) })),
    Q2: f.taskIds.map((id) => ({ body: body(Q2, { id }) })),
    Q3: f.q3.afters.map((after) => ({ body: body(Q3, { filter: f.q3.filter, after }) })),
    M1: [
      {
        setup: (c) =>
          body(M1, {
            id: f.openAnnotationIds[(c.n = (c.n ?? Math.floor(Math.random() * 1e6)) + 1) % f.openAnnotationIds.length],
            value: 1 + (c.n % 3),
          }),
      },
    ],
    M2: [
      {
        setup: () => body(M2_CREATE, { projectId: f.projectIds[0] }),
        onBody: (b, c) => {
          c.taskId = JSON.parse(b).data?.codingTaskCreate.task?.id;
        },
      },
      { setup: (c) => body(M2_DATA, { id: c.taskId }) },
      { setup: (c) => body(M2_COMMIT, { id: c.taskId }) },
      { setup: (c) => body(M2_ABORT, { id: c.taskId }) },
    ],
  };
}

/** Counter values of a Prometheus text page. */
async function scrape(base: string): Promise<{ statements: number; requests: number }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const sum = (prefix: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
  return {
    statements: sum('annograph_sql_statements_total'),
    requests: sum('annograph_graphql_request_duration_seconds_count'),
  };
}

type Measured = LoadResult & {
  operation: string;
  target: string;
  sqlPerRequest: number | null;
  /** CPU milliseconds the server used per request (steadier than req/s on a shared machine). */
  cpuMsPerRequest: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
};

async function measure(
  operation: string,
  target: Served,
  requests: Request[],
  metricsBase: string | null,
  forSeconds = seconds,
): Promise<Measured> {
  const headers = { authorization: `Token ${BENCH_SECRET}` };
  await drive(target.url, headers, requests, connections, warmup);
  const rssBeforeMiB = rssMiB(target.pid);
  const before = metricsBase ? await scrape(metricsBase) : null;
  const cpuBefore = cpuSeconds(target.pid);
  const result = await drive(target.url, headers, requests, connections, forSeconds);
  const cpuMsPerRequest =
    Math.round(((cpuSeconds(target.pid) - cpuBefore) * 1e6) / Math.max(1, result.requests)) / 1000;
  const after = metricsBase ? await scrape(metricsBase) : null;
  const sqlPerRequest =
    before && after
      ? Math.round(((after.statements - before.statements) / (after.requests - before.requests)) * 100) / 100
      : null;
  const measured = {
    operation,
    target: metricsBase ? 'annograph' : 'limit',
    ...result,
    sqlPerRequest,
    cpuMsPerRequest,
    rssBeforeMiB,
    rssAfterMiB: rssMiB(target.pid),
  };
  log(
    `  ${operation} ${measured.target}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${cpuMsPerRequest} CPU ms/request, ${sqlPerRequest ?? '-'} SQL/request, non-2xx ${result.non2xx}, errors ${result.errors}`,
  );
  return measured;
}

/** The mixed run: every operation at once for `mixed` seconds; RSS 10+ times (every 5 s at most), compared after a warm-up. */
async function mixedRun(annograph: Served, ops: Record<string, Request[]>, totalSeconds: number) {
  const samples: { atSeconds: number; rssMiB: number }[] = [];
  const started = Date.now();
  const every = Math.min(5_000, (totalSeconds * 1000) / 10);
  const timer = setInterval(
    () => samples.push({ atSeconds: (Date.now() - started) / 1000, rssMiB: rssMiB(annograph.pid) }),
    every,
  );
  const mix = [...ops.Q1.slice(0, 3), ...ops.Q2.slice(0, 3), ...ops.Q3, ...ops.M1, ...ops.M1, ...ops.M2];
  const result = await drive(annograph.url, { authorization: `Token ${BENCH_SECRET}` }, mix, connections, totalSeconds);
  clearInterval(timer);
  const warmupSeconds = Math.min(60, totalSeconds / 5);
  return { seconds: totalSeconds, warmupSeconds, ...result, ...rssGrowth(samples, warmupSeconds), samples };
}

/** What `npm start` runs, `node [flags] <script>`, as flags and script: the benchmark starts exactly that. */
function startCommand(): { nodeFlags: string[]; script: string; command: string } {
  const command: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const [node, ...rest] = command.split(/\s+/);
  if (node !== 'node' || !rest.length) throw new Error(`npm start is not "node [flags] <script>": ${command}`);
  return { nodeFlags: rest.slice(0, -1), script: rest[rest.length - 1], command };
}

async function main() {
  // --sync: the connector bench alone, on DATABASE_URL's store kind (nothing to build, no server).
  if (args.sync) return printSync(await measureSync(process.env.DATABASE_URL), store);
  log('building Annograph (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (args.import) return runImportBench(ROOT, Number(args['import-mb']), log);
  const dataset = await ensureData(url, scale, log);
  const outDir = path.join(ROOT, '.bench');
  fs.mkdirSync(outDir, { recursive: true });
  const [apiPort, limitPort] = [await freePort(), await freePort()];
  // --profile: V8 CPU profiles of Annograph into .bench/profiles (read them with bench/profile-summary.ts).
  const profiling = args.profile ? ['--cpu-prof', '--cpu-prof-dir', path.join(outDir, 'profiles')] : [];
  const { nodeFlags, script } = startCommand();
  // Rate limits stay on, so their cost is measured, with a bucket one token cannot drain at benchmark speed.
  const annograph = await serve(
    process.execPath,
    [...profiling, ...nodeFlags, path.join(ROOT, script)],
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      CODING_WORKER: 'off',
      // No connector is configured: its worker's idle polls would only add statements to the SQL/request figures.
      CONNECTOR_WORKER: 'off',
      METRICS: 'on',
      RATE_LIMIT_POINTS: String(2 ** 31 - 1),
      RATE_LIMIT_RESTORE_RATE: String(2 ** 31 - 1),
      // Production refuses to start without one (D9); the benchmark stores no secret, any key will do.
      SECRETS_KEY: randomBytes(32).toString('base64'),
    },
    `http://127.0.0.1:${apiPort}/ready`,
    `http://127.0.0.1:${apiPort}/graphql`,
    path.join(outDir, 'annograph.log'),
  );
  // The limit runs with the same V8 flags: the ratio compares code, not runtime settings.
  const limit = await serve(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', path.join(__dirname, 'limit-server.ts'), String(limitPort), url],
    {},
    `http://127.0.0.1:${limitPort}/`,
    `http://127.0.0.1:${limitPort}/`,
    path.join(outDir, 'limit.log'),
  );
  try {
    const fixtures = await findFixtures(annograph.url);
    const metricsBase = annograph.url.replace(/\/graphql$/, '');
    const ops = operations(fixtures);
    log(`Q1 in ${args.shapes ?? 'every'} shape, ${shapeSeconds} s on each server…`);
    const shapes: ShapeResult[] = await measureShapes({
      store,
      annograph: annograph.url,
      limit: limit.url,
      targets: await findQ1Targets(post, annograph.url),
      only: args.shapes ? args.shapes.split(',') : null,
      post,
      measure: (name, target, requests) =>
        target === 'annograph'
          ? measure(name, annograph, requests, metricsBase, shapeSeconds)
          : measure(name, limit, requests, null, shapeSeconds),
    });
    const results: Measured[] = [];
    for (const name of (args.only ?? 'Q2,Q3,M1,M2').split(',').filter(Boolean))
      results.push(await measure(name, annograph, ops[name], metricsBase));
    const mixed =
      Number(args.mixed) > 0
        ? (log(`mixed run, ${args.mixed} s…`), await mixedRun(annograph, ops, Number(args.mixed)))
        : null;
    const webhookCount = Number(args.webhooks ?? Math.max(200, Math.round(2000 * scale)));
    const webhooks =
      webhookCount > 0
        ? (log(`webhook delivery, ${webhookCount} deliveries…`),
          await measureWebhookDelivery(process.env.DATABASE_URL || undefined, webhookCount))
        : null;
    if (webhooks)
      log(
        `webhook delivery: ${webhooks.deliveries} in ${webhooks.seconds.toFixed(2)} s = ${webhooks.perSecond.toFixed(0)}/s`,
      );
    const subscriberCount = Number(args.subscribers);
    const live =
      subscriberCount > 0
        ? (log(`live updates, ${subscriberCount} subscribers…`),
          await measureSubscribers(annograph.url, BENCH_SECRET, fixtures.projectIds[0], {
            subscribers: subscriberCount,
          }))
        : null;
    if (live)
      log(
        `live updates: ${live.received} arrivals of ${live.changes} changes at ${live.subscribers} subscribers (${live.connections} tokens): p50 ${live.p50Ms} ms, p99 ${live.p99Ms} ms, max ${live.maxMs} ms`,
      );
    const exportTasks = Number(args.exports);
    const exports =
      exportTasks > 0
        ? (log(`exports, ${exportTasks} tasks in every format…`),
          await measureExports(process.env.DATABASE_URL || undefined, exportTasks, log))
        : null;
    const agreementTasks = Number(args.agreement);
    const agreement =
      agreementTasks > 0
        ? (log(`agreement, ${agreementTasks} tasks with three authors per message…`),
          await measureAgreement(process.env.DATABASE_URL || undefined, agreementTasks, log))
        : null;
    const report = {
      when: new Date().toISOString(),
      server: startCommand().command,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
      },
      caveats:
        'client (autocannon) and both servers share the same cores; one run, no repetition; Annograph runs with CODING_WORKER=off, CONNECTOR_WORKER=off, LOG_LEVEL=warn and a rate-limit bucket of 2^31 - 1 points refilled as fast',
      store,
      scale,
      connections,
      seconds,
      warmupSeconds: warmup,
      dataset,
      fixtures: {
        projects: fixtures.projectIds.length,
        tasks: fixtures.taskIds.length,
        openAnnotations: fixtures.openAnnotationIds.length,
      },
      shapes,
      results,
      q1LimitRatio: shapes.find((s) => s.shape === 'Q1')?.ratio ?? null,
      mixed,
      webhooks,
      live,
      exports,
      agreement,
    };
    const file = path.join(outDir, `${store}-scale${scale}-${report.when.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    printTable(report);
    process.stdout.write(`${shapeTable(shapes).join('\n')}\n`);
    log(`written to ${path.relative(ROOT, file)}`);
    const overMemory = (exports ?? []).filter((e) => !e.ok);
    if (overMemory.length) throw new Error(`exports failed: ${overMemory.map((e) => e.format).join(', ')}`);
    const slow = (agreement ?? []).filter((a) => !a.ok);
    if (slow.length) throw new Error(`agreement over 1 s: ${slow.map((a) => `${a.metric} ${a.level}`).join(', ')}`);
    const failed = results.filter((r) => r.non2xx || r.errors);
    if (failed.length)
      throw new Error(`requests failed: ${failed.map((r) => `${r.operation} ${r.target}`).join(', ')}`);
  } finally {
    await Promise.all([annograph.stop(), limit.stop()]);
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
