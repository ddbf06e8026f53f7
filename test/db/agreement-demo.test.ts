import type { Database } from '../../src/db/database';
import { seedDemoData } from '../../src/demo/seed-demo';
import { createTestDb, DIALECT, type TestDb } from '../support/db';

// The demo's agreement data (issue 19): three annotators of Support assistant RLHF rate the same 30 assistant
// messages and rank the alternatives of 10 turns, mostly agreeing; the owner gives ground truth on some.

describe(`${DIALECT}: the demo's agreement data`, () => {
  let t: TestDb;
  let db: Database;
  const nameOf = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    expect(await seedDemoData(db)).not.toBeNull();
    for (const u of await db.selectFrom('appUser').select(['id', 'name']).execute()) nameOf.set(u.id, u.name);
  });
  afterAll(() => t.destroy());

  const userAnnotations = (key: string, groundTruth: number) =>
    db
      .selectFrom('annotation')
      .select(['authorUserId', 'messageId', 'turnId', 'valueJson', 'possibleValuesJson'])
      .where('key', '=', key)
      .where('authorKind', '=', 'USER')
      .where('groundTruth', '=', groundTruth)
      .execute();

  it('three annotators rate the same 30 messages for quality and helpfulness, mostly agreeing', async () => {
    for (const key of ['quality', 'helpfulness']) {
      const rows = await userAnnotations(key, 0);
      const byAuthor = new Map<string, Map<string, string>>();
      for (const r of rows) {
        if (!byAuthor.has(r.authorUserId!)) byAuthor.set(r.authorUserId!, new Map());
        byAuthor.get(r.authorUserId!)!.set(r.messageId!, r.valueJson!);
      }
      expect([...byAuthor.keys()].map((id) => nameOf.get(id)).sort()).toEqual([
        'Alan Turing',
        'Dorothy Vaughan',
        'Mary Jackson',
      ]);
      const [a, b, c] = [...byAuthor.values()];
      expect([a.size, b.size, c.size]).toEqual([30, 30, 30]);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      expect([...c.keys()].sort()).toEqual([...a.keys()].sort());
      const unanimous = [...a.keys()].filter((m) => a.get(m) === b.get(m) && a.get(m) === c.get(m)).length;
      expect(unanimous).toBeGreaterThan(10); // mostly agreeing...
      expect(unanimous).toBeLessThan(30); // ...but not always
    }
    const values = (await userAnnotations('quality', 0)).map((r) => JSON.parse(r.valueJson!));
    expect(values.every((v) => Number.isInteger(v) && v >= 1 && v <= 5)).toBe(true);
  });

  it('each annotator ranks the alternative replies of 10 turns by their source ids', async () => {
    const rows = await userAnnotations('preference', 0);
    expect(rows).toHaveLength(30);
    const turns = new Set(rows.map((r) => r.turnId));
    expect(turns.size).toBe(10);
    for (const r of rows) {
      const sourceIds = (
        await db
          .selectFrom('message')
          .select('sourceId')
          .where('turnId', '=', r.turnId!)
          .where('role', '=', 'ASSISTANT')
          .orderBy('id')
          .execute()
      ).map((m) => m.sourceId);
      expect(sourceIds.length).toBeGreaterThanOrEqual(2);
      expect(sourceIds.length).toBeLessThanOrEqual(4);
      expect(JSON.parse(r.possibleValuesJson!)).toEqual(sourceIds);
      expect([...JSON.parse(r.valueJson!)].sort()).toEqual([...sourceIds].sort());
    }
  });

  it('the owner gives ground truth on every third rated message', async () => {
    const rows = await userAnnotations('quality', 1);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => nameOf.get(r.authorUserId!)))).toEqual(new Set(['Ada Lovelace']));
  });
});
