import pino from 'pino';
import { loadConfig } from '../../src/config';
import { jsonDepthExceeds, textNestingDepth } from '../../src/json-depth';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

const nest = (levels: number, open: string, close: string, inner = '1') =>
  open.repeat(levels) + inner + close.repeat(levels);

describe('nesting measured without recursion', () => {
  it('counts levels of objects and arrays', () => {
    expect(jsonDepthExceeds({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: [1, { b: {} }] }, 3)).toBe(true);
    expect(jsonDepthExceeds('x'.repeat(10), 0)).toBe(false);
    expect(jsonDepthExceeds(JSON.parse(nest(200_000, '[', ']')), 64)).toBe(true);
  });
  it('skips strings, block strings with escaped quotes and comments in documents', () => {
    expect(textNestingDepth('{ a(b: "{{{{[[[") }')).toBe(2);
    expect(textNestingDepth('{ a(b: """ \\""" {{{{ """) }', { graphql: true })).toBe(2);
    expect(textNestingDepth('{ a # {{{{\n b }', { graphql: true })).toBe(1);
    expect(textNestingDepth(nest(1000, '[', ']'), { stopAt: 10 })).toBe(11);
  });
});

// Issue 15: requests nested far deeper than anything natural were answered 500 (stack overflows in the parser,
// variable coercion and JSON.stringify); they must get a coded 400 and leave the server answering.
describe(`${DIALECT}: deeply nested requests and operationName variants over HTTP`, () => {
  let t: TestDb;
  let server: RunningServer;
  let authorization: string;

  beforeAll(async () => {
    t = await createTestDb();
    authorization = `Token ${(await insertProject(t.db, 'Nesting')).owner.secret}`;
    server = await startAnnograph(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off', LOG_LEVEL: 'silent' }),
      pino({ level: 'silent' }),
      t.db,
    );
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const post = async (body: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization },
      body,
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
    };
  };
  const codes = (body: { errors?: { extensions: { code: string } }[] }) => body.errors?.map((e) => e.extensions.code);

  it.each([
    [
      'variables 100,000 levels deep',
      `{"query":"query($v: JSON) { __typename }","variables":{"v":${nest(100_000, '[', ']')}}}`,
      'BAD_REQUEST',
    ],
    [
      'an unused variable 100,000 levels deep',
      `{"query":"{ __typename }","variables":{"v":${nest(100_000, '{"a":', '}')}}}`,
      'BAD_REQUEST',
    ],
    [
      'a DateTime variable holding JSON 10,000 deep',
      `{"query":"query($v: DateTime) { projects(filter: { createdAfter: $v }) { totalCount } }","variables":{"v":${nest(10_000, '{"a":', '}')}}}`,
      'BAD_REQUEST',
    ],
    [
      'extensions 10,000 levels deep',
      `{"query":"{ __typename }","extensions":${nest(10_000, '{"a":', '}')}}`,
      'BAD_REQUEST',
    ],
    [
      'a list literal 10,000 levels deep',
      JSON.stringify({ query: `{ nodes(ids: ${nest(10_000, '[', ']', '"x"')}) { id } }` }),
      'QUERY_TOO_COMPLEX',
    ],
    ['selections 5,000 levels deep', JSON.stringify({ query: nest(5_000, '{ a ', ' }', '') }), 'QUERY_TOO_COMPLEX'],
    [
      'a JSON variable 40 levels deep (over the JSON scalar limit, under the body limit)',
      `{"query":"query($v: JSON!) { __typename }","variables":{"v":${nest(40, '[', ']')}}}`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('%s: a coded 400', async (_name, body, code) => {
    const { status, body: reply } = await post(body);
    expect(status).toBe(400);
    expect(codes(reply)).toEqual([code]);
  });

  it('a JSON variable over the scalar depth answers BAD_USER_INPUT', async () => {
    const deep = await post(
      JSON.stringify({
        query: 'mutation($m: JSON!) { taskSetMetadata(id: "task_x", metadata: $m) { userErrors { code } } }',
        variables: { m: JSON.parse(nest(40, '{"a":', '}')) },
      }),
    );
    expect(deep.status).toBe(400);
    expect(codes(deep.body)).toEqual(['BAD_USER_INPUT']);
    expect(deep.body.errors![0].message).toMatch(/deeper than 32 levels/);
  });

  it.each([
    ['a name not in the document', { query: 'query A { __typename }', operationName: 'B' }],
    ['an empty name', { query: 'query A { __typename }', operationName: '' }],
    ['a name with one anonymous operation', { query: '{ __typename }', operationName: 'A' }],
    ['two operations and no name', { query: 'query A { __typename } query B { __typename }' }],
    ['a 100 KB name', { query: 'query A { projects { totalCount } }', operationName: 'x'.repeat(100_000) }],
  ])(
    'operationName: %s answers 400 OPERATION_RESOLUTION_FAILURE, also on a repeated (compiled) run',
    async (_name, request) => {
      for (let run = 0; run < 3; run++) {
        const { status, body } = await post(JSON.stringify(request));
        expect(status).toBe(400);
        expect(codes(body)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
      }
    },
  );

  it('still answers a natural query after all of them', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ projects { totalCount } }' }));
    expect(status).toBe(200);
    expect(body.data).toEqual({ projects: { totalCount: 1 } });
  });
});
