import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import { isOneOf } from '../../db/one-of';
import type { DB } from '../../db/types.generated';

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

type Prompts = DB['prompt'];
type Versions = DB['promptVersion'];

/** The organization of each project that exists, by project id: one statement for all of them. */
export async function findProjectOrganizationIds(db: Database, projectIds: readonly string[]) {
  if (projectIds.length === 0) return new Map<string, string>();
  // The ids as one bound value: any number of them fits in one statement on both stores.
  const rows = await db
    .selectFrom('project')
    .select(['id', 'organizationId'])
    .where(isOneOf(db, 'project.id', projectIds))
    .execute();
  return new Map(rows.map((r) => [r.id, r.organizationId]));
}

export function insertPrompt(db: Database, prompt: Insertable<Prompts>) {
  return db.insertInto('prompt').values(prompt).returningAll().executeTakeFirstOrThrow();
}

export function updatePrompt(db: Database, id: string, set: Updateable<Prompts>) {
  return db.updateTable('prompt').set(set).where('id', '=', id).returningAll().executeTakeFirst();
}

export function deletePrompt(db: Database, id: string) {
  return db.deleteFrom('prompt').where('id', '=', id).returning('id').executeTakeFirst();
}

/** Links a prompt to projects (none: no statement). */
export async function insertPromptProjects(db: Database, promptId: string, projectIds: readonly string[]) {
  if (projectIds.length === 0) return;
  await db
    .insertInto('promptProject')
    .values(projectIds.map((id) => ({ promptId, id })))
    .execute();
}

export async function deletePromptProjects(db: Database, promptId: string) {
  await db.deleteFrom('promptProject').where('promptId', '=', promptId).execute();
}

export function insertPromptVersion(db: Database, version: Insertable<Versions>) {
  return db.insertInto('promptVersion').values(version).returningAll().executeTakeFirstOrThrow();
}

export function updatePromptVersion(db: Database, id: string, set: Updateable<Versions>) {
  return db.updateTable('promptVersion').set(set).where('id', '=', id).returningAll().executeTakeFirst();
}

export function deletePromptVersion(db: Database, id: string) {
  return db.deleteFrom('promptVersion').where('id', '=', id).returning('id').executeTakeFirst();
}

/** Stores a connection; its apiKey is written here and read only by the inference worker, never returned. */
export function insertProviderConnection(db: Database, connection: Insertable<DB['providerConnection']>) {
  return db.insertInto('providerConnection').values(connection).returningAll().executeTakeFirstOrThrow();
}
