import { demoSecret, hashSecret, secretPrefix } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { emptyBundle, type RowBundle } from '../db/row-bundle';
import type { TaskStatus } from '../graphql/types.generated';
import { createIdFactory } from '../ids';
import type { ScaleTaskRecord } from '../modules/scale/scale-task.schema';
import { DEMO_ACCOUNTS, DEMO_SERVICE_TOKEN } from './demo-accounts';
import type { BuildEnv } from './genai-task-builder';
import { seededRandom } from './random';
import { scaleTaskRecord } from './scale-records';
import { addCorrectionDemo } from './sessions-demo';

// The demo's base: organizations, people, projects and the Scale records they import, built from a fixed seed and
// clock, with no database (seed-demo.ts writes it and then seeds the rest through the API).

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
export type ProjectPlan = {
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
