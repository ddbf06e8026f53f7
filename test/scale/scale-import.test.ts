import fs from 'node:fs';
import path from 'node:path';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

const IMPORT = `mutation($p: ID!, $t: [JSON!]!) {
  taskImportScale(input: { projectId: $p, tasks: $t }) {
    summary { created updated unchanged failed failures { line taskId reason } }
    userErrors { code message }
  }
}`;

describe(`${DIALECT}: Scale import and export`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer('Imports'));
  });
  afterAll(() => stopProjectServer({ t, server }));

  const importTasks = async (tasks: unknown[]) => {
    const { data, errors } = await server.execute(IMPORT, { p: projectId, t: tasks });
    expect(errors).toBeUndefined();
    expect(data!.taskImportScale.userErrors).toEqual([]);
    return data!.taskImportScale.summary;
  };
  const taskByExternalId = async (externalId: string, selection: string) =>
    (
      await server.execute(
        `query($p: ID!, $e: String) { project(id: $p) { tasks(filter: { externalId: $e }) { totalCount nodes { ${selection} } } } }`,
        { p: projectId, e: externalId },
      )
    ).data!.project.tasks;
  const count = async (table: 'thread' | 'annotation' | 'task') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('imports the seed task and exports it back equal, field by field', async () => {
    expect(await importTasks([SEED])).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0, failures: [] });
    const tasks = await taskByExternalId(SEED.task_id, 'status sourceStatus batch { externalId } scaleJson');
    expect(tasks.totalCount).toBe(1);
    expect(tasks.nodes[0]).toMatchObject({
      status: 'PENDING',
      sourceStatus: 'pending',
      batch: { externalId: 'batch_abc123' },
    });
    expect(tasks.nodes[0].scaleJson).toEqual(SEED);
  });

  it('skips an unchanged re-import and replaces a changed one whole, without duplicates', async () => {
    const before = { threads: await count('thread'), annotations: await count('annotation') };
    expect(await importTasks([SEED])).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const changed = { ...SEED, status: 'completed', metadata: { reviewed: true } };
    expect(await importTasks([changed])).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect({ threads: await count('thread'), annotations: await count('annotation') }).toEqual(before);
    const tasks = await taskByExternalId(SEED.task_id, 'status metadata scaleJson');
    expect(tasks.totalCount).toBe(1);
    expect(tasks.nodes[0]).toMatchObject({ status: 'COMPLETED', metadata: { reviewed: true } });
    expect(tasks.nodes[0].scaleJson).toEqual(changed);
  });

  it('reports invalid records by line and reason, writes nothing of them, and writes the valid ones', async () => {
    const tasksBefore = await count('task');
    const broken = JSON.parse(JSON.stringify(SEED));
    broken.task_id = 'task_broken';
    broken.threads[0].turns[0].messages[0].role = 'narrator';
    const summary = await importTasks([
      { task_id: 'task_ok_1', status: 'pending', created_at: '2026-02-01T10:00:00Z' },
      { task_id: 'task_no_date', status: 'pending' },
      broken,
      'not an object',
      {
        task_id: 'task_ok_2',
        status: 'error',
        created_at: '2026-02-02T10:00:00Z',
        errors: [{ type: 'PROMPT_INFEASIBLE', message: 'no' }],
      },
    ]);
    expect(summary).toMatchObject({ created: 2, failed: 3 });
    expect(summary.failures.map((f: any) => [f.line, f.taskId])).toEqual([
      [2, 'task_no_date'],
      [3, 'task_broken'],
      [4, null],
    ]);
    expect(summary.failures[0].reason).toContain('created_at');
    expect(summary.failures[1].reason).toContain('threads.0.turns.0.messages.0.role');
    expect(await count('task')).toBe(tasksBefore + 2);
    expect((await taskByExternalId('task_broken', 'id')).totalCount).toBe(0);
    expect((await taskByExternalId('task_ok_2', 'status errors { type message }')).nodes[0]).toEqual({
      status: 'FAILED',
      errors: [{ type: 'PROMPT_INFEASIBLE', message: 'no' }],
    });
  });

  it('refuses more than 1000 records in one call', async () => {
    const tasks = Array.from({ length: 1001 }, (_v, i) => ({
      task_id: `t${i}`,
      status: 'pending',
      created_at: '2026-01-01T00:00:00Z',
    }));
    const { data } = await server.execute(IMPORT, { p: projectId, t: tasks });
    expect(data!.taskImportScale.userErrors[0].code).toBe('BAD_USER_INPUT');
  });
});
