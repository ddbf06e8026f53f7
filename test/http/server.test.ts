import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

describe(`${DIALECT}: HTTP server`, () => {
  let t: TestDb;
  let server: RunningServer;
  let base: string;
  let authorization: string;
  const logLines: Record<string, any>[] = [];
  const MAX_BODY = 2000;

  beforeAll(async () => {
    t = await createTestDb();
    const { owner } = await insertProject(t.db, 'HTTP project');
    authorization = `Token ${owner.secret}`;
    const sink = new Writable({
      write(chunk, _enc, done) {
        logLines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', MAX_BODY_BYTES: String(MAX_BODY) });
    server = await startAnnograph(config, pino({ level: 'info' }, sink), t.db);
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, ...headers },
      body,
    });

  it('answers /health and /ready', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphiQL at /graphql to a browser, with nothing loaded from another host', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).toContain('FirstProject');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:\/\//i);
    expect(html).not.toMatch(/cdn\.|unpkg\.com|jsdelivr|apollographql\.com/i);
  });

  it('runs a query and logs one line for it with operation, duration and status', async () => {
    const response = await post(
      JSON.stringify({ query: 'query Ping { projects { totalCount nodes { name } } }', operationName: 'Ping' }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data).toEqual({ projects: { totalCount: 1, nodes: [{ name: 'HTTP project' }] } });
    // The connection and its one node; the estimate counts a full default page of 20.
    expect(body.extensions.cost).toMatchObject({ requestedQueryCost: 21, actualQueryCost: 2 });
    const lines = logLines.filter((l) => l.msg === 'graphql request' && l.operationName === 'Ping');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: 200, level: 30 });
    expect(typeof lines[0].durationMs).toBe('number');
  });

  it("answers 401 UNAUTHENTICATED in the seed's words without a valid token, but lets introspection through", async () => {
    for (const header of [
      { authorization: '' },
      { authorization: 'Token not-a-real-key' },
      { authorization: 'Basic abc' },
    ]) {
      const response = await post(JSON.stringify({ query: '{ projects { totalCount } }' }), header);
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.errors[0]).toMatchObject({
        message: 'User is not authenticated. This means token is either not present or invalid',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(body.data).toBeUndefined();
    }
    const introspection = await post(
      JSON.stringify({ query: '{ __schema { queryType { name } } _service { sdl } }' }),
      { authorization: '' },
    );
    expect(introspection.status).toBe(200);
    expect((await introspection.json()).data.__schema.queryType.name).toBe('Query');
  });

  it('accepts the same key as Bearer', async () => {
    const response = await post(JSON.stringify({ query: '{ viewer { user { id } } }' }), {
      authorization: authorization.replace(/^Token /, 'Bearer '),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).data.viewer.user.id).toMatch(/^user_/);
  });

  it('refuses a body over the size limit with 413 and a coded JSON error', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(MAX_BODY)}` }));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain(String(MAX_BODY));
  });

  it('answers malformed JSON with 400 and a coded JSON error, no stack', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/at .*\.js/);
  });

  it('answers unknown paths and methods, and bodies it cannot read, with coded JSON rather than an HTML page', async () => {
    for (const [method, where] of [
      ['GET', '/nope'],
      ['POST', '/health'],
      ['DELETE', '/metrics/x'],
    ]) {
      const response = await fetch(`${base}${where}`, { method });
      expect([method, where, response.status, response.headers.get('content-type')]).toEqual([
        method,
        where,
        404,
        expect.stringMatching(/application\/json/),
      ]);
      expect((await response.json()).errors[0]).toEqual({
        message: expect.stringContaining('/graphql'),
        extensions: { code: 'BAD_REQUEST' },
      });
    }
    const encoded = await post('{"query":"{ __typename }"}', { 'content-encoding': 'zstd-unknown' });
    expect(encoded.status).toBe(415);
    expect((await encoded.json()).errors[0]).toEqual({
      message: expect.stringMatching(/encoding "zstd-unknown" is not supported/),
      extensions: { code: 'BAD_REQUEST' },
    });
    const notAnObject = await post('"just a string"');
    expect(notAnObject.status).toBe(400);
    expect((await notAnObject.json()).errors[0].message).toMatch(/not a JSON object/);
  });

  it('answers an over-limit query with 400 QUERY_TOO_COMPLEX, never 500', async () => {
    const deep = `{ ${'projects { nodes { organization { projects { nodes { organization { '.repeat(6)}id${' } } } } } }'.repeat(6)} }`;
    const response = await post(JSON.stringify({ query: deep }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });
});
