import { M1, M2_CREATE, Q1, Q2, Q3 } from '../../bench/operations';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import { createTestServer } from '../support/server';

// Issue 15: the object limit is enforced on what execution produces, the estimate only refuses fan-out shapes; every
// response reports both (Shopify's extensions.cost).
const UI_QUERY = `query Ui($id: ID!) { project(id: $id) { tasks(first: 50) { nodes { id
  threads { nodes { id turns { nodes { id messages { nodes { id annotations { nodes { id key value } } } } } } } } } } } }`;
const SHALLOW = `query Shallow($id: ID!, $n: Int, $m: Int = 100) { project(id: $id) { tasks(first: $n) { nodes { id threads(first: $m) { nodes { id } } } } } }`;
/** A query written with the default page size everywhere: `first: 50` and the like removed. */
const withDefaultPageSizes = (query: string) =>
  query.replace(/\((first|last): \d+\)/g, '').replace(/,? ?first: \d+,?/g, '');

describe(`${DIALECT}: cost counted at execution`, () => {
  let t: TestDb;
  let projectId: string;
  let taskId: string;
  let servers: Awaited<ReturnType<typeof createTestServer>>[] = [];
  const serverWith = async (limits: { maxCost?: number; maxRequestedCost?: number }, jit = true) => {
    const server = await createTestServer(t.db, limits, { jit });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    t = await createTestDb();
    const fixture = await insertProject(t.db, 'Cost');
    projectId = fixture.projectId;
    const bundle = await insertGenAiTasks(t.db, projectId, 60, {
      threads: 2,
      turns: 2,
      annotationsPerLevel: 1,
      chunks: 1,
    });
    taskId = bundle.task[0].id;
    servers = [];
    (globalThis as any).owner = fixture.owner.viewer;
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await t.destroy();
  });
  const owner = () => (globalThis as any).owner;

  it('admits the five-level UI query with default limits although its estimate is millions, and reports what it produced', async () => {
    const server = await serverWith({});
    const result = await server.execute(UI_QUERY, { id: projectId }, owner());
    expect(result.errors).toBeUndefined();
    const tasks = result.data!.project.tasks.nodes;
    expect(tasks).toHaveLength(50);
    const cost = (result as any).extensions.cost;
    expect(cost.requestedQueryCost).toBeGreaterThan(5_000_000);
    // Counted by hand from the data: every connection, every node, and the project.
    const threads = tasks.flatMap((x: any) => x.threads.nodes);
    const turns = threads.flatMap((x: any) => x.turns.nodes);
    const messages = turns.flatMap((x: any) => x.messages.nodes);
    const annotations = messages.flatMap((x: any) => x.annotations.nodes);
    const nodes = tasks.length + threads.length + turns.length + messages.length + annotations.length;
    const connections = 1 + tasks.length + threads.length + turns.length + messages.length;
    expect(cost.actualQueryCost).toBe(1 + connections + nodes);
    expect(cost.throttleStatus).toBeNull();
  });

  it.each([true, false])(
    'stops a query at the object limit with one QUERY_TOO_COMPLEX and no work past it (jit %s)',
    async (jit) => {
      const server = await serverWith({ maxCost: 100 }, jit);
      for (let run = 0; run < 3; run++) {
        t.statements.length = 0;
        const result = await server.execute(SHALLOW, { id: projectId, n: 60 }, owner());
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 100 });
        expect(result.errors![0].extensions!.actual).toBeGreaterThan(100);
        expect(result.data).toBeNull();
        expect(result.http.status).toBe(400);
        // The project and the page of 60 tasks fit (62); the first task's threads(first: 100) would not, so it is refused
        // before its page is read: no thread is ever read, and what was produced stays within the limit.
        expect(t.statements.filter((s) => /from "thread"/.test(s))).toEqual([]);
        expect((result as any).extensions.cost.actualQueryCost).toBe(62);
      }
      // Pages reserve their size before they are read: 1 + 1 + 5 tasks + 5 x (1 + 10) = 62 fit.
      const small = await server.execute(SHALLOW, { id: projectId, n: 5, m: 10 }, owner());
      expect(small.errors).toBeUndefined();
      expect((small as any).extensions.cost.actualQueryCost).toBeLessThanOrEqual(100);
    },
  );

  it('counts lists sized by their arguments before they run: nodes(ids:) and _entities(representations:)', async () => {
    const server = await serverWith({ maxCost: 100, maxRequestedCost: 1e12 });
    const ids = Array.from({ length: 500 }, () => taskId);
    t.statements.length = 0;
    const many = await server.execute(
      `query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }`,
      { ids },
      owner(),
    );
    expect(many.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', actual: 500 });
    expect(t.statements.filter((s) => /from "task"/.test(s))).toEqual([]);
    const representations = Array.from({ length: 300 }, () => ({ __typename: 'Task', id: taskId }));
    const entities = await server.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id threads(first: 10) { nodes { id } } } } }`,
      { r: representations },
      owner(),
    );
    // The estimate counts a union's members like objects (it was 0 for _entities, which bypassed the estimate).
    expect((entities as any).extensions.cost.requestedQueryCost).toBe(300 * (1 + 1 + 10));
    expect(entities.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('refuses a mutation whose estimate exceeds the object limit before it writes anything', async () => {
    const server = await serverWith({ maxCost: 50 });
    const mutation = `mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { touched: true }) { task { id project { tasks(first: 100) { nodes { id } } } } userErrors { code } } }`;
    const result = await server.execute(mutation, { id: taskId }, owner());
    expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 50 });
    const row = await t.db.selectFrom('task').select('metadataJson').where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(row.metadataJson ?? '').not.toContain('touched');
    const small = await server.execute(
      `mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { touched: true }) { task { id } userErrors { code } } }`,
      { id: taskId },
      owner(),
    );
    expect(small.data!.taskSetMetadata.userErrors).toEqual([]);
    expect((small as any).extensions.cost).toMatchObject({ actualQueryCost: 2 });
  });

  it('refuses a fan-out shape by its estimate before execution', async () => {
    const server = await serverWith({ maxRequestedCost: 10_000 });
    const result = await server.execute(SHALLOW, { id: projectId, n: 101 - 1 }, owner());
    expect(result.errors![0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'requestedCost',
      max: 10_000,
    });
    expect(result.http.status).toBe(400);
    expect((result as any).extensions.cost).toMatchObject({
      requestedQueryCost: result.errors![0].extensions!.actual,
      actualQueryCost: 0,
    });
  });

  it('reports extensions.cost on answers that never ran: validation errors and unknown operations', async () => {
    const server = await serverWith({});
    const invalid = await server.execute('{ nope }', undefined, owner());
    expect(invalid.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((invalid as any).extensions.cost).toEqual({
      requestedQueryCost: null,
      actualQueryCost: 0,
      throttleStatus: null,
    });
  });

  it('runs every benchmark operation written with default page sizes under the default limits', async () => {
    const server = await serverWith({});
    const annotationId = (
      await t.db.selectFrom('annotation').select('id').where('taskId', '=', taskId).executeTakeFirstOrThrow()
    ).id;
    const operations: [string, string, Record<string, unknown>][] = [
      ['Q1', Q1, { projectId }],
      ['Q2', Q2, { id: taskId }],
      ['Q3', Q3, { filter: { status: ['COMPLETED'] } }],
      ['M1', M1, { id: annotationId, value: 1 }],
      ['M2', M2_CREATE, { projectId }],
    ];
    for (const [name, query, variables] of operations) {
      const defaults = withDefaultPageSizes(query);
      if (name !== 'M1' && name !== 'M2') expect(defaults).not.toMatch(/first: \d/);
      const result = await server.execute(defaults, variables, owner());
      expect([name, result.errors]).toEqual([name, undefined]);
      expect((result as any).extensions.cost.actualQueryCost).toBeGreaterThan(0);
    }
  });
});
