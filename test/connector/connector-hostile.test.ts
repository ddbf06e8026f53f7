import pino from 'pino';
import { findConnectorRecords, saveConnectorRecord } from '../../src/modules/connector/connector-record.repository';
import { getJson } from '../../src/modules/connector/upstreams/upstream-http';
import { UpstreamError, UpstreamProtocolError } from '../../src/modules/connector/upstreams/upstream-errors';
import type { OutboundPolicy, ResolvedAddress } from '../../src/outbound/outbound-policy';
import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { fixture } from '../support/fake-upstreams/fixtures';
import { startFakeLabelStudio } from '../support/fake-upstreams/label-studio';
import { scaleTasks, startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';
import { clientOf, readAll, recordsOf } from './pager-helpers';

// The connector attacked as a hostile user and as a hostile upstream: every bad input is a coded userError that
// writes nothing; credentials never come back by any road; another tenant sees nothing; the connector calls only
// its own host; and an upstream that floods, drips, nests, smuggles NULs, repeats ids or asks to wait forever ends
// the run (or the record) with clear words, in bounded time and memory.
const KEY = 'live_Secret_9f3a77';
const BASIC = Buffer.from(`${KEY}:`).toString('base64');
const OPTIONS = { projectName: 'Support RLHF' };

/** Names the tests resolve: one to a private address, one to a public and a loopback one, one that rebinds. */
function stubResolver() {
  let rebindCalls = 0;
  return async (host: string): Promise<ResolvedAddress[]> => {
    if (host === 'internal.example') return [{ address: '10.0.0.5', family: 4 }];
    if (host === 'mixed.example')
      return [
        { address: '93.184.216.34', family: 4 },
        { address: '127.0.0.2', family: 4 },
      ];
    // Allowed (127.0.0.1) when the URL is stored, the metadata address when it is called.
    if (host === 'rebind.example')
      return [{ address: rebindCalls++ === 0 ? '127.0.0.1' : '169.254.169.254', family: 4 }];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  };
}

/** A page of Scale tasks as raw text (the fake answers it as it is): JSON.stringify could not write some of them. */
const tasksPage = (...tasks: string[]) => `{"tasks":[${tasks.join(',')}]}`;
const VALID = scaleTasks(9);
/** The i-th of nine distinct valid tasks (each test its own) as JSON text, with `extra` (`,"key":value`) added to it. */
const task = (i: number, extra = '') => `${JSON.stringify(VALID[i]).slice(0, -1)}${extra}}`;
const idOf = (i: number) => VALID[i].task_id as string;

describe(`${DIALECT}: a hostile user and a hostile upstream`, () => {
  let s: ProjectServer;
  let fake: FakeScale;
  let outbound: OutboundPolicy;
  let api: ReturnType<typeof connectorApi>;
  const scale = (change: Record<string, unknown> = {}) => ({
    projectId: s.projectId,
    kind: 'SCALE',
    baseUrl: fake.url,
    credentials: KEY,
    options: OPTIONS,
    ...change,
  });
  const rows = () => s.t.db.selectFrom('connector').selectAll().orderBy('id').execute();
  const changes = () => s.t.db.selectFrom('change').select(['type', 'payloadJson']).execute();
  const runOnce = async (change: Record<string, unknown> = {}, worker = {}) => {
    const created = await api.create(scale(change));
    expect(created.userErrors).toEqual([]);
    const { run } = await api.run(created.connector.id);
    await drain(s.t.db, { outbound, ...worker });
    return { connector: created.connector, run: await api.runOf(run.id) };
  };

  const read = (overrides = {}) => {
    const { client, waits } = clientOf('SCALE', fake.url, KEY, overrides);
    return { pages: readAll('SCALE', client, OPTIONS), waits };
  };

  beforeAll(async () => {
    outbound = { ...LOCAL_OUTBOUND, resolve: stubResolver() };
    s = await startProjectServer('Hostile', {}, { outbound });
    api = connectorApi((q, v) => s.server.execute(q, v));
  });
  beforeEach(async () => (fake = await startFakeScale(KEY)));
  afterEach(() => fake.close());
  afterAll(() => stopProjectServer(s));

  describe('input', () => {
    it.each([
      ['a file: URL', { baseUrl: 'file:///etc/passwd' }, 'baseUrl', /http or https/],
      ['a data: URL', { baseUrl: 'data:application/json,{}' }, 'baseUrl', /http or https/],
      ['a javascript: URL', { baseUrl: 'javascript:alert(1)' }, 'baseUrl', /http or https/],
      ['an ftp: URL', { baseUrl: 'ftp://example.com/' }, 'baseUrl', /http or https/],
      ['a user in the URL', { baseUrl: 'https://admin@example.com/' }, 'baseUrl', /password/],
      ['a password in the URL', { baseUrl: 'https://a:b@example.com/' }, 'baseUrl', /password/],
      ['a query in the URL', { baseUrl: 'https://example.com/?key=1' }, 'baseUrl', /query/],
      ['cloud metadata', { baseUrl: 'http://169.254.169.254/latest' }, 'baseUrl', /link-local/],
      ['IPv6 loopback', { baseUrl: 'http://[::1]:8080/' }, 'baseUrl', /loopback/],
      ['0.0.0.0', { baseUrl: 'http://0.0.0.0/' }, 'baseUrl', /unspecified/],
      ['metadata in decimal', { baseUrl: 'http://2852039166/' }, 'baseUrl', /169\.254\.169\.254 is a link-local/],
      ['metadata in octal', { baseUrl: 'http://0251.0376.0251.0376/' }, 'baseUrl', /link-local/],
      ['metadata in hex', { baseUrl: 'http://0xa9.0xfe.0xa9.0xfe/' }, 'baseUrl', /link-local/],
      ['metadata mapped to IPv6', { baseUrl: 'http://[::ffff:169.254.169.254]/' }, 'baseUrl', /link-local/],
      ['a name of a private address', { baseUrl: 'https://internal.example/' }, 'baseUrl', /10\.0\.0\.5.*private/],
      ['a name with one loopback address', { baseUrl: 'https://mixed.example/' }, 'baseUrl', /127\.0\.0\.2/],
      ['a 3,000-character URL', { baseUrl: `https://example.com/${'a'.repeat(3000)}` }, 'baseUrl', /at most 2000/],
      ['a NUL in the URL', { baseUrl: 'http://127.0.0.1:9/a\u0000b' }, 'baseUrl', /control characters/],
      ['a tab in the URL (the parser drops it)', { baseUrl: 'http://127.0.0.1:9/a\tb' }, 'baseUrl', /control/],
      ['credentials with CRLF', { credentials: 'k\r\nX-Injected: 1' }, 'credentials', /printable ASCII/],
      ['credentials with a NUL', { credentials: 'k\u0000k' }, 'credentials', /printable ASCII/],
      ['credentials past U+00FF', { credentials: 'ключ' }, 'credentials', /printable ASCII/],
      ['5,000 characters of credentials', { credentials: 'k'.repeat(5000) }, 'credentials', /at most 4096/],
      ['a Scale key with a colon', { credentials: 'user:pass' }, 'credentials', /cannot hold ":"/],
      ['options as a string', { options: 'projectName' }, 'options', /JSON object/],
      ['options as a list', { options: [OPTIONS] }, 'options', /JSON object/],
      ['options with a NUL', { options: { projectName: 'a\u0000b' } }, 'options', /NUL/],
      ['an option key with a NUL', { options: { ...OPTIONS, 'k\u0000': 1 } }, 'options', /NUL/],
      ['20 KB of options', { options: { ...OPTIONS, junk: 'x'.repeat(20_000) } }, 'options', /at most 16384/],
      ['an integer past 2^53', { options: { ...OPTIONS, n: 2 ** 60 } }, 'options', /2\^53/],
      ['a 300-character project name', { options: { projectName: 'p'.repeat(300) } }, 'options.projectName', /255/],
      ['an interval of 0', { options: { ...OPTIONS, intervalMinutes: 0 } }, 'options.intervalMinutes', /1/],
      ['a negative interval', { options: { ...OPTIONS, intervalMinutes: -5 } }, 'options.intervalMinutes', /1/],
      ['a fractional interval', { options: { ...OPTIONS, intervalMinutes: 1.5 } }, 'options.intervalMinutes', /int/],
      ['a huge interval', { options: { ...OPTIONS, intervalMinutes: 1e9 } }, 'options.intervalMinutes', /10080/],
      ['an interval as text', { options: { ...OPTIONS, intervalMinutes: '5' } }, 'options.intervalMinutes', /number/],
    ])('connectorCreate refuses %s with a coded userError and writes nothing', async (_what, change, field, words) => {
      const [before, logged] = [await rows(), (await changes()).length];
      const created = await api.create(scale(change));
      expect(created).toEqual({
        connector: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', ...field.split('.')], message: expect.any(String) }],
      });
      expect(created.userErrors[0].message).toMatch(words);
      expect(await rows()).toEqual(before);
      expect(await changes()).toHaveLength(logged);
    });

    it('connectorUpdate refuses the same inputs and leaves the connector as it was', async () => {
      const { connector } = await api.create(scale());
      const before = await rows();
      for (const input of [
        { baseUrl: 'http://169.254.169.254/' },
        { baseUrl: 'http://127.0.0.1:9/\u0000' },
        { credentials: 'k\r\nX: 1' },
        { options: { projectName: 'a\u0000' } },
        { options: { ...OPTIONS, intervalMinutes: -1 } },
      ]) {
        const result = await api.data(
          'mutation($id: ID!, $i: ConnectorUpdateInput!) { connectorUpdate(id: $id, input: $i) { connector { id } userErrors { code } } }',
          { id: connector.id, i: input },
        );
        expect(result.connectorUpdate).toEqual({ connector: null, userErrors: [{ code: 'BAD_USER_INPUT' }] });
      }
      expect(await rows()).toEqual(before);
    });

    it('an unknown kind is a GraphQL validation error, not a 500', async () => {
      const result = await s.server.execute(
        'mutation($i: ConnectorCreateInput!) { connectorCreate(input: $i) { connector { id } } }',
        { i: scale({ kind: 'DROPBOX' }) },
      );
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('credentials never come back: not by a field, an error, a change, a log line or a run error', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    // An upstream that echoes what it was sent, in its 401 words, a 404 and a redirect.
    fake.failNext('/v2/batches', { kind: 'status', status: 429, retryAfter: '0' });
    fake.failNext('/v2/batches', {
      kind: 'status',
      status: 401,
      body: { error: `key ${KEY} (Basic ${BASIC}, ${KEY}:) is revoked` },
    });
    const refused = await runOnce({}, { logger });
    fake.failNext('/v2/batches', { kind: 'status', status: 404, body: { detail: `no project for ${KEY}` } });
    const missing = await runOnce({}, { logger });
    fake.failNext('/v2/batches', { kind: 'status', status: 302, headers: { location: `http://x.example/${KEY}?k=1` } });
    const moved = await runOnce({}, { logger });
    expect(refused.run.error).toMatch(/HTTP 401: key \[redacted\] \(\[redacted\], \[redacted\]\) is revoked/);
    expect(missing.run.error).toMatch(/HTTP 404: no project for \[redacted\]/);
    expect(moved.run.error).toMatch(/a redirect to http:\/\/x\.example\/\[redacted\]; a connector does not follow/);
    const updated = await api.data(
      'mutation($id: ID!) { connectorUpdate(id: $id, input: { credentials: "bad key with spaces" }) { userErrors { message } } }',
      { id: refused.connector.id },
    );
    const read = await api.data(
      `query($p: ID!) { project(id: $p) { connectors { nodes { id kind baseUrl hasCredentials options state intervalMinutes runs { nodes { error failures { reason } } } } } } }`,
      { p: s.projectId },
    );
    const everything = JSON.stringify([refused, missing, moved, updated, read, await changes(), lines]);
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [KEY, BASIC, 'bad key with spaces']) expect(everything).not.toContain(secret);
  });

  it("another organization's MANAGER can neither see, run, change nor delete a connector or its runs", async () => {
    const { connector, run } = await runOnce();
    const other = await insertProject(s.t.db, 'Other tenant');
    const manager = await insertAccount(s.t.db, {
      organizationId: other.organizationId,
      organizationRole: 'MEMBER',
      projectId: other.projectId,
      projectRole: 'MANAGER',
    });
    const [before, runs] = [await rows(), await s.t.db.selectFrom('connectorRun').selectAll().execute()];
    const as = (q: string) => s.server.execute(q, { c: connector.id, r: run.id, p: s.projectId }, manager.viewer);
    const seen = await as(
      'query($c: ID!, $r: ID!, $p: ID!) { c: node(id: $c) { id } r: node(id: $r) { id } project(id: $p) { id } _entities(representations: [{ __typename: "Connector", id: $c }, { __typename: "ConnectorRun", id: $r }]) { __typename } }',
    );
    expect(seen.data).toEqual({ c: null, r: null, project: null, _entities: [null, null] });
    for (const mutation of [
      'connectorRun(id: $c) { userErrors { code field } }',
      'connectorUpdate(id: $c, input: { baseUrl: "https://example.com" }) { userErrors { code field } }',
      'connectorDelete(id: $c) { userErrors { code field } }',
    ]) {
      const result = await as(`mutation($c: ID!) { m: ${mutation} }`);
      expect(result.data?.m).toEqual({ userErrors: [{ code: 'NOT_FOUND', field: ['id'] }] });
    }
    const created = await as(
      'mutation($p: ID!) { connectorCreate(input: { projectId: $p, kind: IQB, baseUrl: "https://example.com" }) { userErrors { code field } } }',
    );
    expect(created.data?.connectorCreate).toEqual({
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'projectId'] }],
    });
    expect(await rows()).toEqual(before);
    expect(await s.t.db.selectFrom('connectorRun').selectAll().execute()).toEqual(runs);
  });

  describe('outbound', () => {
    it('a redirect to cloud metadata is not followed: one request, and the run says why', async () => {
      fake.failNext('/v2/batches', {
        kind: 'status',
        status: 302,
        headers: { location: 'http://169.254.169.254/latest/meta-data/' },
      });
      const { run } = await runOnce();
      expect(run).toMatchObject({ status: 'FAILED', pages: 0 });
      expect(run.error).toBe(
        `${fake.url}/v2/batches answered HTTP 302, a redirect to http://169.254.169.254/latest/meta-data/; a connector does not follow redirects: set its baseUrl to where the API answers`,
      );
      expect(fake.requests).toHaveLength(1);
    });

    it('every call resolves and vets again: a name that rebinds to metadata after it was stored is refused', async () => {
      const port = new URL(fake.url).port;
      const { run } = await runOnce({ baseUrl: `http://rebind.example:${port}` });
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/rebind\.example resolves to 169\.254\.169\.254, which is a link-local address/);
      expect(fake.requests).toHaveLength(0);
    });

    it('an id from the upstream stays one path segment under the base URL; another origin is never called', async () => {
      const ls = await startFakeLabelStudio('t');
      try {
        ls.data.prompts[0].id = '1/../../../admin?x=';
        const { client } = clientOf('LABEL_STUDIO', ls.url, 't');
        // The fake knows no such prompt (404): what matters is where the connector asked.
        await expect(readAll('LABEL_STUDIO', client, {})).rejects.toThrow(/answered HTTP 404: Not found/);
        expect(ls.requests.every((r) => r.path.startsWith('/api/prompts/'))).toBe(true);
        expect(ls.requests.map((r) => r.path)).toContain('/api/prompts/1%2F..%2F..%2F..%2Fadmin%3Fx%3D/versions');
        await expect(getJson(client, 'http://127.0.0.2:1/api/prompts/')).rejects.toThrow(
          /is not under the connector's baseUrl: not called/,
        );
      } finally {
        await ls.close();
      }
    });
  });

  describe('answers', () => {
    it('a 300 MB body is cut at 64 MiB: the connection is dropped, no retry, the run says so', async () => {
      fake.failNext('/v2/batches', { kind: 'flood', bytes: 300 * 1024 * 1024 }, 5);
      await expect(read({ timeoutMs: 20_000 }).pages).rejects.toThrow(
        /\/v2\/batches answered more than 67108864 bytes \(the most one page may be\)/,
      );
      expect(fake.requests).toHaveLength(1);
      // What the kernel's buffers took besides the 64 MiB read; nowhere near the 300 MB offered.
      expect(fake.flooded()).toBeLessThan(120 * 1024 * 1024);
    });

    it('a body that drips a byte at a time meets the deadline of the whole call', async () => {
      fake.failNext('/v2/batches', { kind: 'drip', everyMs: 20 }, 10);
      const { pages, waits } = read({ timeoutMs: 200 });
      await expect(pages).rejects.toThrow(/failed 4 times; last: timed out after 200 ms/);
      expect(waits).toHaveLength(3);
    });

    it('a web page where the API should be ends at once; malformed JSON said to be JSON is retried', async () => {
      fake.failNext('/v2/batches', { kind: 'raw', status: 200, text: '<html>Login</html>', contentType: 'text/html' });
      await expect(read().pages).rejects.toThrow(
        /answered "text\/html", not JSON: is the baseUrl the upstream's API\?/,
      );
      expect(fake.requests).toHaveLength(1);
      fake.failNext('/v2/batches', {
        kind: 'raw',
        status: 200,
        text: '{"batches": [',
        contentType: 'application/json',
      });
      const { pages, waits } = read();
      expect(recordsOf(await pages, 'task')).toHaveLength(230);
      expect(waits).toHaveLength(1);
    });

    it('Retry-After of 10^9 s, 400 digits or the year 9999 waits the cap; a negative one backs off', async () => {
      for (const value of ['1000000000', '9'.repeat(400), 'Fri, 31 Dec 9999 23:59:59 GMT', '-5'])
        fake.failNext('/v2/tasks', { kind: 'status', status: 429, retryAfter: value });
      const waits: number[] = [];
      const sleep = async (ms: number) => void waits.push(ms);
      const { pages } = read({ retry: { maxAttempts: 5, baseMs: 1000, maxDelayMs: 30_000, random: () => 0.5, sleep } });
      expect(recordsOf(await pages, 'task')).toHaveLength(230);
      // The fourth: no readable Retry-After, so backoff: half (random) of 1 s doubled three times.
      expect(waits).toEqual([30_000, 30_000, 30_000, 4000]);
    });

    it("the worker's lease through such a wait reaches only the capped wait and a lease past now", async () => {
      fake.failNext('/v2/tasks', { kind: 'status', status: 429, retryAfter: '1000000000' });
      const leases: number[] = [];
      const sleep = async (ms: number) => {
        const row = await s.t.db.selectFrom('connectorRun').select('leaseUntil').where('status', '=', 'IN_PROGRESS');
        leases.push(ms, Date.parse((await row.executeTakeFirstOrThrow()).leaseUntil!) - Date.now());
      };
      const retry = { maxAttempts: 3, baseMs: 1, maxDelayMs: 60_000, sleep };
      const { run } = await runOnce({}, { leaseMs: 1000, retry });
      expect(run.status).toBe('COMPLETED');
      expect(leases[0]).toBe(60_000);
      expect(leases[1]).toBeGreaterThan(59_000);
      expect(leases[1]).toBeLessThanOrEqual(61_000);
    });
  });

  describe('records', () => {
    // Only the tasks page counts here (the batches were kept by the tests before).
    beforeEach(() => void (fake.data.batches = []));
    it('one too deep, one with a NUL in a string, one with a NUL in a key: each reported, the rest written', async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      fake.failNext('/v2/tasks', {
        kind: 'raw',
        status: 200,
        contentType: 'application/json',
        text: tasksPage(
          task(0),
          task(1, `,"x":${deep}`),
          task(2, ',"note":"a\\u0000b"'),
          task(3, ',"note":{"a\\u0000":1}'),
          task(4),
        ),
      });
      const { run } = await runOnce();
      expect(run).toMatchObject({ status: 'COMPLETED', created: 2, failed: 3 });
      expect(run.failures).toEqual([
        { type: 'task', externalId: idOf(1), reason: 'a task that nests deeper than 64 levels' },
        {
          type: 'task',
          externalId: idOf(2),
          reason: 'a task that holds a NUL character (U+0000), which cannot be stored',
        },
        {
          type: 'task',
          externalId: idOf(3),
          reason: 'a task that holds a NUL character (U+0000) in a key, which cannot be stored',
        },
      ]);
    });

    it('an id twice on one page: the second is reported, and the next sync writes nothing', async () => {
      const page = tasksPage(task(5), task(5, ',"note":"the other one"'), task(6));
      fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page }, 2);
      const { connector, run } = await runOnce();
      expect(run).toMatchObject({ status: 'COMPLETED', created: 2, failed: 1 });
      expect(run.failures).toEqual([
        { type: 'task', externalId: idOf(5), reason: 'a second task with this id on the same page' },
      ]);
      // Same page again (the state's completed_after is not what the raw page answers): unchanged, not flipped.
      const again = await api.run(connector.id);
      await drain(s.t.db, { outbound });
      expect(await api.runOf(again.run.id)).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 1 });
    });

    it('a batch and a task with the same id are two records; a 5 MB string is kept whole', async () => {
      const batches = fixture<Record<string, unknown>[]>('scale/batches.json');
      fake.data.batches = [{ ...batches[0], id: idOf(7) }];
      const huge = 'x'.repeat(5 * 1024 * 1024);
      // A second "metadata" key: JSON.parse keeps the last.
      const page = tasksPage(task(7), task(8, `,"metadata":{"huge":"${huge}"}`));
      fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page });
      const { run } = await runOnce();
      expect(run).toMatchObject({ status: 'COMPLETED', created: 3, failed: 0 });
      const batch = await s.t.db
        .selectFrom('connectorRecord')
        .select('rawJson')
        .where('projectId', '=', s.projectId)
        .where('type', '=', 'batch')
        .where('externalId', '=', idOf(7))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(batch.rawJson)).toMatchObject({ id: idOf(7), name: batches[0].name });
      const tasks = await s.t.db
        .selectFrom('task')
        .select(['externalId', 'metadataJson'])
        .where('projectId', '=', s.projectId)
        .where('externalId', 'in', [idOf(7), idOf(8)])
        .orderBy('externalId')
        .execute();
      expect(tasks.map((t) => t.externalId)).toEqual([idOf(7), idOf(8)]);
      expect(JSON.parse(tasks[1].metadataJson)).toEqual({ huge });
    });

    it('100,000 records in one answer end the run with clear words before anything is written', async () => {
      const tiny = (i: number) => `{"task_id":"t_${i}","status":"completed"}`;
      const page = tasksPage(...Array.from({ length: 100_000 }, (_v, i) => tiny(i)));
      fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page });
      const { run } = await runOnce();
      expect(run).toMatchObject({ status: 'FAILED', pages: 1, created: 0, failed: 0 });
      expect(run.error).toBe(
        '/v2/tasks answered 100000 records in one answer, more than the 10000 a connector reads at once',
      );
      fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page });
      await expect(read().pages).rejects.toThrow(UpstreamProtocolError);
    });

    it('looks up 70,000 kept records at once (past both stores’ bound-parameter limits)', async () => {
      const at = new Date().toISOString();
      for (const externalId of ['r_1', 'r_35000', 'r_69999'])
        await saveConnectorRecord(s.t.db, {
          projectId: s.projectId,
          source: 'IQB',
          type: 'task',
          externalId,
          localId: null,
          sourceStatus: null,
          hash: externalId,
          rawJson: '{}',
          syncedAt: at,
        });
      const ids = Array.from({ length: 70_000 }, (_v, i) => `r_${i}`);
      const found = await findConnectorRecords(s.t.db, s.projectId, 'IQB', 'task', ids);
      expect([...found.keys()].sort()).toEqual(['r_1', 'r_35000', 'r_69999']);
    });
  });

  it('a refused call is an UpstreamError, never a crash of the worker', async () => {
    const { client } = clientOf('SCALE', 'http://internal.example', KEY, { outbound });
    await expect(readAll('SCALE', client, OPTIONS)).rejects.toThrow(UpstreamError);
  });
});
