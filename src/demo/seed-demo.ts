import { demoSecret } from '../auth/tokens';
import type { Database } from '../db/database';
import { insertBundle } from '../db/row-bundle';
import { AGREEMENT_PROJECT, annotatorsOf, seedAgreementDemo } from './agreement-demo';
import { seedCodingDemo } from './coding-demo';
import { buildDemoBase } from './demo-base';
import { DEMO_ACCOUNTS, DEMO_SERVICE_TOKEN, DEMO_SETTING } from './demo-accounts';
import { createDemoClient } from './demo-client';
import {
  countRowsByTable,
  findInstanceSettingValue,
  hasAnyOrganization,
  insertInstanceSetting,
} from './demo.repository';
import { seedGenAiProject } from './genai-project-demo';
import { seedPromptDemo, type SeedEnv } from './prompt-demo';
import { seedSearchDemo } from './sessions-demo';

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
