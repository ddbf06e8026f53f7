import type { Viewer } from '../auth/viewer';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { ScaleTaskRecord } from '../modules/scale/scale-task.schema';
import { ANSWERS, PROMPTS } from './genai-content';
import type { SeedEnv } from './prompt-demo';
import { intBetween, seededRandom } from './random';

// Three annotators rate the same assistant messages (issue 19), so agreement and preference exports have data on
// first start. The tasks are pending (annotationCreate writes only to open tasks) and outside any batch. Each
// task's first turn has 2-4 alternative assistant replies, named by their `source_id`; a RANKED_CHOICES
// `preference` on the turn ranks those source ids, best first (possible_values: all of them, in message order).

const SEED = 20261207; // its own sequence: the rest of the demo stays as it was
const TASKS = 10;
const RATED_MESSAGES = 30;
const HELPFULNESS = ['unhelpful', 'partly_helpful', 'helpful'];
/** Ada's ground truth: every third rated message. */
const GROUND_TRUTH_EVERY = 3;

type Alternative = { sourceId: string; text: string; quality: number };
type PlannedTurn = { prompt: string; alternatives: Alternative[] };

const externalId = (i: number) => `task_agree_${String(i + 1).padStart(2, '0')}`;

function planTurns(random: () => number): PlannedTurn[][] {
  return Array.from({ length: TASKS }, (_t, i) =>
    [2 + (i % 3), 1].map((count) => {
      const topic = intBetween(random, 0, PROMPTS.length - 1);
      return {
        prompt: PROMPTS[topic],
        alternatives: Array.from({ length: count }, (_a, k) => ({
          sourceId: `source_reply_${String.fromCharCode(97 + k)}`,
          text: k === 0 ? ANSWERS[topic] : `${ANSWERS[topic]} (variant ${k + 1})`,
          quality: intBetween(random, 2, 5), // what a careful rater would say
        })),
      };
    }),
  );
}

function scaleRecord(i: number, turns: PlannedTurn[]): ScaleTaskRecord {
  return {
    task_id: externalId(i),
    status: 'pending',
    created_at: '2026-11-20T09:00:00.000Z',
    metadata: { purpose: 'inter-annotator agreement' },
    threads: [
      {
        id: `thread_agree_${i}`,
        turns: turns.map((turn, u) => ({
          id: `turn_agree_${i}_${u}`,
          messages: [
            { role: 'user' as const, content: { text: turn.prompt } },
            ...turn.alternatives.map((a) => ({
              role: 'assistant' as const,
              source_id: a.sourceId,
              content: { text: a.text },
            })),
          ],
        })),
      },
    ],
  };
}

/** A rater's quality: mostly the careful one, sometimes one step off (kept within 1-5). */
function rate(random: () => number, quality: number): number {
  const roll = random();
  if (roll < 0.72) return quality;
  return Math.min(5, Math.max(1, quality + (roll < 0.86 ? -1 : 1)));
}

const helpfulnessOf = (quality: number) => HELPFULNESS[quality >= 4 ? 2 : quality === 3 ? 1 : 0];

/** Best first by the careful quality; a rater sometimes swaps two neighbours. */
function rank(random: () => number, alternatives: Alternative[]): string[] {
  const order = [...alternatives].sort((a, b) => b.quality - a.quality).map((a) => a.sourceId);
  if (random() < 0.3) {
    const k = intBetween(random, 0, order.length - 2);
    [order[k], order[k + 1]] = [order[k + 1], order[k]];
  }
  return order;
}

const CREATE = `mutation($input: AnnotationCreateInput!) { annotationCreate(input: $input) { annotation { id } userErrors { field message code } } }`;
const TURNS = `query($p: ID!, $e: String!) { project(id: $p) { tasks(first: 1, filter: { externalId: $e }) { nodes {
  threads(first: 1) { nodes { turns(first: 5) { nodes { id messages(first: 10) { nodes { id role sourceId } } } } } } } } } }`;

/**
 * Imports the agreement tasks as the owner, then has each annotator rate the first 30 assistant messages
 * (`quality` 1-5, `helpfulness`) and rank every turn's alternatives (`preference`); the owner adds ground truth.
 */
export async function seedAgreementDemo(env: SeedEnv, projectId: string, annotators: Viewer[]): Promise<void> {
  const random = seededRandom(SEED);
  const plan = planTurns(random);
  await env.gql(
    env.as,
    `mutation($input: TaskImportScaleInput!) { taskImportScale(input: $input) { summary { created } userErrors { field message code } } }`,
    { input: { projectId, tasks: plan.map((turns, i) => scaleRecord(i, turns)) } },
  );
  const rated: { messageId: string; quality: number }[] = [];
  const ranked: { turnId: string; alternatives: Alternative[] }[] = [];
  for (let i = 0; i < TASKS; i++) {
    const data = await env.gql(env.as, TURNS, { p: projectId, e: externalId(i) });
    const turns = data.project.tasks.nodes[0].threads.nodes[0].turns.nodes;
    turns.forEach((turn: any, u: number) => {
      const alternatives = plan[i][u].alternatives;
      const replies = turn.messages.nodes.filter((m: any) => m.role === 'ASSISTANT');
      replies.forEach((m: any, k: number) => rated.push({ messageId: m.id, quality: alternatives[k].quality }));
      if (alternatives.length > 1) ranked.push({ turnId: turn.id, alternatives });
    });
  }
  const create = (as: Viewer, input: Record<string, unknown>) => env.gql(as, CREATE, { input });
  for (const annotator of annotators) {
    for (const { messageId, quality } of rated.slice(0, RATED_MESSAGES)) {
      const value = rate(random, quality);
      await create(annotator, {
        targetId: messageId,
        key: 'quality',
        type: 'INTEGER',
        value,
        possibleValues: [1, 2, 3, 4, 5],
      });
      await create(annotator, {
        targetId: messageId,
        key: 'helpfulness',
        type: 'CATEGORY',
        value: helpfulnessOf(value),
        possibleValues: HELPFULNESS,
      });
    }
    for (const { turnId, alternatives } of ranked) {
      await create(annotator, {
        targetId: turnId,
        key: 'preference',
        type: 'RANKED_CHOICES',
        value: rank(random, alternatives),
        possibleValues: alternatives.map((a) => a.sourceId),
      });
    }
  }
  for (const [n, { messageId, quality }] of rated.slice(0, RATED_MESSAGES).entries()) {
    if (n % GROUND_TRUTH_EVERY !== 0) continue;
    await create(env.as, { targetId: messageId, key: 'quality', type: 'INTEGER', value: quality, groundTruth: true });
  }
}

/** Where the agreement demo goes: Acme ML's Support assistant RLHF (Ada owns it), whose three annotators rate it. */
export const AGREEMENT_PROJECT = { organization: 'acme-ml', owner: 'ada@acme.test', index: 0 } as const;

/** The demo's annotators of that project, as their viewers. */
export function annotatorsOf(actors: Map<string, Viewer>, where: typeof AGREEMENT_PROJECT): Viewer[] {
  return DEMO_ACCOUNTS.filter(
    (a) => a.organization === where.organization && a.projectRoles[where.index] === 'ANNOTATOR',
  ).map((a) => actors.get(a.email)!);
}
