import { DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

const PAGE = `query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: TaskFilter) {
  project(id: $id) {
    tasks(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      edges { cursor node { id } }
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

describe(`${DIALECT}: Relay connections`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let allIds: string[];

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
    const bundle = await insertGenAiTasks(t.db, projectId, 130, {
      threads: 0,
      turns: 0,
      annotationsPerLevel: 0,
      chunks: 0,
    });
    allIds = bundle.task.map((r) => r.id).sort();
    // A few tasks in other states for the filter tests.
    await t.db.updateTable('task').set({ status: 'FAILED' }).where('id', 'in', allIds.slice(0, 7)).execute();
  });
  afterAll(() => stopProjectServer({ t, server }));

  const page = async (variables: Record<string, unknown>) => {
    const result = await server.execute(PAGE, { id: projectId, ...variables });
    return { tasks: result.data?.project?.tasks, errors: result.errors };
  };

  it('defaults to 20 items, oldest first, with the total across pages', async () => {
    const { tasks } = await page({});
    expect(tasks.nodes.map((n: any) => n.id)).toEqual(allIds.slice(0, 20));
    expect(tasks.edges.map((e: any) => e.node.id)).toEqual(allIds.slice(0, 20));
    expect(tasks.totalCount).toBe(130);
    expect(tasks.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('walks forward with first/after through every item exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const { tasks }: any = await page({ first: 40, after });
      seen.push(...tasks.nodes.map((n: any) => n.id));
      if (!tasks.pageInfo.hasNextPage) break;
      after = tasks.pageInfo.endCursor;
    }
    expect(seen).toEqual(allIds);
  });

  it('walks backward with last/before', async () => {
    const { tasks: tail } = await page({ last: 30 });
    expect(tail.nodes.map((n: any) => n.id)).toEqual(allIds.slice(100));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const { tasks: before } = await page({ last: 30, before: tail.pageInfo.startCursor });
    expect(before.nodes.map((n: any) => n.id)).toEqual(allIds.slice(70, 100));
    expect(before.pageInfo.hasNextPage).toBe(true);
  });

  it('accepts 100 and answers BAD_USER_INPUT beyond, for first and last', async () => {
    expect((await page({ first: 100 })).tasks.nodes).toHaveLength(100);
    for (const args of [{ first: 101 }, { last: 101 }, { first: -1 }]) {
      const { tasks, errors } = await page(args);
      expect(tasks).toBeUndefined();
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', max: 100 });
    }
  });

  it('rejects a cursor of a list with another order, both ways', async () => {
    const ordered = (
      await server.execute(
        `query($id: ID!) { project(id: $id) { tasks(first: 1, orderBy: { field: COMPLETED_AT }) { pageInfo { endCursor } } } }`,
        { id: projectId },
      )
    ).data!.project.tasks.pageInfo.endCursor;
    const plain = (await page({ first: 1 })).tasks.pageInfo.endCursor;
    expect((await page({ after: ordered })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const wrongOrder = await server.execute(
      `query($id: ID!, $a: String) { project(id: $id) { tasks(first: 1, after: $a, orderBy: { field: CREATED_AT }) { totalCount } } }`,
      { id: projectId, a: ordered },
    );
    expect(wrongOrder.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const plainInOrdered = await server.execute(
      `query($id: ID!, $a: String) { project(id: $id) { tasks(first: 1, after: $a, orderBy: { field: CREATED_AT }) { totalCount } } }`,
      { id: projectId, a: plain },
    );
    expect(plainInOrdered.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a cursor it did not issue, and first together with last', async () => {
    const bad = await page({ after: 'not-a-cursor' });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const both = await page({ first: 1, last: 1 });
    expect(both.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('filters by status and external id, and counts what the filter keeps', async () => {
    const { tasks: failed } = await page({ filter: { status: ['FAILED'] } });
    expect(failed.totalCount).toBe(7);
    expect(failed.nodes.map((n: any) => n.id)).toEqual(allIds.slice(0, 7));
    const external = await t.db
      .selectFrom('task')
      .select(['id', 'externalId'])
      .where('id', '=', allIds[42])
      .executeTakeFirstOrThrow();
    const { tasks: one } = await page({ filter: { externalId: external.externalId } });
    expect(one.nodes).toEqual([{ id: allIds[42] }]);
    expect(one.totalCount).toBe(1);
  });

  it('gives an empty page, not an error, for first: 0 and past the end', async () => {
    const { tasks: zero } = await page({ first: 0 });
    expect(zero.nodes).toEqual([]);
    expect(zero.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
    const { tasks: last } = await page({ last: 1 });
    const { tasks: past } = await page({ after: last.pageInfo.endCursor });
    expect(past.nodes).toEqual([]);
    expect(past.pageInfo.hasNextPage).toBe(false);
  });
});
