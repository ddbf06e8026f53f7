import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importScaleFile } from '../../src/cli/scale-commands';
import { CliError } from '../../src/cli/commands';
import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

// Issue 20, section 4: a Scale file whose tasks name several projects, in one command.
describe(`${DIALECT}: annograph import scale --org (each task into the project it names)`, () => {
  let t: TestDb;
  let dir: string;
  let org: { id: string; slug: string };
  let existing: string;

  beforeAll(async () => {
    t = await createTestDb();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-cli-projects-'));
    const p = await insertProject(t.db, 'Existing');
    existing = p.projectId;
    org = await t.db
      .selectFrom('organization')
      .select(['id', 'slug'])
      .where('id', '=', p.organizationId)
      .executeTakeFirstOrThrow();
  });
  afterAll(async () => {
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, records: unknown[]) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return f;
  };
  const task = (id: string, project: unknown) => ({ ...SEED, task_id: id, project });
  const tasksOf = async (projectId: string) =>
    (
      await t.db
        .selectFrom('task')
        .select('externalId')
        .where('projectId', '=', projectId)
        .orderBy('externalId')
        .execute()
    ).map((r) => r.externalId);

  it('puts each task into the project of its name, creates missing ones when asked, and counts per project', async () => {
    const f = file('mixed.jsonl', [
      task('task_m_1', 'Existing'),
      task('task_m_2', 'Fresh'),
      task('task_m_3', { id: 'project_x', name: 'Existing' }),
      task('task_m_4', 'Fresh'),
      task('task_m_5', 'Fresh'),
    ]);
    const printed: string[] = [];
    expect(await importScaleFile(t.db, f, { org: org.slug, createProject: true }, (l) => printed.push(l))).toBe(0);
    const fresh = await t.db
      .selectFrom('project')
      .select('id')
      .where('name', '=', 'Fresh')
      .where('organizationId', '=', org.id)
      .execute();
    expect(fresh).toHaveLength(1);
    expect(await tasksOf(existing)).toEqual(['task_m_1', 'task_m_3']);
    expect(await tasksOf(fresh[0].id)).toEqual(['task_m_2', 'task_m_4', 'task_m_5']);
    expect(printed).toContain(`  ${existing} "Existing": 2 created, 0 updated, 0 unchanged, 0 failed`);
    expect(printed).toContain(`  ${fresh[0].id} "Fresh": 3 created, 0 updated, 0 unchanged, 0 failed`);
    expect(printed.at(-1)).toBe('imported 5 records: 5 created, 0 updated, 0 unchanged, 0 failed into 2 projects');

    // Idempotent per project: the same file again changes nothing.
    const again: string[] = [];
    expect(await importScaleFile(t.db, f, { org: org.slug, createProject: true }, (l) => again.push(l))).toBe(0);
    expect(again.at(-1)).toBe('imported 5 records: 0 created, 0 updated, 5 unchanged, 0 failed into 2 projects');
  });

  it('without --create-project, a task naming an unknown project fails with its line, and the others go in', async () => {
    const f = file('unknown.jsonl', [
      task('task_u_1', 'Existing'),
      task('task_u_2', 'Nowhere'),
      task('task_u_3', null),
    ]);
    const printed: string[] = [];
    expect(await importScaleFile(t.db, f, { org: org.slug }, (l) => printed.push(l))).toBe(2);
    expect(printed[0]).toBe(
      `line 2 (task_u_2): project: "${org.slug}" has no project named "Nowhere" (add --create-project to create it)`,
    );
    expect(printed[1]).toBe('line 3 (task_u_3): project: the task names no project; pass --project to choose one');
    expect(await tasksOf(existing)).toContain('task_u_1');
    expect(await t.db.selectFrom('project').select('id').where('name', '=', 'Nowhere').execute()).toEqual([]);
  });

  it('fails the tasks of a project name it cannot create, and imports the rest', async () => {
    const long = 'N'.repeat(201);
    const f = file('long.jsonl', [task('task_l_1', long), task('task_l_2', 'Existing')]);
    const printed: string[] = [];
    expect(await importScaleFile(t.db, f, { org: org.slug, createProject: true }, (l) => printed.push(l))).toBe(1);
    expect(printed[0]).toMatch(/^line 1 \(task_l_1\): project: cannot create "N+": .*200 characters/);
    expect(await tasksOf(existing)).toContain('task_l_2');
  });

  it('writes every record when many projects each hold a few (open chunks are written together)', async () => {
    // Ten projects, chunks of 2: no chunk fills before eight records are held (4 chunks' worth), so they go together.
    const projects = await Promise.all(Array.from({ length: 10 }, (_v, i) => insertProject(t.db, `Many ${i}`)));
    const records = Array.from({ length: 23 }, (_v, i) => ({
      line: i + 1,
      value: task(`task_n_${i}`, `Many ${i % 10}`),
    }));
    const written: number[] = [];
    const summary = await importScaleTasks(
      t.db,
      async (r) => ({ projectId: projects[Number(String(r.project).slice(-1))].projectId }),
      records,
      { chunkSize: 2, onProgress: (p) => written.push(p.created) },
    );
    // The eighth record held writes the eight one-record chunks (a full chunk of 2 would come first otherwise).
    expect(written.slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(summary).toMatchObject({ created: 23, failed: 0 });
    for (const [i, p] of projects.entries()) {
      const expected = records.filter((_r, n) => n % 10 === i).map((r) => (r.value as { task_id: string }).task_id);
      expect(await tasksOf(p.projectId)).toEqual(expected.sort());
      expect(summary.projects.get(p.projectId)).toEqual({
        created: expected.length,
        updated: 0,
        unchanged: 0,
        failed: 0,
      });
    }
  });

  it('--project still forces one project whatever the tasks name', async () => {
    const f = file('forced.jsonl', [task('task_f_1', 'Fresh'), task('task_f_2', 'Nowhere')]);
    expect(await importScaleFile(t.db, f, { project: existing }, () => {})).toBe(0);
    expect(await tasksOf(existing)).toEqual(expect.arrayContaining(['task_f_1', 'task_f_2']));
  });

  it('needs --project or --org, and an organization that exists', async () => {
    const f = file('one.jsonl', [task('task_o_1', 'Existing')]);
    await expect(importScaleFile(t.db, f, {}, () => {})).rejects.toThrow(CliError);
    await expect(importScaleFile(t.db, f, { org: 'no-such-org' }, () => {})).rejects.toThrow(
      'no organization with slug "no-such-org"',
    );
  });
});
