import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importScaleFile } from '../../src/cli/scale-commands';
import { claimExport, drainExports, runExport, sweepExpiredExports } from '../../src/modules/export/export-worker';
import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));
const TASKS = 7;

// Issue 19, section 2: exportCreate makes a PENDING job, the worker writes the file in pages (SCALE_JSONL gives the
// imported Scale records back field for field), exportCancel stops it, expiry deletes the file; roles and codes.
describe(`${DIALECT}: export jobs`, () => {
  let s: ProjectServer;
  let dir: string;
  const worker = () => ({ workerId: 'test-worker', dir, pageSize: 3, ttlHours: 1 });

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await s.server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as any;
  };
  const create = (input: string, variables: Record<string, unknown> = {}) =>
    run(
      `mutation($p: ID!${'m' in variables ? ', $m: String' : ''}) { exportCreate(input: { projectId: $p, ${input} }) { export { id status } userErrors { code field message } } }`,
      { p: s.projectId, ...variables },
    ).then((d) => d.exportCreate);
  const job = (id: string) =>
    run(
      `query($id: ID!) { node(id: $id) { ... on ExportJob { id status format objectCount rootObjectCount totalCount fileSize sha256 url error expiresAt finishedAt filter options jobStatus jobProgress { done total fraction } } } }`,
      { id },
    ).then((d) => d.node);

  beforeAll(async () => {
    s = await startProjectServer('Export project');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-exports-'));
    const lines = Array.from({ length: TASKS }, (_v, i) => JSON.stringify({ ...SEED, task_id: `task_exp_${i}` }));
    const file = path.join(dir, 'seed.jsonl');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    expect(await importScaleFile(s.t.db, file, { project: s.projectId }, () => {})).toBe(0);
  });
  afterAll(async () => {
    await stopProjectServer(s);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes SCALE_JSONL in pages: each line is the imported Scale record, field for field', async () => {
    const created = await create('format: SCALE_JSONL');
    expect(created.userErrors).toEqual([]);
    expect(created.export.status).toBe('PENDING');
    const id = created.export.id;
    expect(id).toMatch(/^exp_/);
    expect(await drainExports(s.t.db, worker())).toBe(1);
    const done = await job(id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      format: 'SCALE_JSONL',
      objectCount: TASKS,
      rootObjectCount: TASKS,
      totalCount: TASKS,
      url: `/exports/${id}/file`,
      error: null,
      filter: {},
      options: {},
      jobStatus: 'SUCCEEDED',
      jobProgress: { done: TASKS, total: TASKS, fraction: 1 },
    });
    const file = path.join(dir, `${id}.jsonl`);
    const bytes = fs.readFileSync(file);
    expect(done.fileSize).toBe(bytes.length);
    expect(done.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const lines = bytes.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(TASKS);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.task_id).sort()).toEqual(
      Array.from({ length: TASKS }, (_v, i) => `task_exp_${i}`).sort(),
    );
    for (const r of records) expect(r).toEqual({ ...SEED, task_id: r.task_id });
    expect(fs.existsSync(`${file}.part`)).toBe(false);
    const listed = await run(`query($p: ID!) { project(id: $p) { exports(first: 5) { totalCount nodes { id } } } }`, {
      p: s.projectId,
    });
    expect(listed.project.exports.nodes[0].id).toBe(id);
  });

  it('applies the TaskFilter as the tasks list does: a filter matching nothing writes an empty file', async () => {
    const { export: e } = await create('format: SCALE_JSONL, filter: { externalId: "task_exp_3" }');
    await drainExports(s.t.db, worker());
    const done = await job(e.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      objectCount: 1,
      totalCount: 1,
      filter: { externalId: 'task_exp_3' },
    });
    const none = (await create('format: SCALE_JSONL, filter: { externalId: "nothing" }')).export;
    await drainExports(s.t.db, worker());
    expect(await job(none.id)).toMatchObject({ status: 'COMPLETED', objectCount: 0, totalCount: 0, fileSize: 0 });
  });

  it('lists newest first', async () => {
    const listed = await run(`query($p: ID!) { project(id: $p) { exports(first: 10) { nodes { id createdAt } } } }`, {
      p: s.projectId,
    });
    const ids: string[] = listed.project.exports.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('cancels a PENDING export, then refuses a second cancel with INVALID_STATE_TRANSITION', async () => {
    const { export: e } = await create('format: SCALE_JSONL');
    const cancel = `mutation($id: ID!) { exportCancel(id: $id) { export { id status } userErrors { code field message } } }`;
    expect((await run(cancel, { id: e.id })).exportCancel).toEqual({
      export: { id: e.id, status: 'CANCELED' },
      userErrors: [],
    });
    const again = (await run(cancel, { id: e.id })).exportCancel;
    expect(again.export).toBeNull();
    expect(again.userErrors).toEqual([
      {
        code: 'INVALID_STATE_TRANSITION',
        field: ['id'],
        message: 'Cannot cancel an export that is CANCELED (allowed from PENDING, IN_PROGRESS)',
      },
    ]);
    expect(await drainExports(s.t.db, worker())).toBe(0);
    expect((await job(e.id)).url).toBeNull();
  });

  it('stops an IN_PROGRESS export canceled meanwhile at its next page and deletes the partial file', async () => {
    const { export: e } = await create('format: SCALE_JSONL');
    const claimed = await claimExport(s.t.db, worker());
    expect(claimed).toMatchObject({ id: e.id, status: 'IN_PROGRESS', claimedBy: 'test-worker' });
    const cancel = await run(`mutation($id: ID!) { exportCancel(id: $id) { export { status } userErrors { code } } }`, {
      id: e.id,
    });
    expect(cancel.exportCancel).toEqual({ export: { status: 'CANCELED' }, userErrors: [] });
    await runExport(s.t.db, claimed!, worker());
    expect(await job(e.id)).toMatchObject({ status: 'CANCELED', objectCount: 0, url: null, sha256: null });
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(e.id))).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown project or export', async () => {
    const unknown = await run(
      `mutation { exportCreate(input: { projectId: "proj_00000000000000000000000000", format: SCALE_JSONL }) { export { id } userErrors { code field } } }`,
    );
    expect(unknown.exportCreate).toEqual({
      export: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'projectId'] }],
    });
    const cancel = await run(
      `mutation { exportCancel(id: "exp_00000000000000000000000000") { userErrors { code field } } }`,
    );
    expect(cancel.exportCancel.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
  });

  it('refuses a system message over 100,000 characters and a list to compare with, writing no job', async () => {
    const before = await s.t.db
      .selectFrom('exportJob')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const long = await create('format: SFT_MESSAGES, options: { systemMessage: $m }', { m: 'x'.repeat(100_001) });
    expect(long).toEqual({
      export: null,
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          field: ['input', 'options', 'systemMessage'],
          message: 'The system message is longer than 100000 characters',
        },
      ],
    });
    const list = await create('format: SFT_MESSAGES, options: { condition: { key: "q", comparison: EQ, value: [1] } }');
    expect(list.userErrors).toEqual([
      {
        code: 'BAD_USER_INPUT',
        field: ['input', 'options', 'condition.value'],
        message: 'The value to compare with must be a number, string or boolean.',
      },
    ]);
    const after = await s.t.db
      .selectFrom('exportJob')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('is FORBIDDEN below MANAGER; a VIEWER reads the job', async () => {
    const viewer = await insertAccount(s.t.db, {
      organizationId: s.organizationId,
      organizationRole: 'MEMBER',
      projectId: s.projectId,
      projectRole: 'VIEWER',
    });
    const refused = await s.server.execute(
      `mutation($p: ID!) { exportCreate(input: { projectId: $p, format: SCALE_JSONL }) { export { id } } }`,
      { p: s.projectId },
      viewer.viewer,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = await s.server.execute(
      `query($p: ID!) { project(id: $p) { exports(first: 1) { totalCount } } }`,
      { p: s.projectId },
      viewer.viewer,
    );
    expect(listed.errors).toBeUndefined();
  });

  it('deletes files past expiresAt and answers url null from then on', async () => {
    const { export: e } = await create('format: SCALE_JSONL');
    await drainExports(s.t.db, worker());
    const done = await job(e.id);
    const file = path.join(dir, `${e.id}.jsonl`);
    expect(fs.existsSync(file)).toBe(true);
    expect(await sweepExpiredExports(s.t.db, new Date(Date.parse(done.expiresAt) - 1000))).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    expect(await sweepExpiredExports(s.t.db, new Date(Date.parse(done.expiresAt) + 1000))).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(file)).toBe(false);
    expect((await job(e.id)).url).toBeNull();
  });
});
