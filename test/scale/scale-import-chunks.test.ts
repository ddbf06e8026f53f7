import fs from 'node:fs';
import path from 'node:path';
import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

// The import's write path (issue 20, section 3): records validated when their chunk is written (unchanged ones not
// at all), a chunk in one transaction with a few statements per table, and a bad record still failing alone.
describe(`${DIALECT}: Scale import chunks`, () => {
  let t: TestDb;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestDb();
    ({ projectId } = await insertProject(t.db, 'Chunks'));
  });
  afterAll(() => t.destroy());

  const task = (id: string, extra: object = {}) => ({ ...SEED, task_id: id, ...extra });
  const lines = (records: unknown[]) => records.map((value, i) => ({ line: i + 1, value }));
  const statusOf = async (externalId: string) =>
    (
      await t.db
        .selectFrom('task')
        .select(['status', 'sourceHash'])
        .where('projectId', '=', projectId)
        .where('externalId', '=', externalId)
        .executeTakeFirst()
    )?.status;

  it('writes many records with fewer statements than records (a chunk is a few statements per table)', async () => {
    const write = async (n: number, tag: string) => {
      t.statements.length = 0;
      const records = Array.from({ length: n }, (_v, i) => task(`task_${tag}_${i}`));
      expect(await importScaleTasks(t.db, projectId, lines(records))).toMatchObject({ created: n, failed: 0 });
      return t.statements.length;
    };
    // The first import creates the batch (and on PostgreSQL reads the column types once): not counted.
    await write(1, 'first');
    const few = await write(2, 'few');
    const many = await write(200, 'many');
    expect(many).toBeLessThan(200 / 4);
    // PostgreSQL: one INSERT per table whatever the chunk's size; SQLite: one per power of two of each table's rows.
    if (DIALECT === 'postgres') expect(many).toBe(few);
    else expect(many - few).toBeLessThan(30);
  });

  it('on a re-import, skips unchanged records, fails an invalid changed one by line and keeps its stored version', async () => {
    await importScaleTasks(t.db, projectId, lines([task('task_r_1'), task('task_r_2')]));
    const summary = await importScaleTasks(
      t.db,
      projectId,
      lines([task('task_r_1'), task('task_r_2', { status: 'finished' }), task('task_r_3'), { task_id: 7 }]),
    );
    expect(summary).toMatchObject({ created: 1, updated: 0, unchanged: 1, failed: 2 });
    expect(summary.failures).toEqual([
      { line: 2, taskId: 'task_r_2', reason: expect.stringMatching(/^status: Invalid enum value/) },
      { line: 4, taskId: null, reason: expect.stringContaining('task_id: Expected string, received number') },
    ]);
    // The invalid record counts as failed, not in the project's figures (as when records were validated on reading).
    expect(summary.projects.get(projectId)).toEqual({ created: 1, updated: 0, unchanged: 1, failed: 0 });
    expect(await statusOf('task_r_2')).toBe('PENDING');
    expect(await statusOf('task_r_3')).toBe('PENDING');
  });

  it('writes the good records of a chunk that holds a record the database refuses', async () => {
    // A NUL in a message's text passes validation; PostgreSQL refuses it in text, so that record alone fails there.
    const nul = structuredClone(task('task_nul'));
    nul.threads[0].turns[0].messages[0].content.text = 'a\u0000b';
    const summary = await importScaleTasks(t.db, projectId, lines([task('task_ok_1'), nul, task('task_ok_2')]));
    expect(summary.created).toBe(DIALECT === 'postgres' ? 2 : 3);
    expect(await statusOf('task_ok_1')).toBe('PENDING');
    expect(await statusOf('task_ok_2')).toBe('PENDING');
    if (DIALECT === 'postgres')
      expect(summary.failures).toEqual([
        { line: 2, taskId: 'task_nul', reason: expect.stringMatching(/^could not be written: /) },
      ]);
  });
});
