import { demoSecret, hashSecret, secretPrefix } from '../src/auth/tokens';
import { sql } from 'kysely';
import type { Database } from '../src/db/database';
import { emptyBundle, insertRows, type RowBundle } from '../src/db/row-bundle';
import { addCodingDemo } from '../src/demo/coding-demo';
import type { BuildEnv } from '../src/demo/genai-task-builder';
import { addPromptDemo } from '../src/demo/prompt-demo';
import { intBetween, pick, seededRandom } from '../src/demo/random';
import { addCorrectionDemo, addSearchDemo } from '../src/demo/sessions-demo';
import type { TaskStatus } from '../src/graphql/types.generated';
import { createIdFactory } from '../src/ids';
import { contributorAuthor } from '../src/modules/annotation/annotation-author';

// The benchmark's data set (issue 9). At scale 1: 20 projects, 50,000 GenAI tasks, 100,000 threads, 200,000 turns,
// 200,000 messages and 400,000 annotations (2 threads x 2 turns x 1 message x 2 annotations per task), and per
// project: 5 task batches, a correction project's classifier, documents and sessions, search-session batches with
// events and an improvement queue, a coding service's coder with train/code tasks and data, a prompt with two
// versions and five runs. The same seed and scale give the same rows, ids included, on every machine and store.

export const BENCH_SEED = 9;
export const BENCH_SECRET = demoSecret('bench:manager');
const EPOCH = Date.parse('2026-01-01T00:00:00.000Z');
export const SETTING_KEY = 'bench-dataset';
/** What the loaded store records under SETTING_KEY: the runner reuses a store only when it holds this scale and seed. */
export const datasetMark = (scale: number) => JSON.stringify({ scale, seed: BENCH_SEED });

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

/** Rows of one project's tasks [from, to): a task, its threads, turns, messages and the messages' annotations. */
function addTasks(
  bundle: RowBundle,
  env: BuildEnv,
  projectId: string,
  batchIds: string[],
  from: number,
  to: number,
): void {
  const at = () => new Date(env.clock()).toISOString();
  for (let i = from; i < to; i++) {
    let roll = env.random();
    const [status, word] = STATUSES.find(([, , share]) => (roll -= share) < 0) ?? STATUSES[0];
    const createdAt = at();
    const taskId = env.newId('task', Date.parse(createdAt));
    bundle.task.push({
      id: taskId,
      projectId,
      batchId: batchIds[i % batchIds.length],
      kind: 'GENAI',
      status,
      sourceStatus: word,
      source: 'SCALE',
      externalId: `task_${projectId.slice(-6)}_${i}`,
      metadataJson: JSON.stringify({ index: i, locale: pick(env.random, ['en-US', 'en-GB', 'de-DE']) }),
      createdAt,
      updatedAt: createdAt,
      completedAt: status === 'COMPLETED' ? at() : null,
    });
    for (let th = 0; th < 2; th++) {
      const threadId = env.newId('thread', env.clock());
      bundle.thread.push({ id: threadId, projectId, taskId, externalId: `thread_${i}_${th}`, createdAt: at() });
      for (let tu = 0; tu < 2; tu++) {
        const turnId = env.newId('turn', env.clock());
        bundle.turn.push({ id: turnId, projectId, threadId, externalId: `turn_${i}_${th}_${tu}`, createdAt: at() });
        const messageId = env.newId('message', env.clock());
        const assistant = tu === 1;
        bundle.message.push({
          id: messageId,
          projectId,
          turnId,
          role: assistant ? 'ASSISTANT' : 'USER',
          text: TEXTS[intBetween(env.random, 0, 2) * 2 + (assistant ? 1 : 0)],
          createdAt: at(),
          modelParametersJson: assistant ? JSON.stringify({ model: 'bench-chat-7b', temperature: 0.7 }) : null,
        });
        for (const [key, type, value] of [
          ['formatting', 'INTEGER', intBetween(env.random, 1, 3)],
          ['helpfulness', 'CATEGORY', pick(env.random, ['not_helpful', 'somewhat', 'very'])],
        ] as const) {
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
            title: key === 'formatting' ? 'Response Formatting' : 'Helpfulness',
            labelsJson: '[]',
            valueJson: JSON.stringify(value),
            possibleValuesJson: type === 'INTEGER' ? '[[1,2,3]]' : '["not_helpful","somewhat","very"]',
            createdAt: when,
            updatedAt: when,
          });
        }
      }
    }
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
    await write(bundle);
    for (let from = 0; from < shape.tasksPerProject; from += 250) {
      const tasks = emptyBundle();
      addTasks(tasks, env, projectId, batchIds, from, Math.min(from + 250, shape.tasksPerProject));
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
