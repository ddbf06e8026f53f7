import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { migrations } from '../../src/db/migrations';
import { seedDemoData } from '../../src/demo/seed-demo';
import type { Database } from '../../src/db/database';
import { TABLE_ORDER } from '../../src/db/row-bundle';
import { createTestDb, DIALECT, type TestDb } from '../support/db';

const ROW_ID = /\b([a-z]+)_([0-9A-HJKMNP-TV-Z]{26})\b/g;
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/**
 * Every row of every table, with each id replaced by its table's prefix and its rank among that table's ids
 * (ULIDs sort in creation order) and each instant blanked: two seeds made the same data when their dumps agree.
 */
async function normalizedDump(db: Database): Promise<Record<string, string[]>> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of TABLE_ORDER) tables[table] = await db.selectFrom(table).selectAll().execute();
  const rank = new Map<string, string>();
  for (const rows of Object.values(tables)) {
    const ids = rows
      .map((r) => r.id)
      .filter((id): id is string => typeof id === 'string')
      .sort();
    ids.forEach((id, i) => rank.set(id, `${id.split('_')[0]}#${i}`));
  }
  // A service may name a row by a piece of its own id (a sessions batch is `sessions <the id's tail>`).
  const normalize = (value: unknown, ownTail: string | null) => {
    if (value instanceof Date) return 'INSTANT';
    if (typeof value !== 'string') return value;
    // Ids first: an id whose tail is all digits (lowercasing leaves it as it is) would otherwise lose its tail.
    const ranked = value.replace(ROW_ID, (id) => rank.get(id) ?? 'UNKNOWN_ID').replace(INSTANT, 'INSTANT');
    return ownTail ? ranked.split(ownTail).join('OWN_ID_TAIL') : ranked;
  };
  const dump: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(tables)) {
    dump[table] = rows
      .map((r) => {
        const ownTail = typeof r.id === 'string' ? r.id.slice(-10).toLowerCase() : null;
        return JSON.stringify(
          Object.fromEntries(
            Object.entries(r)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, normalize(v, ownTail)]),
          ),
        );
      })
      .sort();
  }
  return dump;
}

describe(`${DIALECT}: migrations and demo data`, () => {
  it('seeds the same demo data on every run (ids and times aside: the API makes them), in every status', async () => {
    const [a, b] = [await createTestDb(), await createTestDb()];
    try {
      await seedDemoData(a.db);
      await seedDemoData(b.db);
      const [dumpA, dumpB] = [await normalizedDump(a.db), await normalizedDump(b.db)];
      expect(dumpA).toEqual(dumpB);
      // The base rows (people, organizations, projects, tokens) keep their ids on every machine.
      const ids = async (t: TestDb) =>
        (await t.db.selectFrom('project').select(['id', 'name']).orderBy('id').execute()).map(
          (r) => `${r.id} ${r.name}`,
        );
      expect(await ids(a)).toEqual(await ids(b));

      const tasks = await a.db.selectFrom('task').select(['kind', 'status']).execute();
      expect(tasks.length).toBeGreaterThan(50);
      expect(new Set(tasks.map((r) => r.status))).toEqual(
        new Set(['COMPLETED', 'PENDING', 'FAILED', 'CANCELED', 'IN_PROGRESS']),
      );
      // The coding demo: a trained coder, and finished, running and aborted coding tasks.
      expect(new Set(tasks.filter((r) => r.kind === 'CODING').map((r) => r.status))).toEqual(
        new Set(['COMPLETED', 'IN_PROGRESS', 'CANCELED']),
      );
      const coders = await a.db.selectFrom('coder').select(['kind', 'modelJson']).execute();
      expect(coders.some((c) => c.kind === 'CODING' && c.modelJson)).toBe(true);
      // Sessions of both kinds in several states.
      expect(
        new Set((await a.db.selectFrom('correctionSession').select('status').execute()).map((s) => s.status)),
      ).toEqual(new Set(['FINISHED', 'ANNOTATING', 'STARTED']));
      expect(
        new Set(
          (await a.db.selectFrom('batch').select('status').where('kind', '=', 'SESSIONS').execute()).map(
            (s) => s.status,
          ),
        ),
      ).toEqual(new Set(['RELEASED', 'COLLECTING']));
      // Prompts with versions and runs in every status (until the server's worker picks up the pending and the running one).
      expect((await a.db.selectFrom('promptVersion').select('id').execute()).length).toBeGreaterThan(1);
      expect(new Set((await a.db.selectFrom('inferenceRun').select('status').execute()).map((r) => r.status))).toEqual(
        new Set(['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED']),
      );
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  it('seeds an empty database once and leaves a non-empty one alone', async () => {
    const t = await createTestDb();
    try {
      const written = await seedDemoData(t.db);
      for (const table of TABLE_ORDER) {
        const { n } = await t.db
          .selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow();
        expect({ table, n: Number(n) }).toEqual({ table, n: written![table] });
      }
      expect(written!.task).toBeGreaterThan(50);
      expect(await seedDemoData(t.db)).toBeNull();
      const { n } = await t.db
        .selectFrom('task')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n)).toBe(written!.task);
    } finally {
      await t.destroy();
    }
  });

  it('migrates down to nothing and up again', async () => {
    const t = await createTestDb();
    try {
      const migrator = new Migrator({
        db: t.db,
        provider: { getMigrations: async () => migrations },
        migrationTableSchema: t.schema,
      });
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
        t.db
          .insertInto('project')
          .values({
            id: 'proj_X',
            organizationId: 'org_missing',
            name: 'x',
            source: 'ANNOGRAPH',
            createdAt: now,
            updatedAt: now,
          })
          .execute(),
      ).rejects.toMatchObject({ message: expect.stringMatching(/foreign key/i) });
      await t.db.insertInto('organization').values({ id: 'org_A', slug: 'a', name: 'A', createdAt: now }).execute();
      await expect(
        t.db
          .insertInto('project')
          .values({
            id: 'proj_Y',
            organizationId: 'org_A',
            name: 'y',
            source: 'NOWHERE' as never,
            createdAt: now,
            updatedAt: now,
          })
          .execute(),
      ).rejects.toMatchObject({ message: expect.stringMatching(/check constraint/i) });
    } finally {
      await t.destroy();
    }
  });
});
