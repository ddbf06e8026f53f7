import fs from 'node:fs';
import path from 'node:path';
import { bulkInsert } from '../../src/db/bulk-insert';
import { newId } from '../../src/ids';
import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

// bulkInsert (src/db/bulk-insert.ts): the rows written as given, a column a row leaves out at its default, and a
// few statements whatever the number of rows.
describe(`${DIALECT}: bulkInsert`, () => {
  let t: TestDb;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    t = await createTestDb();
    ({ projectId } = await insertProject(t.db, 'Bulk'));
    await importScaleTasks(t.db, projectId, [{ line: 1, value: SEED }]);
    taskId = (await t.db.selectFrom('task').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.destroy());

  const threads = (n: number, tag: string) =>
    Array.from({ length: n }, (_v, i) => ({
      id: newId('thread'),
      projectId,
      taskId,
      externalId: i % 3 === 0 ? null : `${tag}_${i}`,
      // Every other row leaves submissions out: the column's default ('[]'), not NULL.
      submissionsJson: i % 2 ? undefined : JSON.stringify([{ contributorId: `c${i}`, note: 'it\'s "quoted"' }]),
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    }));
  const stored = (ids: string[]) =>
    t.db
      .selectFrom('thread')
      .select(['id', 'projectId', 'taskId', 'externalId', 'submissionsJson', 'createdAt'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();

  it('writes every row as given, with the default where a row leaves a column out', async () => {
    const rows = threads(301, 'a');
    t.statements.length = 0;
    await t.db.transaction().execute((trx) => bulkInsert(trx, 'thread', rows));
    expect(await stored(rows.map((r) => r.id))).toEqual(
      rows.map((r) => ({ ...r, submissionsJson: r.submissionsJson ?? '[]' })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });

  it('sends a few statements whatever the number of rows (not one per row or per hundred)', async () => {
    const count = async (n: number) => {
      const rows = threads(n, `n${n}`).map((r) => ({ ...r, submissionsJson: '[]' }));
      t.statements.length = 0;
      await t.db.transaction().execute((trx) => bulkInsert(trx, 'thread', rows));
      return t.statements.filter((s) => /^insert/i.test(s)).length;
    };
    // PostgreSQL: one INSERT ... unnest; SQLite: 256-row statements and one per power of two of the rest.
    expect(await count(3)).toBe(DIALECT === 'postgres' ? 1 : 2);
    expect(await count(3000)).toBe(DIALECT === 'postgres' ? 1 : 11 + 4);
  });
});
