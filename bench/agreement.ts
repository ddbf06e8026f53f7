// Agreement speed (issue 19, section 3: under 1 s for a project of the bench's scale-1 size with three authors per
// annotated item). A scratch store with one project of 2,500 GenAI tasks (the scale-1 data set's tasks per project):
// 10,000 assistant messages, each rated `quality` 1-5 by three contributors (mostly agreeing) and `verdict` by two.
// Each metric runs through the real Apollo server (project.agreement); the limit is a hand-written pass over the same
// rows: one SQL statement of (target, author, value) and a tally of the values per target, the least any
// implementation must read and count. Figures are medians of `repeats` runs.
// Alone: npx tsx bench/agreement.ts [tasks]
import { performance } from 'node:perf_hooks';
import type { Insertable } from 'kysely';
import type { DB } from '../src/db/types.generated';
import type { Database } from '../src/db/database';
import { newId } from '../src/ids';
import { contributorAuthor } from '../src/modules/annotation/annotation-author';
import { insertGenAiTasks, insertProject } from '../test/support/factories';
import { createTestServer } from '../test/support/server';
import { scratchStore } from './exports';

export const AGREEMENT_LIMIT_SECONDS = 1;
export type AgreementFigure = {
  metric: string;
  level: string;
  items: number;
  authors: number;
  seconds: number;
  limitSeconds: number;
  ratio: number;
  ok: boolean;
};

const CASES = [
  { key: 'quality', metric: 'KRIPPENDORFF_ALPHA', level: 'NOMINAL' },
  { key: 'quality', metric: 'KRIPPENDORFF_ALPHA', level: 'INTERVAL' },
  { key: 'quality', metric: 'FLEISS_KAPPA', level: 'NOMINAL' },
  { key: 'verdict', metric: 'COHEN_KAPPA', level: 'NOMINAL' },
] as const;
const QUERY = `query($p: ID!, $i: AgreementInput!) { node(id: $p) { ... on Project { agreement(input: $i) {
  value items authors pairableValues perAuthor { authorKey value items } } } } }`;

/** A seeded stream of numbers in [0, 1) (mulberry32), so every run rates the same way. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedRatings(db: Database, projectId: string, tasks: number) {
  const bundle = await insertGenAiTasks(db, projectId, tasks, {
    threads: 2,
    turns: 2,
    annotationsPerLevel: 0,
    chunks: 0,
  });
  const threadOf = new Map(bundle.turn.map((t) => [t.id, t.threadId]));
  const taskOf = new Map(bundle.thread.map((t) => [t.id, t.taskId]));
  const random = seeded(19);
  const now = new Date().toISOString();
  const rows: Insertable<DB['annotation']>[] = [];
  for (const m of bundle.message.filter((m) => m.role === 'ASSISTANT')) {
    const threadId = threadOf.get(m.turnId)!;
    const at = { projectId, taskId: taskOf.get(threadId)!, level: 'MESSAGE' as const, threadId, turnId: m.turnId };
    const truth = 1 + Math.floor(random() * 5);
    const rate = (author: string, key: string, value: unknown) =>
      rows.push({
        id: newId('annotation'),
        ...at,
        messageId: m.id,
        source: 'SCALE' as const,
        ...contributorAuthor('SCALE', author),
        key,
        type: key === 'quality' ? ('INTEGER' as const) : ('CATEGORY' as const),
        sourceType: key === 'quality' ? 'integer' : 'category',
        valueJson: JSON.stringify(value),
        createdAt: now,
        updatedAt: now,
      });
    for (const author of ['ann_1', 'ann_2', 'ann_3']) {
      const off = random() < 0.7 ? 0 : random() < 0.5 ? -1 : 1;
      rate(author, 'quality', Math.min(5, Math.max(1, truth + off)));
    }
    for (const author of ['ann_1', 'ann_2']) rate(author, 'verdict', random() < 0.8 === truth >= 3 ? 'good' : 'bad');
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('annotation')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.length;
}

/** The hand-written limit: the rows of one key in one statement, tallied per target. */
async function handWritten(db: Database, projectId: string, key: string) {
  const rows = await db
    .selectFrom('annotation')
    .select(['messageId', 'authorKey', 'valueJson'])
    .where('projectId', '=', projectId)
    .where('key', '=', key)
    .execute();
  const perTarget = new Map<string | null, Map<string | null, number>>();
  for (const r of rows) {
    const counts = perTarget.get(r.messageId) ?? new Map<string | null, number>();
    counts.set(r.valueJson, (counts.get(r.valueJson) ?? 0) + 1);
    perTarget.set(r.messageId, counts);
  }
  return perTarget.size;
}

async function median(repeats: number, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function measureAgreement(
  url: string | undefined,
  tasks = 2500,
  log: (line: string) => void = console.log,
  repeats = 5,
): Promise<AgreementFigure[]> {
  const store = await scratchStore(url, 'agreement');
  try {
    const { projectId, owner } = await insertProject(store.db, 'Agreement bench');
    const annotations = await seedRatings(store.db, projectId, tasks);
    log(`agreement: ${tasks} tasks, ${annotations} annotations`);
    const server = await createTestServer(store.db, {}, { jit: true });
    server.actAs(owner.viewer);
    const figures: AgreementFigure[] = [];
    try {
      for (const c of CASES) {
        let answer: Record<string, any> = {};
        const seconds = await median(repeats, async () => {
          const r = await server.execute(QUERY, { p: projectId, i: { key: c.key, metric: c.metric, level: c.level } });
          if (r.errors) throw new Error(`agreement ${c.metric}: ${JSON.stringify(r.errors)}`);
          answer = r.data!.node.agreement;
        });
        const limitSeconds = await median(repeats, () => handWritten(store.db, projectId, c.key));
        const figure = {
          ...c,
          items: answer.items,
          authors: answer.authors,
          seconds,
          limitSeconds,
          ratio: seconds / limitSeconds,
          ok: seconds < AGREEMENT_LIMIT_SECONDS,
        };
        figures.push(figure);
        log(
          `agreement ${c.metric} ${c.level}: ${answer.items} items, ${answer.authors} authors, value ${Number(answer.value).toFixed(3)}: ${seconds.toFixed(3)} s (hand-written ${limitSeconds.toFixed(3)} s, x${figure.ratio.toFixed(2)})${figure.ok ? '' : ` OVER ${AGREEMENT_LIMIT_SECONDS} s`}`,
        );
      }
    } finally {
      await server.stop();
    }
    return figures;
  } finally {
    await store.db.destroy();
    await store.drop();
  }
}

if (require.main === module)
  measureAgreement(process.env.DATABASE_URL || undefined, Number(process.argv[2] ?? 2500)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
