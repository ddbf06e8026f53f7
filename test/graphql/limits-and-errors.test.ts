import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { createTestServer } from '../support/server';

describe(`${DIALECT}: limits and error masking`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let projectId: string;
  const LIMITS = { maxDepth: 6, maxAliases: 3, maxTokens: 400, maxRequestedCost: 5000 };

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db, LIMITS);
    const fixture = await insertProject(t.db);
    projectId = fixture.projectId;
    server.actAs(fixture.owner.viewer);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const expectTooComplex = (result: any, limit: string, max: number, actual?: number) => {
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit,
      max,
      ...(actual === undefined ? {} : { actual }),
    });
    expect(result.http.status).toBe(400);
  };

  it('rejects a query deeper than maxDepth, counting through fragments', async () => {
    const deep = `query { project(id: "x") { ...P } } fragment P on Project { tasks { nodes { threads { nodes { turns { nodes { id } } } } } } }`;
    expectTooComplex(await server.execute(deep), 'depth', 6, 8); // fragments add no level of their own
    const ok = await server.execute(`{ project(id: "x") { tasks { nodes { id } } } }`);
    expect(ok.errors).toBeUndefined();
  });

  it('rejects more aliases than maxAliases', async () => {
    expectTooComplex(
      await server.execute(
        `{ a: organizations { totalCount } b: organizations { totalCount } c: organizations { totalCount } d: organizations { totalCount } }`,
      ),
      'aliases',
      3,
      4,
    );
  });

  it('rejects an estimated cost above maxRequestedCost, taking page sizes from variables', async () => {
    const query = `query($n: Int) { projects(first: $n) { nodes { tasks(first: $n) { nodes { id } } } } }`;
    expect((await server.execute(query, { n: 50 })).errors).toBeUndefined();
    const tooMany = await server.execute(query, { n: 100 });
    expectTooComplex(tooMany, 'requestedCost', 5000);
    expect(tooMany.errors![0].extensions!.actual).toBeGreaterThan(5000);
    // Estimates are remembered per document and variables (cost/estimate.ts): each pair keeps its own verdict when repeated.
    expect((await server.execute(query, { n: 50 })).errors).toBeUndefined();
    expectTooComplex(await server.execute(query, { n: 100 }), 'requestedCost', 5000);
  });

  it('rejects a document with more tokens than maxTokens', async () => {
    const fields = Array.from({ length: 500 }, () => '__typename').join(' ');
    expectTooComplex(await server.execute(`{ ${fields} }`), 'tokens', 400);
  });

  it('masks an unexpected failure as INTERNAL_SERVER_ERROR without internals, and keeps the rest of the data', async () => {
    await t.db.updateTable('project').set({ metadataJson: '{not json' }).where('id', '=', projectId).execute();
    const result = await server.execute(`query($id: ID!) { project(id: $id) { name metadata } }`, { id: projectId });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toEqual({
      message: 'Internal server error',
      path: ['project', 'metadata'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/JSON|stack|at /);
    // metadata is non-null, so the error nulls its parent; the sibling query shape stays valid.
    expect(result.data).toEqual({ project: null });
  });

  it('codes client mistakes: syntax, unknown fields and bad variables', async () => {
    const syntax = await server.execute(`{ project(id: "x") { `);
    expect(syntax.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await server.execute(`{ nope }`);
    expect(unknown.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable = await server.execute(`query($n: Int) { projects(first: $n) { totalCount } }`, { n: 'ten' });
    expect(variable.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    for (const r of [syntax, unknown, variable]) expect(JSON.stringify(r)).not.toContain('stacktrace');
  });
});
