import type { Database } from '../../db/database';

export function findPromptProjects(db: Database, promptIds: readonly string[]) {
  return db
    .selectFrom('promptProject')
    .select(['promptId', 'id'])
    .where('promptId', 'in', promptIds)
    .orderBy('id')
    .execute();
}

/** Runs and versions per prompt, and the best version score, in one statement each. */
export async function findPromptStats(db: Database, promptIds: readonly string[]) {
  const runs = await db
    .selectFrom('inferenceRun')
    .select(['promptId', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('promptId', 'in', promptIds)
    .groupBy('promptId')
    .execute();
  const versions = await db
    .selectFrom('promptVersion')
    .select(['promptId', (eb) => eb.fn.countAll<string | number>().as('n'), (eb) => eb.fn.max('score').as('best')])
    .where('promptId', 'in', promptIds)
    .groupBy('promptId')
    .execute();
  return promptIds.map((id) => ({
    runs: Number(runs.find((r) => r.promptId === id)?.n ?? 0),
    versions: Number(versions.find((v) => v.promptId === id)?.n ?? 0),
    best: versions.find((v) => v.promptId === id)?.best ?? null,
  }));
}
