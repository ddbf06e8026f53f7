import { demoSecret, hashSecret, secretPrefix } from '../auth/tokens';
import type { Database } from '../db/database';
import type { TaskStatus } from '../graphql/types.generated';
import { createIdFactory } from '../ids';
import { DEMO_ACCOUNTS, DEMO_SERVICE_TOKEN, DEMO_SETTING } from './demo-accounts';
import { addGenAiTask, type BuildEnv } from './genai-task-builder';
import { seededRandom } from './random';
import { addCodingDemo } from './coding-demo';
import { addPromptDemo } from './prompt-demo';
import { addCorrectionDemo, addSearchDemo } from './sessions-demo';
import { emptyBundle, insertBundle, type RowBundle } from '../db/row-bundle';

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

const ORGANIZATIONS = [
  {
    slug: 'acme-ml' as const,
    name: 'Acme ML',
    projects: [
      { name: 'Support assistant RLHF', types: ['RLHF: Pref Ranking'], models: ['acme-chat-7b', 'acme-chat-13b'], tasks: 36 },
      { name: 'Code review SFT', types: ['SFT'], models: ['acme-code-3b'], tasks: 24 },
      { name: 'Product reviews ABSA', types: ['Content Understanding'], models: ['reviews-absa-v3'], tasks: 0, demo: 'correction' as const },
      { name: 'Shop search relevance', types: ['Evals'], models: ['shop-embeddings-2'], tasks: 0, demo: 'search' as const },
      { name: 'Reading test coding', types: ['Other'], models: [], tasks: 0, demo: 'coding' as const },
      { name: 'Review sentiment labeling', types: ['Other'], models: [], tasks: 0, demo: 'prompts' as const },
    ],
  },
  { slug: 'globex' as const, name: 'Globex Research', projects: [{ name: 'Search relevance evals', types: ['Evals'], models: ['globex-rank-1'], tasks: 8 }] },
];

/** The demo data set: always the same rows (ids included) for the same code. */
export function buildDemoData(): RowBundle {
  const random = seededRandom(DEMO_SEED);
  let tick = DEMO_EPOCH;
  const ids = createIdFactory(random);
  // Ids take the demo clock's time unless given one: never the wall clock, so every build is the same.
  const env: BuildEnv = { newId: (table, time) => ids(table, time ?? tick), random, clock: () => (tick += 37_000) };
  const at = () => new Date(env.clock()).toISOString();
  const bundle = emptyBundle();

  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const id = env.newId('appUser', tick);
    userIds.set(account.email, id);
    bundle.appUser.push({ id, email: account.email, name: account.name, createdAt: at() });
  }

  for (const org of ORGANIZATIONS) {
    const organizationId = env.newId('organization', tick);
    bundle.organization.push({ id: organizationId, slug: org.slug, name: org.name, createdAt: at() });
    const members = DEMO_ACCOUNTS.filter((a) => a.organization === org.slug);
    for (const m of members) {
      bundle.organizationMember.push({ id: env.newId('organizationMember', tick), organizationId, userId: userIds.get(m.email)!, role: m.organizationRole, createdAt: at() });
    }
    if (org.slug === DEMO_SERVICE_TOKEN.organization) {
      const secret = demoSecret(DEMO_SERVICE_TOKEN.key);
      bundle.apiToken.push({ id: env.newId('apiToken', tick), name: DEMO_SERVICE_TOKEN.name, tokenHash: hashSecret(secret), prefix: secretPrefix(secret), organizationId, serviceRole: DEMO_SERVICE_TOKEN.role, createdAt: at() });
    }
    org.projects.forEach((p, pi) => {
      const projectId = env.newId('project', tick);
      const createdAt = at();
      bundle.project.push({ id: projectId, organizationId, name: p.name, description: `Demo project: ${p.name.toLowerCase()}`, source: 'SCALE', externalId: `project_${org.slug}_${pi + 1}`, typesJson: JSON.stringify(p.types), modelsJson: JSON.stringify(p.models), metadataJson: JSON.stringify({ team: p.types[0] }), createdAt, updatedAt: createdAt });
      for (const m of members.filter((a) => a.projectRoles[pi])) {
        bundle.projectMember.push({ id: env.newId('projectMember', tick), projectId, userId: userIds.get(m.email)!, role: m.projectRoles[pi], createdAt: at() });
      }
      const batches = [
        { name: 'pilot', status: 'COMPLETED' as const, word: 'completed' },
        { name: 'wave-1', status: 'IN_PROGRESS' as const, word: 'in_progress' },
        { name: 'wave-2', status: 'STAGING' as const, word: 'staging' },
      ].map((b) => {
        const id = env.newId('batch', tick);
        const when = at();
        bundle.batch.push({ id, projectId, kind: 'TASKS', name: b.name, status: b.status, sourceStatus: b.word, source: 'SCALE', externalId: `batch_${org.slug}_${pi + 1}_${b.name}`, callback: 'https://hooks.example.test/scale', metadataJson: JSON.stringify({ wave: b.name }), createdAt: when, updatedAt: when, completedAt: b.status === 'COMPLETED' ? at() : null });
        return id;
      });
      if ('demo' in p && p.demo === 'correction') addCorrectionDemo(bundle, env, projectId, userIds.get('ada@acme.test')!);
      if ('demo' in p && p.demo === 'search') addSearchDemo(bundle, env, projectId);
      if ('demo' in p && p.demo === 'coding') addCodingDemo(bundle, env, projectId, userIds.get('ada@acme.test')!);
      if ('demo' in p && p.demo === 'prompts') addPromptDemo(bundle, env, organizationId, projectId, userIds.get('ada@acme.test')!);
      for (let i = 0; i < p.tasks; i++) {
        const [status, word] = statusFor(random);
        const externalId = `task_${org.slug.replace('-', '')}${pi + 1}_${String(i + 1).padStart(3, '0')}`;
        addGenAiTask(bundle, env, { projectId, batchId: batches[i % 2], status, sourceStatus: word, externalId }, { threads: 1 + (i % 2), turns: 2, annotationsPerLevel: 2, chunks: 2 });
      }
    });
  }
  for (const account of DEMO_ACCOUNTS) {
    const secret = demoSecret(account.email);
    bundle.apiToken.push({ id: env.newId('apiToken', tick), name: 'demo', tokenHash: hashSecret(secret), prefix: secretPrefix(secret), userId: userIds.get(account.email)!, createdAt: at() });
  }
  bundle.instanceSetting.push(DEMO_SETTING);
  return bundle;
}

/** Writes the demo data set when the database has no organization yet; returns row counts, or null when it left the data alone. */
export async function seedDemoData(db: Database): Promise<Record<string, number> | null> {
  const existing = await db.selectFrom('organization').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  return insertBundle(db, buildDemoData());
}

/** Demo mode: the demo seeder wrote this database (D5). Production never asks. */
export async function isDemoDatabase(db: Database): Promise<boolean> {
  const row = await db.selectFrom('instanceSetting').select('value').where('key', '=', DEMO_SETTING.key).executeTakeFirst();
  return row?.value === DEMO_SETTING.value;
}

/** The demo's tokens, derived again (they are stored only as hashes). */
export function demoTokens() {
  return [
    ...DEMO_ACCOUNTS.map((a) => ({ who: `${a.name} <${a.email}>`, summary: a.summary, secret: demoSecret(a.email) })),
    { who: `service token "${DEMO_SERVICE_TOKEN.name}"`, summary: `${DEMO_SERVICE_TOKEN.role} on every Acme ML project`, secret: demoSecret(DEMO_SERVICE_TOKEN.key) },
  ];
}

