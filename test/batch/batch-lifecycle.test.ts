import { newId } from '../../src/ids';
import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';
import { batchCalls } from './batch-calls';

// Batches through GraphQL: Scale's lifecycle, its allowed and refused transitions, and batches it may not move.
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

  const { run, createBatch, createTask, setStatus } = batchCalls(() => ({ t, server, projectId }));

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
});
