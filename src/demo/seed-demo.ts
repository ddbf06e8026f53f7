import type { Database } from '../db/database';
import type { TaskStatus } from '../graphql/types.generated';
import { createIdFactory } from '../ids';
import { addGenAiTask, type BuildEnv } from './genai-task-builder';
import { seededRandom } from './random';
import { emptyBundle, insertBundle, type RowBundle } from './row-bundle';

const DEMO_SEED = 20261125;
const DEMO_EPOCH = Date.parse('2026-10-01T09:00:00.000Z');

// Scale's task words and how often each appears in the demo.
const TASK_STATUSES: [TaskStatus, string, number][] = [
  ['COMPLETED', 'completed', 0.6],
  ['PENDING', 'pending', 0.25],
  ['FAILED', 'error', 0.1],
  ['CANCELED', 'canceled', 0.05],
];

function statusFor(random: () => number): [TaskStatus, string] {
  let roll = random();
  for (const [status, word, share] of TASK_STATUSES) {
    if ((roll -= share) < 0) return [status, word];
  }
  return ['PENDING', 'pending'];
}

/** The demo data set: always the same rows (ids included) for the same code. */
export function buildDemoData(): RowBundle {
  const random = seededRandom(DEMO_SEED);
  let tick = DEMO_EPOCH;
  const env: BuildEnv = { newId: createIdFactory(random), random, clock: () => (tick += 37_000) };
  const at = () => new Date(env.clock()).toISOString();
  const bundle = emptyBundle();

  const orgId = env.newId('organization', tick);
  bundle.organization.push({ id: orgId, slug: 'acme-ml', name: 'Acme ML', createdAt: at() });
  for (const [email, name] of [['ada@acme.test', 'Ada Lovelace'], ['grace@acme.test', 'Grace Hopper'], ['alan@acme.test', 'Alan Turing']]) {
    bundle.appUser.push({ id: env.newId('appUser', tick), email, name, createdAt: at() });
  }
  const projects = [
    { name: 'Support assistant RLHF', types: ['RLHF: Pref Ranking'], models: ['acme-chat-7b', 'acme-chat-13b'], tasks: 36 },
    { name: 'Code review SFT', types: ['SFT'], models: ['acme-code-3b'], tasks: 24 },
  ];
  projects.forEach((p, pi) => {
    const projectId = env.newId('project', tick);
    const createdAt = at();
    bundle.project.push({ id: projectId, organizationId: orgId, name: p.name, description: `Demo project: ${p.name.toLowerCase()}`, source: 'SCALE', externalId: `project_demo${pi + 1}`, typesJson: JSON.stringify(p.types), modelsJson: JSON.stringify(p.models), metadataJson: JSON.stringify({ team: pi ? 'code' : 'support' }), createdAt, updatedAt: createdAt });
    const batches = [
      { name: 'pilot', status: 'COMPLETED' as const, word: 'completed' },
      { name: 'wave-1', status: 'IN_PROGRESS' as const, word: 'in_progress' },
      { name: 'wave-2', status: 'STAGING' as const, word: 'staging' },
    ].map((b) => {
      const id = env.newId('batch', tick);
      const when = at();
      bundle.batch.push({ id, projectId, kind: 'TASKS', name: b.name, status: b.status, sourceStatus: b.word, source: 'SCALE', externalId: `batch_${p.name.slice(0, 4).toLowerCase()}_${b.name}`, callback: 'https://hooks.acme.test/scale', metadataJson: JSON.stringify({ wave: b.name }), createdAt: when, updatedAt: when, completedAt: b.status === 'COMPLETED' ? at() : null });
      return id;
    });
    for (let i = 0; i < p.tasks; i++) {
      const [status, word] = statusFor(random);
      addGenAiTask(bundle, env, { projectId, batchId: batches[i % 2], status, sourceStatus: word, externalId: `task_demo${pi + 1}_${String(i + 1).padStart(3, '0')}` }, { threads: 1 + (i % 2), turns: 2, annotationsPerLevel: 2, chunks: 2 });
    }
  });
  return bundle;
}

/** Writes the demo data set when the database has no organization yet; returns row counts, or null when it left the data alone. */
export async function seedDemoData(db: Database): Promise<Record<string, number> | null> {
  const existing = await db.selectFrom('organization').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  return insertBundle(db, buildDemoData());
}
