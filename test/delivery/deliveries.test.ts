import { exportScale } from '../../src/cli/scale-commands';
import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

describe(`${DIALECT}: deliveries`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let completed: string[];

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
    const records = Array.from({ length: 8 }, (_v, i) => ({
      task_id: `t${i}`,
      status: i < 6 ? 'completed' : 'pending',
      created_at: '2026-04-01T00:00:00Z',
      ...(i < 6 ? { completed_at: '2026-04-02T00:00:00Z' } : {}),
      metadata: { i },
    }));
    await importScaleTasks(
      t.db,
      projectId,
      records.map((value, i) => ({ line: i + 1, value })),
    );
    const rows = await t.db
      .selectFrom('task')
      .select(['id', 'status'])
      .where('projectId', '=', projectId)
      .orderBy('id')
      .execute();
    completed = rows.filter((r) => r.status === 'COMPLETED').map((r) => r.id);
  });
  afterAll(() => stopProjectServer({ t, server }));

  const deliver = async (name: string, taskIds?: string[]) =>
    (
      await server.execute(
        `mutation($p: ID!, $n: String!, $t: [ID!]) { deliveryCreate(input: { projectId: $p, name: $n, taskIds: $t }) {
      delivery { id name taskCount deliveredAt tasks { nodes { id delivery { name } } } } userErrors { code field } } }`,
        { p: projectId, n: name, t: taskIds },
      )
    ).data!.deliveryCreate;

  it('delivers the named completed tasks once; a task delivered or not completed is refused whole', async () => {
    const first = await deliver('week-1', completed.slice(0, 2));
    expect(first.userErrors).toEqual([]);
    expect(first.delivery).toMatchObject({ name: 'week-1', taskCount: 2 });
    expect(first.delivery.tasks.nodes.map((n: any) => n.id)).toEqual(completed.slice(0, 2));
    expect(first.delivery.tasks.nodes[0].delivery.name).toBe('week-1');
    const again = await deliver('week-1b', [completed[1], completed[2]]);
    expect(again.userErrors).toEqual([{ code: 'PRECONDITION_FAILED', field: ['input', 'taskIds'] }]);
    expect(
      await t.db.selectFrom('delivery').select('id').where('name', '=', 'week-1b').executeTakeFirst(),
    ).toBeUndefined();
    const pending = await t.db
      .selectFrom('task')
      .select('id')
      .where('status', '=', 'PENDING')
      .executeTakeFirstOrThrow();
    expect((await deliver('with-pending', [pending.id])).userErrors[0].code).toBe('PRECONDITION_FAILED');
  });

  it('delivers every remaining completed task when none are named, then has nothing left', async () => {
    const rest = await deliver('week-2');
    expect(rest.delivery.taskCount).toBe(completed.length - 2);
    expect((await deliver('week-3')).userErrors[0].code).toBe('PRECONDITION_FAILED');
    expect((await deliver('week-2', [])).userErrors[0].code).toMatch(/PRECONDITION_FAILED|CONFLICT/);
  });

  it('lists deliveries by delivery time and exports one delivery as Scale JSONL', async () => {
    // Distinct, known delivery times (two requests may fall in one millisecond).
    await t.db
      .updateTable('delivery')
      .set({ deliveredAt: '2026-04-03T00:00:00.000Z' })
      .where('name', '=', 'week-1')
      .execute();
    await t.db
      .updateTable('delivery')
      .set({ deliveredAt: '2026-04-10T00:00:00.000Z' })
      .where('name', '=', 'week-2')
      .execute();
    const all = (
      await server.execute(
        `query($p: ID!) { project(id: $p) { deliveries { totalCount nodes { id name deliveredAt } } } }`,
        { p: projectId },
      )
    ).data!.project.deliveries;
    expect(all.nodes.map((d: any) => d.name)).toEqual(['week-1', 'week-2']);
    const [one, two] = all.nodes;
    const after = (
      await server.execute(
        `query($p: ID!, $a: DateTime) { project(id: $p) { deliveries(filter: { deliveredAfter: $a }) { nodes { name } } } }`,
        { p: projectId, a: two.deliveredAt },
      )
    ).data!.project.deliveries;
    expect(after.nodes.map((d: any) => d.name)).toEqual(['week-2']);
    const before = (
      await server.execute(
        `query($p: ID!, $b: DateTime) { project(id: $p) { deliveries(filter: { deliveredBefore: $b }) { nodes { name } } } }`,
        { p: projectId, b: one.deliveredAt },
      )
    ).data!.project.deliveries;
    expect(before.nodes.map((d: any) => d.name)).toEqual(['week-1']);
    const lines: string[] = [];
    expect(await exportScale(t.db, { delivery: one.id }, (l) => lines.push(l))).toBe(2);
    expect(lines.map((l) => JSON.parse(l).task_id).sort()).toEqual(['t0', 't1']);
    // A changed re-import replaces the task whole but keeps its delivery (review fix).
    await importScaleTasks(t.db, projectId, [
      {
        line: 1,
        value: {
          task_id: 't0',
          status: 'completed',
          created_at: '2026-04-01T00:00:00Z',
          completed_at: '2026-04-02T00:00:00Z',
          metadata: { i: 'changed' },
        },
      },
    ]);
    const again = (
      await server.execute(`query($id: ID!) { node(id: $id) { ... on Delivery { taskCount } } }`, { id: one.id })
    ).data!.node;
    expect(again.taskCount).toBe(2);
  });
});
