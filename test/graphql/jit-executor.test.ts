import { getIntrospectionQuery } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { Q1, Q2 } from '../../bench/operations';
import { DIALECT } from '../support/db';
import { insertGenAiTasks } from '../support/factories';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { createTestServer } from '../support/server';

// Counts compilations, and runs of compiled queries (`compiledRuns`), to tell which path answered.
const compiledRuns: string[] = [];
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  const compileQuery = jest.fn((...args: Parameters<typeof actual.compileQuery>) => {
    const result = actual.compileQuery(...args);
    if (!actual.isCompiledQuery(result)) return result;
    const run = result.query;
    return { ...result, query: (...a: unknown[]) => (compiledRuns.push(String(args[2] ?? '')), run(...a)) };
  });
  return { ...actual, compileQuery };
});

// Operations run compiled by graphql-jit (src/graphql/plugins/jit-queries.ts). The same operations through graphql-js must
// answer the same, data and errors alike: nested lists, interfaces, unions, federation, introspection, mutations,
// bad variables and masked failures.
describe(`${DIALECT}: graphql-jit answers what graphql-js answers`, () => {
  let s: ProjectServer;
  let interpreted: Awaited<ReturnType<typeof createTestServer>>;
  let taskId: string;
  let messageId: string;

  beforeAll(async () => {
    s = await startProjectServer('JIT');
    interpreted = await createTestServer(s.t.db, {}, { jit: false });
    interpreted.actAs(s.owner.viewer);
    const bundle = await insertGenAiTasks(s.t.db, s.projectId, 3, {
      threads: 2,
      turns: 2,
      annotationsPerLevel: 2,
      chunks: 2,
    });
    taskId = bundle.task[0].id;
    messageId = bundle.message[0].id;
  });
  afterAll(async () => {
    await interpreted.stop();
    await stopProjectServer(s);
  });

  // The jit server interprets a document the first time and runs it compiled from the second (jit-queries.ts):
  // both runs must equal graphql-js's answer.
  const both = async (query: string, variables?: Record<string, unknown>) => {
    const js = await interpreted.execute(query, variables);
    const [first, compiled] = [await s.server.execute(query, variables), await s.server.execute(query, variables)];
    expect(first).toEqual(js);
    expect(compiled).toEqual(js);
    return compiled;
  };

  it('reads nested lists, a whole task, interfaces, unions and entities the same', async () => {
    expect((await both(Q1, { projectId: s.projectId })).data!.project.tasks.nodes).toHaveLength(3);
    expect((await both(Q2, { id: taskId })).data!.task.threads.nodes.length).toBeGreaterThan(0);
    const nodes = await both(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Message { role annotations { nodes { typedValue { __typename ... on IntegerAnnotationValue { integer possibleIntegers } } } } } } }`,
      { ids: [messageId, taskId, 'task_01ARZ3NDEKTSV4RRFFQ69G5FAV'] },
    );
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.nodes.map((n: any) => n?.__typename ?? null)).toEqual(['Message', 'Task', null]);
    const entities = await both(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Task { id status } } }`,
      { r: [{ __typename: 'Task', id: taskId }] },
    );
    expect(entities.data!._entities).toEqual([{ __typename: 'Task', id: taskId, status: 'COMPLETED' }]);
    expect((await both(getIntrospectionQuery())).data!.__schema.types.length).toBeGreaterThan(100);
  });

  it('runs mutations and reports user errors, bad variables and masked failures the same', async () => {
    const created = await both(
      `mutation($p: ID!) { codingTaskCreate(input: { projectId: $p, label: "jit" }) { task { status coding { type } } userErrors { code } } }`,
      { p: s.projectId },
    );
    expect(created.data!.codingTaskCreate.task).toEqual({ status: 'DRAFT', coding: { type: 'UNKNOWN' } });
    await both(`mutation { taskCommit(id: "task_01ARZ3NDEKTSV4RRFFQ69G5FAV") { userErrors { code field message } } }`);
    const bad = await both(`query($n: Int) { projects(first: $n) { totalCount } }`, { n: 'ten' });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await s.t.db.updateTable('task').set({ metadataJson: '{broken' }).where('id', '=', taskId).execute();
    const masked = await both(`query($id: ID!) { task(id: $id) { id metadata } }`, { id: taskId });
    expect(masked.errors).toEqual([
      { message: 'Internal server error', path: ['task', 'metadata'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });

  it('answers a query compiled from its second run on; mutations and queries with errors come from graphql-js', async () => {
    compiledRuns.length = 0;
    const query = `query Compiled($id: ID!) { project(id: $id) { name tasks(first: 2) { nodes { id } } } }`;
    await both(query, { id: s.projectId });
    expect(compiledRuns).toEqual(['Compiled']); // the first run was interpreted, the second compiled
    compiledRuns.length = 0;
    const mutation = `mutation M($p: ID!) { codingTaskCreate(input: { projectId: $p, label: "twice" }) { task { label } } }`;
    await both(mutation, { p: s.projectId });
    await both(mutation, { p: s.projectId });
    expect(compiledRuns).toEqual([]);
    // A failing field: the compiled run is thrown away and graphql-js answers, so errors are made by one path.
    await s.t.db.updateTable('task').set({ metadataJson: '{broken' }).where('id', '=', taskId).execute();
    const failing = `query Failing($id: ID!) { task(id: $id) { id metadata } }`;
    const answer = await both(failing, { id: taskId });
    expect(compiledRuns).toEqual(['Failing']);
    expect(answer.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('compiles an operation when it comes the second time, once', async () => {
    const compiles = compileQuery as jest.Mock;
    const query = `query Once($id: ID!) { project(id: $id) { name } }`;
    const before = compiles.mock.calls.length;
    await both(query, { id: s.projectId });
    expect(compiles.mock.calls.length - before).toBe(1);
    await s.server.execute(query, { id: s.projectId });
    expect(compiles.mock.calls.length - before).toBe(1);
    await s.server.execute(`query Other($id: ID!) { project(id: $id) { id } }`, { id: s.projectId });
    expect(compiles.mock.calls.length - before).toBe(1);
  });
});
