import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError } from '../../src/cli/commands';
import { exportScale, importScaleFile } from '../../src/cli/scale-commands';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

describe(`${DIALECT}: annograph import scale / export scale`, () => {
  let t: TestDb;
  let dir: string;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestDb();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-cli-'));
    ({ projectId } = await insertProject(t.db, 'CLI project'));
  });
  afterAll(async () => {
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('imports a JSONL file, reports bad lines by number, and exports the same records back', async () => {
    const tasks = Array.from({ length: 120 }, (_v, i) => ({ ...SEED, task_id: `task_cli_${i}`, metadata: { i } }));
    const lines = tasks.map((x) => JSON.stringify(x));
    lines.splice(10, 0, '{ not json');
    lines.splice(20, 0, JSON.stringify({ task_id: 'task_bad', status: 'unknown', created_at: '2026-01-01T00:00:00Z' }));
    const file = write('tasks.jsonl', `${lines.join('\n')}\n`);
    const printed: string[] = [];
    const progress: string[] = [];
    const failed = await importScaleFile(
      t.db,
      file,
      { project: 'CLI project' },
      (l) => printed.push(l),
      (l) => progress.push(l),
    );
    expect(failed).toBe(2);
    expect(printed[0]).toMatch(/^line 11: not JSON/);
    expect(printed[1]).toMatch(/^line 21 \(task_bad\): status: /);
    expect(printed.at(-1)).toContain('120 created, 0 updated, 0 unchanged, 2 failed');
    expect(progress.length).toBeGreaterThan(0);
    // 120 written and the invalid status (the line that is no JSON is counted after the import).
    expect(progress.at(-1)).toMatch(/^\[#{24}\] 100% 121 records, [\d,]+ rows\/s, ETA 0:00$/);

    const out: string[] = [];
    expect(await exportScale(t.db, { project: projectId }, (l) => out.push(l))).toBe(120);
    const exported = new Map(out.map((l) => JSON.parse(l)).map((x) => [x.task_id, x]));
    for (const task of tasks) expect(exported.get(task.task_id)).toEqual(task);

    const again = await importScaleFile(t.db, file, { project: projectId }, () => {});
    expect(again).toBe(2);
    expect(
      Number(
        (
          await t.db
            .selectFrom('task')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('projectId', '=', projectId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(120);
  });

  it('imports a JSON array file and exports only the tasks of a status', async () => {
    const file = write(
      'tasks.json',
      JSON.stringify([
        { ...SEED, task_id: 'task_array_done', status: 'completed' },
        { ...SEED, task_id: 'task_array_open' },
      ]),
    );
    expect(await importScaleFile(t.db, file, { project: projectId }, () => {})).toBe(0);
    const out: string[] = [];
    await exportScale(t.db, { project: projectId, status: 'completed' }, (l) => out.push(l));
    expect(out.map((l) => JSON.parse(l).task_id)).toEqual(['task_array_done']);
  });

  it('refuses a record nested deeper than a request may be (it would overflow the stack when read back), and goes on', async () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const lines = [
      `{"task_id":"task_deep","metadata":${deep}}`,
      JSON.stringify({ ...SEED, task_id: 'task_after_deep' }),
    ];
    const printed: string[] = [];
    expect(
      await importScaleFile(t.db, write('deep.jsonl', lines.join('\n')), { project: projectId }, (l) =>
        printed.push(l),
      ),
    ).toBe(1);
    expect(printed[0]).toMatch(/^line 1: \(record\): nests deeper than 64 levels/);
    expect(printed.at(-1)).toContain('1 created');
  });

  it('refuses an unknown project or file, and creates a project only when asked', async () => {
    await expect(
      importScaleFile(t.db, path.join(dir, 'missing.jsonl'), { project: projectId }, () => {}),
    ).rejects.toBeInstanceOf(CliError);
    const file = write('one.jsonl', JSON.stringify(SEED));
    await expect(importScaleFile(t.db, file, { project: 'Nope' }, () => {})).rejects.toThrow(/--create-project/);
    await expect(exportScale(t.db, {}, () => {})).rejects.toThrow(/exactly one/);
  });

  it('--create-project --org makes the project (source SCALE) in that organization, and finds it by name next time', async () => {
    const org = await t.db
      .selectFrom('organization')
      .innerJoin('project', 'project.organizationId', 'organization.id')
      .select(['organization.id', 'organization.slug'])
      .where('project.id', '=', projectId)
      .executeTakeFirstOrThrow();
    const file = write('created.jsonl', JSON.stringify({ ...SEED, task_id: 'task_created_project' }));
    const opts = { project: 'Made by import', org: org.slug, createProject: true };
    await expect(importScaleFile(t.db, file, { ...opts, org: undefined }, () => {})).rejects.toThrow(
      '--create-project needs --org <slug>',
    );
    const printed: string[] = [];
    expect(await importScaleFile(t.db, file, opts, (l) => printed.push(l))).toBe(0);
    const created = await t.db.selectFrom('project').selectAll().where('name', '=', 'Made by import').execute();
    expect(created).toEqual([expect.objectContaining({ source: 'SCALE', description: null, organizationId: org.id })]);
    expect(printed.at(-1)).toBe(
      `imported 1 records: 1 created, 0 updated, 0 unchanged, 0 failed into project ${created[0].id} "Made by import"`,
    );
    printed.length = 0;
    expect(await importScaleFile(t.db, file, opts, (l) => printed.push(l))).toBe(0);
    expect(printed.at(-1)).toContain(`0 created, 0 updated, 1 unchanged, 0 failed into project ${created[0].id}`);
    expect(await t.db.selectFrom('project').select('id').where('name', '=', 'Made by import').execute()).toHaveLength(
      1,
    );
  });
});
