import { newId } from '../../src/ids';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';
import { batchCalls } from './batch-calls';

// Batches through GraphQL: the project's filtered list of batches, and a batch's per-status task counts.

describe(`${DIALECT}: batches`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  const { run, createBatch, createTask } = batchCalls(() => ({ t, server, projectId }));

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
