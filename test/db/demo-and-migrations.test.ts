import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { migrations } from '../../src/db/migrations';
import { buildDemoData, seedDemoData } from '../../src/demo/seed-demo';
import { TABLE_ORDER } from '../../src/db/row-bundle';
import { createTestDb, DIALECT } from '../support/db';

describe(`${DIALECT}: migrations and demo data`, () => {
  it('builds the same demo data, ids included, on every run', () => {
    const a = buildDemoData();
    const b = buildDemoData();
    expect(a).toEqual(b);
    expect(a.task.length).toBeGreaterThan(50);
    const statuses = new Set(a.task.map((r) => r.status));
    expect(statuses).toEqual(new Set(['COMPLETED', 'PENDING', 'FAILED', 'CANCELED', 'IN_PROGRESS']));
    // The coding demo: a trained coder, and finished, running and aborted coding tasks.
    const coding = a.task.filter((r) => r.kind === 'CODING');
    expect(new Set(coding.map((r) => r.status))).toEqual(new Set(['COMPLETED', 'IN_PROGRESS', 'CANCELED']));
    expect(a.coder.some((c) => c.kind === 'CODING' && c.modelJson)).toBe(true);
    // Sessions of both kinds in several states.
    expect(new Set(a.correctionSession.map((s) => s.status))).toEqual(new Set(['FINISHED', 'ANNOTATING', 'STARTED']));
    expect(new Set(a.batch.filter((b) => b.kind === 'SESSIONS').map((b) => b.status))).toEqual(new Set(['RELEASED', 'COLLECTING']));
    // Prompts with versions and runs in every status.
    expect(a.promptVersion.length).toBeGreaterThan(1);
    expect(new Set(a.inferenceRun.map((r) => r.status))).toEqual(new Set(['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED']));
  });

  it('seeds an empty database once and leaves a non-empty one alone', async () => {
    const t = await createTestDb();
    try {
      const written = await seedDemoData(t.db);
      const demo = buildDemoData();
      for (const table of TABLE_ORDER) {
        const { n } = await t.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
        expect(Number(n)).toBe(demo[table].length);
        expect(written![table]).toBe(demo[table].length);
      }
      expect(await seedDemoData(t.db)).toBeNull();
    } finally {
      await t.destroy();
    }
  });

  it('migrates down to nothing and up again', async () => {
    const t = await createTestDb();
    try {
      const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations }, migrationTableSchema: t.schema });
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      const up = await migrator.migrateToLatest();
      expect(up.error).toBeUndefined();
      expect(up.results?.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => 'Success'));
    } finally {
      await t.destroy();
    }
  });

  // Matched by message: a driver error made in another jest module registry is not `instanceof Error` here.
  it('enforces foreign keys and checks (a half-valid row is refused)', async () => {
    const t = await createTestDb();
    try {
      const now = new Date().toISOString();
      await expect(
        t.db.insertInto('project').values({ id: 'proj_X', organizationId: 'org_missing', name: 'x', source: 'ANNOGRAPH', createdAt: now, updatedAt: now }).execute(),
      ).rejects.toMatchObject({ message: expect.stringMatching(/foreign key/i) });
      await t.db.insertInto('organization').values({ id: 'org_A', slug: 'a', name: 'A', createdAt: now }).execute();
      await expect(
        t.db.insertInto('project').values({ id: 'proj_Y', organizationId: 'org_A', name: 'y', source: 'NOWHERE' as never, createdAt: now, updatedAt: now }).execute(),
      ).rejects.toMatchObject({ message: expect.stringMatching(/check constraint/i) });
    } finally {
      await t.destroy();
    }
  });
});
