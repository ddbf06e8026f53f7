import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newId } from '../../src/ids';
import { drainExports } from '../../src/modules/export/export-worker';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// The exporter's statements grow with its pages, never with the tasks of a page (no N+1): two exports with the same
// number of pages send the same statements whether a page holds 10 tasks or 20.
describe(`${DIALECT}: export statements per page`, () => {
  let t: TestDb;
  let dir: string;
  const shape = { threads: 2, turns: 2, annotationsPerLevel: 1, chunks: 1 };

  beforeAll(async () => {
    t = await createTestDb();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-expstmts-'));
  });
  afterAll(async () => {
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function statementsOfExport(tasks: number, pageSize: number): Promise<number> {
    const { projectId } = await insertProject(t.db, `Statements ${tasks}/${pageSize}`);
    await insertGenAiTasks(t.db, projectId, tasks, shape);
    const id = newId('exportJob');
    await t.db
      .insertInto('exportJob')
      .values({
        id,
        projectId,
        format: 'SCALE_JSONL',
        filterJson: '{}',
        optionsJson: '{}',
        status: 'PENDING',
        createdAt: new Date().toISOString(),
      })
      .execute();
    t.statements.length = 0;
    expect(await drainExports(t.db, { workerId: 'w', dir, pageSize, ttlHours: 1 })).toBe(1);
    const count = t.statements.length;
    const row = await t.db.selectFrom('exportJob').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'COMPLETED', rootObjectCount: tasks, objectCount: tasks });
    return count;
  }

  it('sends the same statements for 3 pages of 10 tasks as for 3 pages of 20', async () => {
    const small = await statementsOfExport(20, 10); // pages: 10, 10, 0
    const large = await statementsOfExport(40, 20); // pages: 20, 20, 0
    expect(large).toBe(small);
    const longer = await statementsOfExport(40, 10); // pages: 10, 10, 10, 10, 0: two more pages
    expect((longer - small) % 2).toBe(0);
    expect((longer - small) / 2).toBeLessThanOrEqual(25);
  });
});
