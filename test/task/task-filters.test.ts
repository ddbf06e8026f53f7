import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// 30 tasks: created one per day in March 2026, every third completed (on day + 1), others pending or error,
// alternating between two batches. Expectations are computed from this description, not from the code.
const DAYS = 30;
const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T12:00:00.000Z`;
const TASKS = Array.from({ length: DAYS }, (_v, i) => {
  const d = i + 1;
  const status = d % 3 === 0 ? 'completed' : d % 5 === 0 ? 'error' : 'pending';
  return {
    task_id: `t${d}`,
    batch: d % 2 ? 'odd' : 'even',
    status,
    created_at: day(d),
    ...(status === 'completed' ? { completed_at: day(Math.min(d + 1, 31)) } : {}),
  };
});
const ids = (tasks: typeof TASKS) => tasks.map((t) => t.task_id);

describe(`${DIALECT}: task filters and ordering`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
    // Imported in reverse, so that creation order in Annograph differs from created_at.
    const summary = await importScaleTasks(
      t.db,
      projectId,
      [...TASKS].reverse().map((value, i) => ({ line: i + 1, value })),
    );
    expect(summary.created).toBe(DAYS);
  });
  afterAll(() => stopProjectServer({ t, server }));

  const list = async (filter: object, orderBy?: object, page: object = { first: 100 }) => {
    const { data, errors } = await server.execute(
      `query($p: ID!, $f: TaskFilter, $o: TaskOrder, $first: Int, $after: String, $last: Int, $before: String) {
        project(id: $p) { tasks(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
          totalCount nodes { externalId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
      }`,
      { p: projectId, f: filter, o: orderBy, ...page },
    );
    expect(errors).toBeUndefined();
    return data!.project.tasks;
  };
  const externalIds = (conn: any) => conn.nodes.map((n: any) => n.externalId);

  it('filters by status, batch and created/completed ranges (bounds included), and counts what it keeps', async () => {
    const completed = TASKS.filter((x) => x.status === 'completed');
    expect((await list({ status: ['COMPLETED'] })).totalCount).toBe(completed.length);
    const failedOrPending = await list({ status: ['FAILED', 'PENDING'] });
    expect(failedOrPending.totalCount).toBe(DAYS - completed.length);
    const batchId = (
      await server.execute(`query($p: ID!) { project(id: $p) { batches(filter: { name: "odd" }) { nodes { id } } } }`, {
        p: projectId,
      })
    ).data!.project.batches.nodes[0].id;
    const odd = await list({ batchId });
    expect(new Set(externalIds(odd))).toEqual(new Set(ids(TASKS.filter((x) => x.batch === 'odd'))));
    expect(externalIds(await list({ batchName: 'even' })).sort()).toEqual(
      ids(TASKS.filter((x) => x.batch === 'even')).sort(),
    );
    const created = await list({ createdAfter: day(10), createdBefore: day(14) });
    expect(new Set(externalIds(created))).toEqual(new Set(['t10', 't11', 't12', 't13', 't14']));
    const done = await list({ completedAfter: day(10), completedBefore: day(19) });
    expect(new Set(externalIds(done))).toEqual(
      new Set(ids(completed.filter((x) => x.completed_at! >= day(10) && x.completed_at! <= day(19)))),
    );
  });

  it('orders by created and completed time both ways, with cursors that keep the order across pages', async () => {
    const byCreated = [...TASKS].sort((a, b) => a.created_at.localeCompare(b.created_at));
    expect(externalIds(await list({}, { field: 'CREATED_AT', direction: 'ASC' }))).toEqual(ids(byCreated));
    expect(externalIds(await list({}, { field: 'CREATED_AT', direction: 'DESC' }))).toEqual(ids(byCreated).reverse());
    // Completed descending: latest completion first, tasks never completed last (ties by Annograph id).
    const desc = externalIds(await list({}, { field: 'COMPLETED_AT', direction: 'DESC' }));
    const completedDesc = ids(
      TASKS.filter((x) => x.completed_at).sort((a, b) => b.completed_at!.localeCompare(a.completed_at!)),
    );
    expect(desc.slice(0, completedDesc.length)).toEqual(completedDesc);
    expect(new Set(desc.slice(completedDesc.length))).toEqual(new Set(ids(TASKS.filter((x) => !x.completed_at))));

    const walked: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const page: any = await list({}, { field: 'COMPLETED_AT', direction: 'DESC' }, { first: 4, after });
      walked.push(...externalIds(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(desc);

    // Both directions, forward and backward, in pages of 2 that cross from completed tasks to never-completed ones
    // (nulls first ascending, last descending), must give the whole list in order.
    for (const direction of ['ASC', 'DESC'] as const) {
      const whole = externalIds(await list({}, { field: 'COMPLETED_AT', direction }));
      if (direction === 'ASC')
        expect(new Set(whole.slice(0, TASKS.filter((x) => !x.completed_at).length))).toEqual(
          new Set(ids(TASKS.filter((x) => !x.completed_at))),
        );
      const forward: string[] = [];
      const backward: string[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 40; guard++) {
        const page: any = await list({}, { field: 'COMPLETED_AT', direction }, { first: 2, after: cursor });
        forward.push(...externalIds(page));
        if (!page.pageInfo.hasNextPage) break;
        cursor = page.pageInfo.endCursor;
      }
      cursor = null;
      for (let guard = 0; guard < 40; guard++) {
        const page: any = await list({}, { field: 'COMPLETED_AT', direction }, { last: 2, before: cursor });
        backward.unshift(...externalIds(page));
        if (!page.pageInfo.hasPreviousPage) break;
        cursor = page.pageInfo.startCursor;
      }
      expect({ direction, forward }).toEqual({ direction, forward: whole });
      expect({ direction, backward }).toEqual({ direction, backward: whole });
    }
  });

  it('lists tasks across projects at the root, and counts tasks per status in a batch', async () => {
    const { data } = await server.execute(
      `query($p: ID!) {
      tasks(filter: { projectId: $p, status: [COMPLETED] }) { totalCount }
      project(id: $p) { batches { nodes { name taskCounts { status count } } } }
    }`,
      { p: projectId },
    );
    expect(data!.tasks.totalCount).toBe(TASKS.filter((x) => x.status === 'completed').length);
    for (const batch of data!.project.batches.nodes) {
      const mine = TASKS.filter((x) => x.batch === batch.name);
      const want = ['COMPLETED', 'FAILED', 'PENDING']
        .map((status) => ({
          status,
          count: mine.filter(
            (x) => ({ completed: 'COMPLETED', error: 'FAILED', pending: 'PENDING' })[x.status] === status,
          ).length,
        }))
        .filter((c) => c.count > 0);
      expect(batch.taskCounts).toEqual(want);
    }
  });
});
