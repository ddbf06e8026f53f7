import { demoSecret, hashSecret, secretPrefix } from '../src/auth/tokens';
import { sql } from 'kysely';
import { createDb, dialectOf, type Database } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { emptyBundle, insertRows, type RowBundle } from '../src/db/row-bundle';
import { addCodingDemo } from '../src/demo/coding-demo';
import type { BuildEnv } from '../src/demo/genai-task-builder';
import { addPromptDemo } from '../src/demo/prompt-demo';
import { intBetween, pick, seededRandom } from '../src/demo/random';
import { addCorrectionDemo, addSearchDemo } from '../src/demo/sessions-demo';
import type { TaskStatus } from '../src/graphql/types.generated';
import { createIdFactory } from '../src/ids';
import { contributorAuthor } from '../src/modules/annotation/annotation-author';

// The benchmark's data set (issues 9, 20). At scale 1: 20 projects, 50,000 GenAI tasks and about 1.05 M rows, shaped as
// a human-feedback project is: 1-4 threads per task (most have one or two), mostly one turn per thread, a user and an
// assistant message per turn, 3-4 annotations on each assistant message. Per project: 5 task batches, 2 deliveries of
// completed tasks, a correction project's classifier, documents and sessions, search-session batches with events and an
// improvement queue, a coding service's coder with train/code tasks and data, a prompt with two versions and five
// runs. Tasks are updated after they are created (completed ones when they complete), so every task order differs
// from the id order. The same seed and scale give the same rows, ids included, on every machine and store.

export const BENCH_SEED = 9;
export const BENCH_SECRET = demoSecret('bench:manager');
const EPOCH = Date.parse('2026-01-01T00:00:00.000Z');
export const SETTING_KEY = 'bench-dataset';
/** What the loaded store records under SETTING_KEY: the runner reuses a store only when it holds this scale and seed. */
export const datasetMark = (scale: number) => JSON.stringify({ scale, seed: BENCH_SEED, shape: 2 });

export type Shape = { projects: number; tasksPerProject: number };

export function shapeOf(scale: number): Shape {
  const projects = Math.max(1, Math.round(20 * scale));
  return { projects, tasksPerProject: Math.max(60, Math.round((50_000 * scale) / projects)) };
}

// Task statuses and their shares; open ones (PENDING, IN_PROGRESS) take annotation writes (M1).
const STATUSES: [TaskStatus, string, number][] = [
  ['COMPLETED', 'completed', 0.55],
  ['PENDING', 'pending', 0.2],
  ['IN_PROGRESS', 'in_progress', 0.15],
  ['FAILED', 'error', 0.05],
  ['CANCELED', 'canceled', 0.05],
];
const TEXTS = [
  'How do I reset my router without losing the port forwarding rules?',
  'Export the configuration first, then hold the reset button for ten seconds.',
  'Summarise the attached refund policy in three bullet points.',
  'Refunds within 30 days; original payment method; shipping is not refunded.',
  'Write a polite reply to a customer whose order arrived damaged.',
  'We are sorry your order arrived damaged. A replacement is on its way.',
];

// Threads per task (1-4, mostly 1 or 2) and turns per thread (mostly 1), as weights of 1, 2, 3, … .
const THREADS = [0.4, 0.3, 0.2, 0.1];
const TURNS = [0.8, 0.2];
const ANNOTATIONS: [string, 'INTEGER' | 'CATEGORY', string, (random: () => number) => unknown][] = [
  ['formatting', 'INTEGER', 'Response Formatting', (r) => intBetween(r, 1, 3)],
  ['helpfulness', 'CATEGORY', 'Helpfulness', (r) => pick(r, ['not_helpful', 'somewhat', 'very'])],
  ['honesty', 'INTEGER', 'Honesty', (r) => intBetween(r, 1, 3)],
  ['safety', 'CATEGORY', 'Safety', (r) => pick(r, ['not_helpful', 'somewhat', 'very'])],
];

const weighted = (random: () => number, weights: number[]) => {
  let roll = random();
  const index = weights.findIndex((w) => (roll -= w) < 0);
  return (index < 0 ? weights.length - 1 : index) + 1;
};

/** Rows of one project's tasks [from, to): a task, its threads, turns, messages and the assistant messages' annotations. */
function addTasks(
  bundle: RowBundle,
  env: BuildEnv,
  projectId: string,
  batchIds: string[],
  deliveryIds: string[],
  from: number,
  to: number,
): void {
  const at = () => new Date(env.clock()).toISOString();
  for (let i = from; i < to; i++) {
    let roll = env.random();
    const [status, word] = STATUSES.find(([, , share]) => (roll -= share) < 0) ?? STATUSES[0];
    const createdAt = at();
    const taskId = env.newId('task', Date.parse(createdAt));
    const task = {
      id: taskId,
      projectId,
      batchId: batchIds[i % batchIds.length],
      kind: 'GENAI' as const,
      status,
      sourceStatus: word,
      source: 'SCALE' as const,
      externalId: `task_${projectId.slice(-6)}_${i}`,
      metadataJson: JSON.stringify({ index: i, locale: pick(env.random, ['en-US', 'en-GB', 'de-DE']) }),
      createdAt,
      updatedAt: createdAt,
      completedAt: null as string | null,
      deliveryId: null as string | null,
    };
    bundle.task.push(task);
    const threads = weighted(env.random, THREADS);
    for (let th = 0; th < threads; th++) {
      const threadId = env.newId('thread', env.clock());
      bundle.thread.push({ id: threadId, projectId, taskId, externalId: `thread_${i}_${th}`, createdAt: at() });
      const turns = weighted(env.random, TURNS);
      for (let tu = 0; tu < turns; tu++) {
        const turnId = env.newId('turn', env.clock());
        bundle.turn.push({ id: turnId, projectId, threadId, externalId: `turn_${i}_${th}_${tu}`, createdAt: at() });
        const topic = intBetween(env.random, 0, 2) * 2;
        for (const assistant of [false, true]) {
          const messageId = env.newId('message', env.clock());
          bundle.message.push({
            id: messageId,
            projectId,
            turnId,
            role: assistant ? 'ASSISTANT' : 'USER',
            text: TEXTS[topic + (assistant ? 1 : 0)],
            createdAt: at(),
            modelParametersJson: assistant ? JSON.stringify({ model: 'bench-chat-7b', temperature: 0.7 }) : null,
          });
          if (!assistant) continue;
          const annotations = 3 + (env.random() < 0.5 ? 1 : 0);
          for (const [key, type, title, valueOf] of ANNOTATIONS.slice(0, annotations)) {
            const when = at();
            bundle.annotation.push({
              id: env.newId('annotation', Date.parse(when)),
              projectId,
              taskId,
              level: 'MESSAGE',
              threadId,
              turnId,
              messageId,
              source: 'SCALE',
              ...contributorAuthor('SCALE', null),
              key,
              type,
              sourceType: type.toLowerCase(),
              title,
              labelsJson: '[]',
              valueJson: JSON.stringify(valueOf(env.random)),
              possibleValuesJson: type === 'INTEGER' ? '[[1,2,3]]' : '["not_helpful","somewhat","very"]',
              createdAt: when,
              updatedAt: when,
            });
          }
        }
      }
    }
    // Updated after its subtree was written; a completed task completes then. Open tasks keep createdAt.
    if (status !== 'PENDING') task.updatedAt = at();
    if (status === 'COMPLETED') task.completedAt = task.updatedAt;
    // Half of the completed tasks are delivered, alternately in the project's two deliveries.
    if (status === 'COMPLETED' && i % 4 < 2) task.deliveryId = deliveryIds[i % 2];
  }
}

export type LoadReport = {
  scale: number;
  seed: number;
  rows: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
};

/**
 * Writes the data set into an empty, migrated database through the store's bulk path (multi-row INSERTs, one
 * transaction per 250 tasks), then refreshes the planner's statistics.
 */
export async function loadDataset(
  db: Database,
  scale: number,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<LoadReport> {
  const started = performance.now();
  const random = seededRandom(BENCH_SEED);
  let tick = EPOCH;
  const ids = createIdFactory(random);
  const env: BuildEnv = { newId: (table, time) => ids(table, time ?? tick), random, clock: () => (tick += 1_000) };
  const at = () => new Date(env.clock()).toISOString();
  const shape = shapeOf(scale);
  const rows: Record<string, number> = {};
  const write = async (bundle: RowBundle) => {
    const counts = await db.transaction().execute((trx) => insertRows(trx, bundle));
    for (const [table, n] of Object.entries(counts)) if (n) rows[table] = (rows[table] ?? 0) + n;
  };

  const head = emptyBundle();
  const organizationId = env.newId('organization');
  const userId = env.newId('appUser');
  head.organization.push({ id: organizationId, slug: 'bench', name: 'Bench org', createdAt: at() });
  head.appUser.push({ id: userId, email: 'manager@bench.test', name: 'Bench manager', createdAt: at() });
  head.organizationMember.push({
    id: env.newId('organizationMember'),
    organizationId,
    userId,
    role: 'MEMBER',
    createdAt: at(),
  });
  head.apiToken.push({
    id: env.newId('apiToken'),
    name: 'bench',
    tokenHash: hashSecret(BENCH_SECRET),
    prefix: secretPrefix(BENCH_SECRET),
    userId,
    createdAt: at(),
  });
  head.instanceSetting.push({ key: SETTING_KEY, value: datasetMark(scale) });
  await write(head);

  const total = shape.projects * shape.tasksPerProject;
  for (let p = 0; p < shape.projects; p++) {
    const bundle = emptyBundle();
    const projectId = env.newId('project');
    bundle.project.push({
      id: projectId,
      organizationId,
      name: `Bench project ${p + 1}`,
      source: 'SCALE',
      externalId: `project_bench_${p + 1}`,
      createdAt: at(),
      updatedAt: at(),
    });
    bundle.projectMember.push({ id: env.newId('projectMember'), projectId, userId, role: 'MANAGER', createdAt: at() });
    const batchIds = [1, 2, 3, 4, 5].map((b) => {
      const id = env.newId('batch');
      bundle.batch.push({
        id,
        projectId,
        kind: 'TASKS',
        name: `wave-${b}`,
        status: b < 4 ? 'COMPLETED' : 'IN_PROGRESS',
        sourceStatus: b < 4 ? 'completed' : 'in_progress',
        source: 'SCALE',
        createdAt: at(),
        updatedAt: at(),
      });
      return id;
    });
    const deliveryIds = [1, 2].map((d) => {
      const id = env.newId('delivery');
      const deliveredAt = at();
      bundle.delivery.push({
        id,
        projectId,
        name: `delivery-${d}`,
        source: 'SCALE',
        deliveredAt,
        createdAt: deliveredAt,
      });
      return id;
    });
    await write(bundle);
    for (let from = 0; from < shape.tasksPerProject; from += 250) {
      const tasks = emptyBundle();
      addTasks(tasks, env, projectId, batchIds, deliveryIds, from, Math.min(from + 250, shape.tasksPerProject));
      await write(tasks);
      onProgress(p * shape.tasksPerProject + Math.min(from + 250, shape.tasksPerProject), total);
    }
    // The other domains, after the GenAI tasks (so a project's first tasks by id are GenAI ones).
    const others = emptyBundle();
    addCorrectionDemo(others, env, projectId, userId);
    // The demo's session uuids are fixed; they are unique across projects here.
    others.correctionSession.forEach(
      (session, i) => (session.uuid = `00000000-0000-4000-8000-${String(p * 10 + i).padStart(12, '0')}`),
    );
    addSearchDemo(others, env, projectId);
    addCodingDemo(others, env, projectId, userId);
    addPromptDemo(others, env, organizationId, projectId, userId);
    await write(others);
  }
  await sql`analyze`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  const written = Object.values(rows).reduce((a, b) => a + b, 0);
  return { scale, seed: BENCH_SEED, rows, seconds, rowsPerSecond: Math.round(written / seconds) };
}

/** Loads the data set unless the store already holds this scale and seed; a store holding anything else is refused. */
export async function ensureData(
  url: string,
  scale: number,
  log: (line: string) => void,
): Promise<LoadReport | { reused: true }> {
  const db = createDb({ url });
  try {
    await migrateToLatest(db);
    const setting = await db
      .selectFrom('instanceSetting')
      .select('value')
      .where('key', '=', SETTING_KEY)
      .executeTakeFirst();
    if (setting?.value === datasetMark(scale)) return { reused: true };
    if (setting || (await db.selectFrom('organization').select('id').limit(1).executeTakeFirst())) {
      throw new Error(
        `${dialectOf(url) === 'sqlite' ? url : 'DATABASE_URL'} holds other data; give the benchmark an empty database (or delete the file)`,
      );
    }
    log(`loading the scale-${scale} data set into ${dialectOf(url)}…`);
    const report = await loadDataset(
      db,
      scale,
      (done, total) => process.stderr.isTTY && process.stderr.write(`\r  ${done}/${total} tasks`),
    );
    log(
      `\n  ${Object.values(report.rows).reduce((a, b) => a + b, 0)} rows in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond} rows/s)`,
    );
    return report;
  } finally {
    await db.destroy();
  }
}
