import { newId } from '../../src/ids';
import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Batches through GraphQL: creation, Scale's lifecycle (allowed and refused transitions), metadata, the project's
// filtered list and the per-status task counts.
const ALL_BATCH_STATUSES = ['STAGING', 'IN_PROGRESS', 'PAUSED', 'COMPLETED', 'CANCELED'] as const;
const BATCH_RULES: Record<string, { from: string[]; to: string }> = {
  batchFinalize: { from: ['STAGING'], to: 'IN_PROGRESS' },
  batchPause: { from: ['IN_PROGRESS'], to: 'PAUSED' },
  batchResume: { from: ['PAUSED'], to: 'IN_PROGRESS' },
  batchCancel: { from: ['STAGING', 'IN_PROGRESS', 'PAUSED'], to: 'CANCELED' },
};

describe(`${DIALECT}: batches`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const createBatch = async (name: string, extra = '') =>
    (
      await run(
        `mutation($p: ID!, $n: String!) { batchCreate(input: { projectId: $p, name: $n${extra} }) { batch { id status sourceStatus } userErrors { code } } }`,
        { p: projectId, n: name },
      )
    ).batchCreate.batch as { id: string; status: string; sourceStatus: string };
  const createTask = async (extra = '') =>
    (
      await run(
        `mutation($p: ID!) { taskCreate(input: { projectId: $p${extra} }) { task { id status } userErrors { code } } }`,
        { p: projectId },
      )
    ).taskCreate.task.id as string;
  const setStatus = (table: 'task' | 'batch', id: string, status: string) =>
    t.db
      .updateTable(table)
      .set({ status: status as never })
      .where('id', '=', id)
      .execute();

  it('allows every batch transition from exactly the statuses Scale names; cancel takes PENDING tasks along', async () => {
    for (const [mutation, rule] of Object.entries(BATCH_RULES)) {
      for (const from of ALL_BATCH_STATUSES) {
        const created = await run(
          `mutation($p: ID!, $n: String!) { batchCreate(input: { projectId: $p, name: $n, staging: true }) { batch { id status sourceStatus } } }`,
          { p: projectId, n: `${mutation}-${from}` },
        );
        expect(created.batchCreate.batch).toMatchObject({ status: 'STAGING', sourceStatus: 'staging' });
        const id = created.batchCreate.batch.id;
        await setStatus('batch', id, from);
        const payload = (
          await run(`mutation($id: ID!) { ${mutation}(id: $id) { batch { status } userErrors { code } } }`, { id })
        )[mutation];
        expect(payload.userErrors.map((e: any) => e.code)).toEqual(
          rule.from.includes(from) ? [] : ['INVALID_STATE_TRANSITION'],
        );
        if (rule.from.includes(from)) expect(payload.batch.status).toBe(rule.to);
      }
    }
    const batch = (
      await run(
        `mutation($p: ID!) { batchCreate(input: { projectId: $p, name: "with tasks" }) { batch { id status } } }`,
        { p: projectId },
      )
    ).batchCreate.batch;
    expect(batch.status).toBe('IN_PROGRESS');
    const pending = await createTask(`, batchId: "${batch.id}"`);
    const done = await createTask(`, batchId: "${batch.id}"`);
    await run(`mutation($id: ID!) { taskComplete(id: $id) { task { id } } }`, { id: done });
    await run(`mutation($id: ID!) { batchCancel(id: $id) { batch { status sourceStatus } } }`, { id: batch.id });
    const { nodes } = (await run(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Task { status } } }`, {
      ids: [pending, done],
    })) as any;
    expect(nodes.map((n: any) => n.status)).toEqual(['CANCELED', 'COMPLETED']);
    const refused = (
      await run(
        `mutation($p: ID!, $b: ID!) { taskCreate(input: { projectId: $p, batchId: $b }) { task { id } userErrors { code } } }`,
        { p: projectId, b: batch.id },
      )
    ).taskCreate;
    expect(refused.userErrors[0].code).toBe('PRECONDITION_FAILED');
  });

  it('walks one batch through its lifecycle with Scale words, and a refused step changes nothing', async () => {
    const { id } = await createBatch('walk', ', staging: true');
    const step = async (mutation: string) =>
      (
        await run(
          `mutation($id: ID!) { ${mutation}(id: $id) { batch { status sourceStatus } userErrors { code field message } } }`,
          { id },
        )
      )[mutation];
    expect(await step('batchFinalize')).toEqual({
      batch: { status: 'IN_PROGRESS', sourceStatus: 'in_progress' },
      userErrors: [],
    });
    expect(await step('batchPause')).toEqual({ batch: { status: 'PAUSED', sourceStatus: 'paused' }, userErrors: [] });
    const again = await step('batchPause');
    expect(again.batch).toBeNull();
    expect(again.userErrors).toEqual([
      { code: 'INVALID_STATE_TRANSITION', field: ['id'], message: expect.stringContaining('PAUSED') },
    ]);
    expect(await step('batchResume')).toEqual({
      batch: { status: 'IN_PROGRESS', sourceStatus: 'in_progress' },
      userErrors: [],
    });
    expect(await step('batchCancel')).toEqual({
      batch: { status: 'CANCELED', sourceStatus: 'cancelled' },
      userErrors: [],
    });
    expect((await step('batchResume')).userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
    expect((await run(`query($id: ID!) { batch(id: $id) { status } }`, { id })).batch.status).toBe('CANCELED');
  });

  it('refuses the tasks lifecycle on a batch of sessions, and unknown or foreign batches as NOT_FOUND', async () => {
    const now = new Date().toISOString();
    const sessions = newId('batch');
    await t.db
      .insertInto('batch')
      .values({
        id: sessions,
        projectId,
        kind: 'SESSIONS',
        name: 'sessions',
        status: 'COLLECTING',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const other = await insertProject(t.db, 'Elsewhere');
    const foreign = newId('batch');
    await t.db
      .insertInto('batch')
      .values({
        id: foreign,
        projectId: other.projectId,
        kind: 'TASKS',
        name: 'theirs',
        status: 'IN_PROGRESS',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const data = await run(
      `mutation($s: ID!, $f: ID!) {
        sessions: batchPause(id: $s) { batch { id } userErrors { code field } }
        foreign: batchCancel(id: $f) { batch { id } userErrors { code field } }
        unknown: batchFinalize(id: "batch_01ARZ3NDEKTSV4RRFFQ69G5FAV") { batch { id } userErrors { code field } }
        wrongType: batchResume(id: $p) { batch { id } userErrors { code field } }
        metadata: batchSetMetadata(id: $f, metadata: { x: 1 }) { batch { id } userErrors { code field } }
      }`.replace('$p', JSON.stringify(projectId)),
      { s: sessions, f: foreign },
    );
    expect(data.sessions).toEqual({ batch: null, userErrors: [{ code: 'PRECONDITION_FAILED', field: ['id'] }] });
    for (const key of ['foreign', 'unknown', 'wrongType', 'metadata'])
      expect(data[key]).toEqual({ batch: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'] }] });
    const row = await t.db
      .selectFrom('batch')
      .select(['status', 'metadataJson'])
      .where('id', '=', foreign)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'IN_PROGRESS', metadataJson: '{}' });
  });

  it('validates batchCreate: CONFLICT for a duplicate name (trimmed), BAD_USER_INPUT for an empty one, NOT_FOUND for a foreign project', async () => {
    await run(`mutation($p: ID!) { batchCreate(input: { projectId: $p, name: "dup" }) { batch { id } } }`, {
      p: projectId,
    });
    const dup = await run(
      `mutation($p: ID!) { batchCreate(input: { projectId: $p, name: " dup " }) { userErrors { code field } } }`,
      { p: projectId },
    );
    expect(dup.batchCreate.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'name'] }]);
    const other = await insertProject(t.db, 'Not mine');
    const bad = await run(
      `mutation($p: ID!, $o: ID!) {
        empty: batchCreate(input: { projectId: $p, name: "  " }) { batch { id } userErrors { code field } }
        foreign: batchCreate(input: { projectId: $o, name: "x" }) { batch { id } userErrors { code field } }
      }`,
      { p: projectId, o: other.projectId },
    );
    expect(bad.empty).toEqual({ batch: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'name'] }] });
    expect(bad.foreign).toEqual({ batch: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'projectId'] }] });
    const created = await run(
      `mutation($p: ID!) { batchCreate(input: { projectId: $p, name: "  kept  ", callback: "ops@example.com", metadata: { team: "a" } }) {
        batch { name kind status source callback metadata project { id } } userErrors { code } } }`,
      { p: projectId },
    );
    expect(created.batchCreate).toEqual({
      batch: {
        name: 'kept',
        kind: 'TASKS',
        status: 'IN_PROGRESS',
        source: 'ANNOGRAPH',
        callback: 'ops@example.com',
        metadata: { team: 'a' },
        project: { id: projectId },
      },
      userErrors: [],
    });
  });

  it('replaces or deep-merges batch metadata, refuses a non-object, and lands concurrent merges', async () => {
    const { id } = await createBatch('meta', ', metadata: { a: { x: 1, y: 2 }, keep: true }');
    const write = async (metadata: string, merge = '') =>
      (
        await run(
          `mutation($id: ID!) { batchSetMetadata(id: $id, metadata: ${metadata}${merge}) { batch { metadata } userErrors { code field } } }`,
          { id },
        )
      ).batchSetMetadata;
    expect(await write('{ a: { y: 3, z: [1] } }', ', merge: true')).toEqual({
      batch: { metadata: { a: { x: 1, y: 3, z: [1] }, keep: true } },
      userErrors: [],
    });
    expect(await write('{ a: { z: [2] } }', ', merge: true')).toEqual({
      batch: { metadata: { a: { x: 1, y: 3, z: [2] }, keep: true } },
      userErrors: [],
    });
    expect(await write('{ only: 1 }')).toEqual({ batch: { metadata: { only: 1 } }, userErrors: [] });
    expect(await write('[1, 2]', ', merge: true')).toEqual({
      batch: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['metadata'] }],
    });
    await Promise.all(
      Array.from({ length: 10 }, (_v, i) =>
        run(`mutation($id: ID!, $m: JSON!) { batchSetMetadata(id: $id, metadata: $m, merge: true) { batch { id } } }`, {
          id,
          m: { [`k${i}`]: i },
        }),
      ),
    );
    const all = (await run(`query($id: ID!) { batch(id: $id) { metadata } }`, { id })).batch.metadata;
    expect(all).toEqual({ only: 1, ...Object.fromEntries(Array.from({ length: 10 }, (_v, i) => [`k${i}`, i])) });
  });

  it("filters a project's batches by status, kind, name and external id, oldest first", async () => {
    const fresh = await startProjectServer('Batch lists');
    try {
      const p = fresh.projectId;
      const make = async (name: string, staging: boolean) =>
        (
          await fresh.server.execute(
            `mutation($p: ID!, $n: String!, $s: Boolean) { batchCreate(input: { projectId: $p, name: $n, staging: $s }) { batch { id } } }`,
            { p, n: name, s: staging },
          )
        ).data!.batchCreate.batch.id as string;
      const a = await make('a', true);
      const b = await make('b', false);
      const c = await make('c', false);
      await fresh.server.execute(`mutation($id: ID!) { batchPause(id: $id) { batch { id } } }`, { id: c });
      const now = new Date().toISOString();
      const s = newId('batch');
      await fresh.t.db
        .insertInto('batch')
        .values({
          id: s,
          projectId: p,
          kind: 'SESSIONS',
          name: 's',
          status: 'COLLECTING',
          source: 'ANNOGRAPH',
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await fresh.t.db.updateTable('batch').set({ externalId: 'ext-b', source: 'SCALE' }).where('id', '=', b).execute();
      const list = async (filter: string) => {
        const result = await fresh.server.execute(
          `query($p: ID!) { project(id: $p) { batches${filter} { totalCount nodes { id } } } }`,
          { p },
        );
        expect(result.errors).toBeUndefined();
        const batches = result.data!.project.batches;
        // totalCount counts across pages: every match, whatever the page size.
        if (!filter.includes('first')) expect(batches.totalCount).toBe(batches.nodes.length);
        else expect(batches.totalCount).toBe(4);
        return batches.nodes.map((n: any) => n.id);
      };
      expect(await list('')).toEqual([a, b, c, s]);
      expect(await list('(filter: { status: [IN_PROGRESS, PAUSED] })')).toEqual([b, c]);
      expect(await list('(filter: { status: [PAUSED, PAUSED] })')).toEqual([c]);
      expect(await list('(filter: { kind: SESSIONS })')).toEqual([s]);
      expect(await list('(filter: { kind: TASKS, status: [STAGING] })')).toEqual([a]);
      expect(await list('(filter: { name: "b" })')).toEqual([b]);
      expect(await list('(filter: { externalId: "ext-b" })')).toEqual([b]);
      expect(await list('(filter: { name: "b", kind: SESSIONS })')).toEqual([]);
      expect(await list('(first: 2)')).toEqual([a, b]);
    } finally {
      await stopProjectServer(fresh);
    }
  });

  it('counts its tasks per status (statuses with none left out), and lists them', async () => {
    const { id } = await createBatch('counted');
    const empty = await createBatch('empty');
    const tasks = await Promise.all(Array.from({ length: 5 }, () => createTask(`, batchId: "${id}"`)));
    await run(`mutation($id: ID!) { taskComplete(id: $id) { task { id } } }`, { id: tasks[0] });
    await run(`mutation($id: ID!) { taskComplete(id: $id) { task { id } } }`, { id: tasks[1] });
    await run(`mutation($id: ID!) { taskCancel(id: $id) { task { id } } }`, { id: tasks[2] });
    const data = await run(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Batch { taskCounts { status count } tasks(first: 10) { totalCount } } } }`,
      { ids: [id, empty.id] },
    );
    const [counted, none] = data.nodes;
    const counts = Object.fromEntries(counted.taskCounts.map((c: any) => [c.status, c.count]));
    expect(counts).toEqual({ COMPLETED: 2, CANCELED: 1, PENDING: 2 });
    expect(counted.tasks.totalCount).toBe(5);
    expect(none).toEqual({ taskCounts: [], tasks: { totalCount: 0 } });
  });
});
