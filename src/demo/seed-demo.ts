import { demoSecret, hashSecret, secretPrefix } from '../auth/tokens';
import type { Database } from '../db/database';
import type { TaskStatus } from '../graphql/types.generated';
import { createIdFactory } from '../ids';
import { DEMO_ACCOUNTS, DEMO_SERVICE_TOKEN, DEMO_SETTING } from './demo-accounts';
import type { BuildEnv } from './genai-task-builder';
import { seededRandom } from './random';
import { seedCodingDemo } from './coding-demo';
import { AGREEMENT_PROJECT, annotatorsOf, seedAgreementDemo } from './agreement-demo';
import { seedPromptDemo, type SeedEnv } from './prompt-demo';
import { addCorrectionDemo, seedSearchDemo } from './sessions-demo';
import { emptyBundle, insertBundle, type RowBundle } from '../db/row-bundle';
import type { Viewer } from '../auth/viewer';
import type { ScaleTaskRecord } from '../modules/scale/scale-task.schema';
import { createDemoClient } from './demo-client';
import {
  countRowsByTable,
  findInstanceSettingValue,
  hasAnyOrganization,
  hasOpenTaskInBatch,
  insertInstanceSetting,
  markBatchCompletedIfInProgress,
} from './demo.repository';
import { scaleTaskRecord } from './scale-records';

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
      {
        name: 'Support assistant RLHF',
        types: ['RLHF: Pref Ranking'],
        models: ['acme-chat-7b', 'acme-chat-13b'],
        tasks: 36,
      },
      { name: 'Code review SFT', types: ['SFT'], models: ['acme-code-3b'], tasks: 24 },
      {
        name: 'Product reviews ABSA',
        types: ['Content Understanding'],
        models: ['reviews-absa-v3'],
        tasks: 0,
        demo: 'correction' as const,
      },
      {
        name: 'Shop search relevance',
        types: ['Evals'],
        models: ['shop-embeddings-2'],
        tasks: 0,
        demo: 'search' as const,
      },
      { name: 'Reading test coding', types: ['Other'], models: [], tasks: 0, demo: 'coding' as const },
      { name: 'Review sentiment labeling', types: ['Other'], models: [], tasks: 0, demo: 'prompts' as const },
    ],
  },
  {
    slug: 'globex' as const,
    name: 'Globex Research',
    projects: [{ name: 'Search relevance evals', types: ['Evals'], models: ['globex-rank-1'], tasks: 8 }],
  },
];

/** What the demo seeds through the API after its base rows, per project. */
type ProjectPlan = {
  projectId: string;
  organizationId: string;
  index: number;
  owner: string;
  demo?: 'correction' | 'search' | 'coding' | 'prompts';
  records: ScaleTaskRecord[];
};

export type DemoBase = {
  /** Rows with no service behind them: organizations, people, memberships, projects, derived tokens, the classifier and its documents. */
  bundle: RowBundle;
  projects: ProjectPlan[];
  /** Each organization's OWNER (Ada, Marie) acts for the demo in it, as a person with their demo token; by email (the release worker by its key). */
  actors: Map<string, Viewer>;
  /** The demo clock's time when the base was built: the pilot batches end then. */
  pilotCompletedAt: string;
};

/**
 * The demo's base rows and the Scale records it imports: always the same for the same code (ids of the base rows
 * included). Everything else is written by seedDemoData through the API and the workers.
 */
export function buildDemoBase(): DemoBase {
  const random = seededRandom(DEMO_SEED);
  let tick = DEMO_EPOCH;
  const ids = createIdFactory(random);
  // Ids take the demo clock's time unless given one: never the wall clock, so every build is the same.
  const env: BuildEnv = { newId: (table, time) => ids(table, time ?? tick), random, clock: () => (tick += 37_000) };
  const at = () => new Date(env.clock()).toISOString();
  const bundle = emptyBundle();
  const projects: ProjectPlan[] = [];

  let serviceViewer: Viewer | undefined;
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
      bundle.organizationMember.push({
        id: env.newId('organizationMember', tick),
        organizationId,
        userId: userIds.get(m.email)!,
        role: m.organizationRole,
        createdAt: at(),
      });
    }
    if (org.slug === DEMO_SERVICE_TOKEN.organization) {
      const secret = demoSecret(DEMO_SERVICE_TOKEN.key);
      const id = env.newId('apiToken', tick);
      serviceViewer = { kind: 'service', tokenId: id, organizationId, role: DEMO_SERVICE_TOKEN.role };
      bundle.apiToken.push({
        id,
        name: DEMO_SERVICE_TOKEN.name,
        tokenHash: hashSecret(secret),
        prefix: secretPrefix(secret),
        organizationId,
        serviceRole: DEMO_SERVICE_TOKEN.role,
        createdAt: at(),
      });
    }
    org.projects.forEach((p, pi) => {
      const projectId = env.newId('project', tick);
      const createdAt = at();
      bundle.project.push({
        id: projectId,
        organizationId,
        name: p.name,
        description: `Demo project: ${p.name.toLowerCase()}`,
        source: 'SCALE',
        externalId: `project_${org.slug}_${pi + 1}`,
        typesJson: JSON.stringify(p.types),
        modelsJson: JSON.stringify(p.models),
        metadataJson: JSON.stringify({ team: p.types[0] }),
        createdAt,
        updatedAt: createdAt,
      });
      for (const m of members.filter((a) => a.projectRoles[pi])) {
        bundle.projectMember.push({
          id: env.newId('projectMember', tick),
          projectId,
          userId: userIds.get(m.email)!,
          role: m.projectRoles[pi],
          createdAt: at(),
        });
      }
      const demo = ('demo' in p ? p.demo : undefined) as ProjectPlan['demo'];
      // DeepOpinion's classifier, its documents and the sessions reviewing it: imported data no service writes.
      if (demo === 'correction') addCorrectionDemo(bundle, env, projectId, userIds.get('ada@acme.test')!);
      const records: ScaleTaskRecord[] = [];
      for (let i = 0; i < p.tasks; i++) {
        const [status, word] = statusFor(random);
        const externalId = `task_${org.slug.replace('-', '')}${pi + 1}_${String(i + 1).padStart(3, '0')}`;
        // The pilot batch is over: only finished tasks are in it; open ones are in wave-1 (wave-2 is still staging).
        const batch = i % 2 === 0 && status !== 'PENDING' ? 'pilot' : 'wave-1';
        records.push(
          scaleTaskRecord(
            env,
            { externalId, status: word as ScaleTaskRecord['status'], batch },
            { threads: 1 + (i % 2), turns: 2, annotationsPerLevel: 2, chunks: 2 },
          ),
        );
      }
      projects.push({
        projectId,
        organizationId,
        index: pi,
        owner: members.find((m) => m.organizationRole === 'OWNER')!.email,
        demo,
        records,
      });
    });
  }
  const tokenIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const secret = demoSecret(account.email);
    const id = env.newId('apiToken', tick);
    tokenIds.set(account.email, id);
    bundle.apiToken.push({
      id,
      name: 'demo',
      tokenHash: hashSecret(secret),
      prefix: secretPrefix(secret),
      userId: userIds.get(account.email)!,
      createdAt: at(),
    });
  }
  const actors = new Map<string, Viewer>(
    DEMO_ACCOUNTS.map((a) => [
      a.email,
      { kind: 'user', tokenId: tokenIds.get(a.email)!, userId: userIds.get(a.email)! },
    ]),
  );
  actors.set(DEMO_SERVICE_TOKEN.key, serviceViewer!);
  return { bundle, projects, actors, pilotCompletedAt: at() };
}

const BATCHES = [
  { name: 'pilot', staging: false },
  { name: 'wave-1', staging: false },
  { name: 'wave-2', staging: true },
];

/** The demo's seeding worker: what it leaves running, it holds this long (the server's worker takes over after). */
export const DEMO_WORKER = { workerId: 'demo-seeder', leaseMs: 30_000 };

/**
 * Writes the demo data set when the database has no organization yet; returns row counts, or null when it left the
 * data alone. The base rows go in directly; everything a user could make is made by the API (GraphQL mutations as
 * Ada, through the real schema) and by the workers, so the demo says what the services would say.
 */
export async function seedDemoData(db: Database): Promise<Record<string, number> | null> {
  if (await hasAnyOrganization(db)) return null;
  const base = buildDemoBase();
  await insertBundle(db, base.bundle);
  const client = await createDemoClient(db);
  try {
    for (const project of base.projects) {
      const env: SeedEnv = { gql: client.gql, db, as: base.actors.get(project.owner)!, ...DEMO_WORKER };
      if (project.records.length) await seedGenAiProject(env, project, base.pilotCompletedAt);
      if (project.owner === AGREEMENT_PROJECT.owner && project.index === AGREEMENT_PROJECT.index)
        await seedAgreementDemo(env, project.projectId, annotatorsOf(base.actors, AGREEMENT_PROJECT));
      if (project.demo === 'search')
        await seedSearchDemo(env, base.actors.get(DEMO_SERVICE_TOKEN.key)!, project.projectId);
      if (project.demo === 'coding') await seedCodingDemo(env, project.projectId);
      if (project.demo === 'prompts') await seedPromptDemo(env, project.organizationId, project.projectId);
    }
  } catch (error) {
    // The base rows are in: this database is neither empty (it is not seeded again) nor a demo (no demo mode).
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`the demo seeding stopped after its base rows; drop this database and start again. ${cause}`, {
      cause: error,
    });
  } finally {
    await client.stop();
  }
  await insertInstanceSetting(db, DEMO_SETTING);
  return countRowsByTable(db);
}

/** Batches by batchCreate, tasks by taskImportScale; the pilot batch, all of whose tasks ended, is then COMPLETED. */
async function seedGenAiProject(env: SeedEnv, project: ProjectPlan, pilotCompletedAt: string): Promise<void> {
  const { gql, as } = env;
  const batchIds = new Map<string, string>();
  for (const b of BATCHES) {
    const { batchCreate } = await gql(
      as,
      `mutation($input: BatchCreateInput!) { batchCreate(input: $input) { batch { id } userErrors { field message code } } }`,
      {
        input: {
          projectId: project.projectId,
          name: b.name,
          staging: b.staging,
          callback: 'https://hooks.example.test/scale',
          metadata: { wave: b.name },
        },
      },
    );
    batchIds.set(b.name, batchCreate.batch.id);
  }
  const { taskImportScale } = await gql(
    as,
    `mutation($input: TaskImportScaleInput!) { taskImportScale(input: $input) { summary { created failed failures { line reason } } userErrors { field message code } } }`,
    { input: { projectId: project.projectId, tasks: project.records } },
  );
  if (taskImportScale.summary.failed || taskImportScale.summary.created !== project.records.length) {
    throw new Error(`demo seeding: the import refused ${JSON.stringify(taskImportScale.summary)}`);
  }
  // No mutation completes a batch (Scale does it when its work is done): the one direct write of a status here,
  // guarded by what it claims: no task of the batch is still open.
  const pilot = batchIds.get('pilot')!;
  if (await hasOpenTaskInBatch(env.db, pilot)) throw new Error('demo seeding: the pilot batch has an open task');
  await markBatchCompletedIfInProgress(env.db, pilot, pilotCompletedAt);
}

/** Demo mode: the demo seeder wrote this database (D5). Production never asks. */
export async function isDemoDatabase(db: Database): Promise<boolean> {
  const row = await findInstanceSettingValue(db, DEMO_SETTING.key);
  return row?.value === DEMO_SETTING.value;
}

/** The demo's tokens, derived again (they are stored only as hashes). */
export function demoTokens() {
  return [
    ...DEMO_ACCOUNTS.map((a) => ({ who: `${a.name} <${a.email}>`, summary: a.summary, secret: demoSecret(a.email) })),
    {
      who: `service token "${DEMO_SERVICE_TOKEN.name}"`,
      summary: `${DEMO_SERVICE_TOKEN.role} on every Acme ML project`,
      secret: demoSecret(DEMO_SERVICE_TOKEN.key),
    },
  ];
}
