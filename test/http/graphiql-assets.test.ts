import http from 'node:http';
import zlib from 'node:zlib';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createMetrics } from '../../src/observability/metrics';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

// node:http, not fetch: fetch asks for compression itself and hides Content-Encoding behind its decoding.
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

function decoded(reply: Reply): string {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(reply.body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(reply.body).toString();
  expect(encoding).toBeUndefined();
  return reply.body.toString();
}

// Issue 15: GraphiQL's page is small and links its files by hashed URLs cached for a year; HTML, JS, CSS and JSON
// replies of 1 KB and more are compressed by Accept-Encoding, the rest (and /metrics) is left alone.
describe(`${DIALECT}: GraphiQL's files and compressed replies`, () => {
  let t: TestDb;
  let server: RunningServer;
  let base: string;
  let authorization: string;
  let html: string;
  let assetUrls: string[];

  beforeAll(async () => {
    t = await createTestDb();
    const { owner } = await insertProject(t.db, 'Compressed project');
    authorization = `Token ${owner.secret}`;
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off' });
    server = await startAnnograph(config, pino({ level: 'silent' }), t.db, {
      graphiqlHeaders: { Authorization: authorization },
      metrics: createMetrics(),
    });
    base = server.url.replace(/\/graphql$/, '');
    const page = await raw(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    html = page.body.toString();
    assetUrls = [...html.matchAll(/"(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const post = (body: object, headers: Record<string, string> = {}) =>
    raw(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, ...headers },
      body: JSON.stringify(body),
    });

  it('serves a small GraphiQL page, asked again each time, with the demo header, the example query and no outside URL', async () => {
    const page = await raw(server.url, { headers: { accept: 'text/html' } });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body.length).toBeLessThan(8 * 1024);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.vary).toMatch(/\bAccept\b/);
    expect(html).toContain('<title>Annograph</title>');
    expect(html).toContain('query FirstProject');
    expect(html).toContain(JSON.stringify(JSON.stringify({ Authorization: authorization }, null, 2)).slice(1, -1));
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    // The repeat is a 304 by ETag.
    const again = await raw(server.url, {
      headers: { accept: 'text/html', 'if-none-match': String(page.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('links a script, a stylesheet, an icon and three Monaco workers, each under a content hash', () => {
    expect(assetUrls).toHaveLength(6);
    for (const url of assetUrls) expect(url).toMatch(/^\/graphiql\/[a-z.]+\.[0-9a-f]{16}\.(js|css|ico)$/);
    expect(assetUrls.filter((u) => u.endsWith('.js'))).toHaveLength(4);
    expect(new Set(assetUrls).size).toBe(6);
  });

  it('answers every file as immutable for a year, with an ETag that a revalidation gets a 304 for', async () => {
    for (const url of assetUrls) {
      const reply = await raw(base + url);
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(reply.headers['content-type']).toMatch(
        url.endsWith('.js') ? /^text\/javascript/ : url.endsWith('.css') ? /^text\/css/ : /^image\//,
      );
      expect(reply.body.length).toBeGreaterThan(1024);
      const hash = url.split('.').at(-2)!;
      expect(reply.headers.etag).toBe(`W/"${hash}"`);
      const revalidated = await raw(base + url, { headers: { 'if-none-match': reply.headers.etag! } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body.length).toBe(0);
    }
    const stale = await raw(`${base}/graphiql/graphiql.0000000000000000.js`);
    expect(stale.status).toBe(404);
  });

  it("sends GraphiQL's script as br or gzip when asked, the same bytes as the plain one", async () => {
    const script = assetUrls.find((u) => u.startsWith('/graphiql/graphiql.') && u.endsWith('.js'))!;
    const plain = await raw(base + script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    for (const encoding of ['br', 'gzip']) {
      const compressed = await raw(base + script, { headers: { 'accept-encoding': encoding } });
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.headers.vary).toMatch(/Accept-Encoding/);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
      expect(decoded(compressed)).toBe(plain.body.toString());
    }
  });

  it('compresses a GraphQL reply over 1 KB by Accept-Encoding and leaves it plain when not asked', async () => {
    const query = { query: '{ __schema { types { name kind } } }' };
    const plain = await post(query);
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // Every request spends a point of the caller's bucket: the replies differ only in what is left of it.
    const withoutBucket = (reply: { data?: any; extensions?: { cost?: { throttleStatus?: unknown } } }) => ({
      ...reply,
      extensions: { ...reply.extensions, cost: { ...reply.extensions?.cost, throttleStatus: 'left out' } },
    });
    const expected = withoutBucket(JSON.parse(plain.body.toString()));
    expect(expected.data.__schema.types.length).toBeGreaterThan(20);
    for (const [asked, got] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['gzip, deflate, br', 'br'],
      ['identity', undefined],
    ] as const) {
      const reply = await post(query, { 'accept-encoding': asked, accept: 'application/graphql-response+json' });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
      expect(reply.headers['content-encoding']).toBe(got);
      expect(withoutBucket(JSON.parse(decoded(reply)))).toEqual(expected);
    }
  });

  it('leaves a reply under 1 KB plain even when compression is accepted', async () => {
    const reply = await post({ query: '{ __typename }' }, { 'accept-encoding': 'gzip, br' });
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBeLessThan(1024);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(reply.body.toString()).data).toEqual({ __typename: 'Query' });
  });

  it('delivers 4xx JSON bodies whole, compressed or not', async () => {
    const unauthenticated = await post(
      { query: '{ projects { totalCount } }' },
      { authorization: 'Token not-a-real-key', 'accept-encoding': 'gzip, br' },
    );
    expect(unauthenticated.status).toBe(401);
    expect(JSON.parse(decoded(unauthenticated)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // Fifty unknown fields: fifty validation errors, well over 1 KB.
    const invalid = await post(
      { query: `{ ${Array.from({ length: 50 }, (_, i) => `unknownField${i}`).join(' ')} }` },
      { 'accept-encoding': 'gzip', accept: 'application/graphql-response+json' },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(decoded(invalid));
    expect(body.errors).toHaveLength(50);
    expect(body.errors.every((e: any) => e.extensions.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    const malformed = await raw(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(decoded(malformed)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it("answers GraphiQL's queries over GET (with the CSRF header) with 304 on a repeat; without the header Apollo still refuses", async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ __schema { types { name } } }')}`;
    const headers = {
      authorization,
      'apollo-require-preflight': 'true',
      accept: 'application/graphql-response+json, application/json',
      'accept-encoding': 'br',
    };
    const first = await raw(url, { headers });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(first)).data.__schema.types.length).toBeGreaterThan(20);
    const repeat = await raw(url, { headers: { ...headers, 'if-none-match': String(first.headers.etag) } });
    expect(repeat.status).toBe(304);
    const csrf = await raw(url, { headers: { authorization, accept: 'application/json' } });
    expect(csrf.status).toBe(400);
    expect(decoded(csrf)).toMatch(/CSRF|preflight/i);
  });

  it('gives a POST reply no ETag (a POST is never revalidated), the same query by GET one', async () => {
    const query = '{ __schema { types { name } } }';
    const headers = { authorization, 'apollo-require-preflight': 'true', accept: 'application/json' };
    const viaGet = await raw(`${server.url}?query=${encodeURIComponent(query)}`, { headers });
    expect(viaGet.headers.etag).toMatch(/^W\/"/);
    const viaPost = await raw(server.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(viaPost.status).toBe(200);
    expect(JSON.parse(decoded(viaPost)).data.__schema.types.length).toBeGreaterThan(20);
    expect(viaPost.headers.etag).toBeUndefined();
  });

  it('answers a long query over GET (GraphiQL sends queries by GET): a 38 KB URL is not refused 431', async () => {
    const query = `{ ${Array.from({ length: 700 }, (_v, i) => `__typename # padding padding padding ${i}\n`).join('')} }`;
    const url = `${server.url}?query=${encodeURIComponent(query)}`;
    expect(url.length).toBeGreaterThan(32 * 1024);
    const reply = await raw(url, { headers: { authorization, 'apollo-require-preflight': 'true' } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(decoded(reply)).data).toEqual({ __typename: 'Query' });
  });

  it('leaves /metrics and small JSON probes plain', async () => {
    const metrics = await raw(`${base}/metrics`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(metrics.status).toBe(200);
    expect(metrics.body.length).toBeGreaterThan(1024);
    expect(metrics.headers['content-encoding']).toBeUndefined();
    expect(metrics.body.toString()).toMatch(/^# HELP /m);
    const health = await raw(`${base}/health`, { headers: { 'accept-encoding': 'gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
  });
});
