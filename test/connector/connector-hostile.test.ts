import pino from 'pino';
import { newId } from '../../src/ids';
import { insertConnector, insertConnectorRun } from '../../src/modules/connector/connector.repository';
import { getJson } from '../../src/modules/connector/upstreams/upstream-http';
import { UpstreamError } from '../../src/modules/connector/upstreams/upstream-errors';
import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { startFakeLabelStudio } from '../support/fake-upstreams/label-studio';
import { collect, liveClient, startLiveServer, waitFor } from '../support/live-server';
import { BASIC, hostileSetup, KEY, OPTIONS } from './hostile-helpers';
import { clientOf, readAll } from './pager-helpers';

// The connector attacked as a hostile user: every bad input is a coded userError that writes nothing; credentials
// never come back by any road; another tenant sees nothing; the connector calls only its own host.
// (connector-hostile-upstream.test.ts attacks it as a hostile upstream.)
describe(`${DIALECT}: a hostile user`, () => {
  const h = hostileSetup();

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
      const [before, logged] = [await h.rows(), (await h.changes()).length];
      const created = await h.api.create(h.scale(change));
      expect(created).toEqual({
        connector: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', ...field.split('.')], message: expect.any(String) }],
      });
      expect(created.userErrors[0].message).toMatch(words);
      expect(await h.rows()).toEqual(before);
      expect(await h.changes()).toHaveLength(logged);
    });

    it('connectorUpdate refuses the same inputs and leaves the connector as it was', async () => {
      const { connector } = await h.api.create(h.scale());
      const before = await h.rows();
      for (const input of [
        { baseUrl: 'http://169.254.169.254/' },
        { baseUrl: 'http://127.0.0.1:9/\u0000' },
        { credentials: 'k\r\nX: 1' },
        { options: { projectName: 'a\u0000' } },
        { options: { ...OPTIONS, intervalMinutes: -1 } },
      ]) {
        const result = await h.api.data(
          'mutation($id: ID!, $i: ConnectorUpdateInput!) { connectorUpdate(id: $id, input: $i) { connector { id } userErrors { code } } }',
          { id: connector.id, i: input },
        );
        expect(result.connectorUpdate).toEqual({ connector: null, userErrors: [{ code: 'BAD_USER_INPUT' }] });
      }
      expect(await h.rows()).toEqual(before);
    });

    it("a new host for stored credentials needs them again: a MANAGER cannot send someone's key to their host", async () => {
      const { connector } = await h.api.create(h.scale());
      const update = async (input: Record<string, unknown>) =>
        (
          await h.api.data(
            'mutation($id: ID!, $i: ConnectorUpdateInput!) { connectorUpdate(id: $id, input: $i) { connector { baseUrl } userErrors { code field message } } }',
            { id: connector.id, i: input },
          )
        ).connectorUpdate;
      const before = await h.rows();
      // Another port of the same (allowed) address is another origin, as another host or scheme would be.
      const elsewhere = 'http://127.0.0.1:1';
      expect(await update({ baseUrl: elsewhere })).toEqual({
        connector: null,
        userErrors: [
          { code: 'BAD_USER_INPUT', field: ['input', 'credentials'], message: expect.stringMatching(/again/) },
        ],
      });
      expect(await h.rows()).toEqual(before);
      expect((await update({ baseUrl: `${h.fake.url}/proxy` })).connector).toEqual({ baseUrl: `${h.fake.url}/proxy` });
      expect((await update({ baseUrl: elsewhere, credentials: 'their_own_key' })).connector).toEqual({
        baseUrl: elsewhere,
      });
    });

    it('an unknown kind is a GraphQL validation error, not a 500', async () => {
      const result = await h.s.server.execute(
        'mutation($i: ConnectorCreateInput!) { connectorCreate(input: $i) { connector { id } } }',
        { i: h.scale({ kind: 'DROPBOX' }) },
      );
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('credentials never come back: not by a field, an error, a change, a log line or a run error', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    // An upstream that echoes what it was sent, in its 401 words, a 404 and a redirect.
    h.fake.failNext('/v2/batches', { kind: 'status', status: 429, retryAfter: '0' });
    h.fake.failNext('/v2/batches', {
      kind: 'status',
      status: 401,
      body: { error: `key ${KEY} (Basic ${BASIC}, ${KEY}:) is revoked` },
    });
    const refused = await h.runOnce({}, { logger });
    h.fake.failNext('/v2/batches', { kind: 'status', status: 404, body: { detail: `no project for ${KEY}` } });
    const missing = await h.runOnce({}, { logger });
    h.fake.failNext('/v2/batches', {
      kind: 'status',
      status: 302,
      headers: { location: `http://x.example/${KEY}?k=1` },
    });
    const moved = await h.runOnce({}, { logger });
    expect(refused.run.error).toMatch(/HTTP 401: key \[redacted\] \(\[redacted\], \[redacted\]\) is revoked/);
    expect(missing.run.error).toMatch(/HTTP 404: no project for \[redacted\]/);
    expect(moved.run.error).toMatch(/a redirect to http:\/\/x\.example\/\[redacted\]; a connector does not follow/);
    const updated = await h.api.data(
      'mutation($id: ID!) { connectorUpdate(id: $id, input: { credentials: "bad key with spaces" }) { userErrors { message } } }',
      { id: refused.connector.id },
    );
    const read = await h.api.data(
      `query($p: ID!) { project(id: $p) { connectors { nodes { id kind baseUrl hasCredentials options state intervalMinutes runs { nodes { error failures { reason } } } } } } }`,
      { p: h.s.projectId },
    );
    const everything = JSON.stringify([refused, missing, moved, updated, read, await h.changes(), lines]);
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [KEY, BASIC, 'bad key with spaces']) expect(everything).not.toContain(secret);
  });

  it("another organization's MANAGER can neither see, run, change nor delete a connector or its runs", async () => {
    const { connector, run } = await h.runOnce();
    const other = await insertProject(h.s.t.db, 'Other tenant');
    const manager = await insertAccount(h.s.t.db, {
      organizationId: other.organizationId,
      organizationRole: 'MEMBER',
      projectId: other.projectId,
      projectRole: 'MANAGER',
    });
    const [before, runs] = [await h.rows(), await h.s.t.db.selectFrom('connectorRun').selectAll().execute()];
    const as = (q: string) => h.s.server.execute(q, { c: connector.id, r: run.id, p: h.s.projectId }, manager.viewer);
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
    expect(await h.rows()).toEqual(before);
    expect(await h.s.t.db.selectFrom('connectorRun').selectAll().execute()).toEqual(runs);
  });

  it('a REVIEWER of the project may read connectors but not create, change, run or delete one', async () => {
    const { connector } = await h.runOnce();
    const reviewer = await insertAccount(h.s.t.db, {
      organizationId: h.s.organizationId,
      organizationRole: 'MEMBER',
      projectId: h.s.projectId,
      projectRole: 'REVIEWER',
    });
    const before = await h.rows();
    const [c, p] = [JSON.stringify(connector.id), JSON.stringify(h.s.projectId)];
    for (const mutation of [
      `connectorCreate(input: { projectId: ${p}, kind: IQB, baseUrl: "https://example.com" }) { userErrors { code } }`,
      `connectorUpdate(id: ${c}, input: { credentials: "stolen" }) { userErrors { code } }`,
      `connectorRun(id: ${c}) { userErrors { code } }`,
      `connectorDelete(id: ${c}) { userErrors { code } }`,
    ]) {
      const result = await h.s.server.execute(`mutation { m: ${mutation} }`, {}, reviewer.viewer);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const read = await h.s.server.execute(
      'query($c: ID!) { node(id: $c) { ... on Connector { kind hasCredentials } } }',
      { c: connector.id },
      reviewer.viewer,
    );
    expect(read.data).toEqual({ node: { kind: 'SCALE', hasCredentials: true } });
    expect(await h.rows()).toEqual(before);
  });

  it("jobProgress of another organization's run ends with FORBIDDEN; of one's own, it follows it", async () => {
    const live = await startLiveServer({ CONNECTOR_WORKER: 'off' });
    const { client } = liveClient(live.wsUrl, { authorization: `Bearer ${live.owner.secret}` });
    try {
      const other = await insertProject(live.t.db, 'Other tenant');
      const runOf = async (projectId: string) => {
        const at = new Date().toISOString();
        const connector = await insertConnector(live.t.db, {
          ...{ id: newId('connector'), projectId, kind: 'IQB', baseUrl: 'https://example.com' },
          ...{ credentials: null, optionsJson: '{}', createdAt: at, updatedAt: at },
        });
        return insertConnectorRun(live.t.db, {
          ...{ id: newId('connectorRun'), connectorId: connector.id, projectId },
          ...{ status: 'PENDING', trigger: 'MANUAL', createdAt: at },
        });
      };
      const follow = `subscription($id: ID!) { jobProgress(id: $id) { id jobStatus } }`;
      const theirs = await collect(client, follow, { id: (await runOf(other.projectId)).id }).done;
      expect(theirs.events.map((e) => e.errors?.[0].extensions?.code)).toEqual(['FORBIDDEN']);
      const ours = await runOf(live.projectId);
      const mine = collect(client, follow, { id: ours.id });
      await waitFor(() => mine.events.length >= 1);
      expect(mine.events[0].data).toEqual({ jobProgress: { id: ours.id, jobStatus: 'QUEUED' } });
    } finally {
      await client.dispose();
      await live.server.stop();
      await live.t.destroy();
    }
  });

  describe('outbound', () => {
    it('a redirect to cloud metadata is not followed: one request, and the run says why', async () => {
      h.fake.failNext('/v2/batches', {
        kind: 'status',
        status: 302,
        headers: { location: 'http://169.254.169.254/latest/meta-data/' },
      });
      const { run } = await h.runOnce();
      expect(run).toMatchObject({ status: 'FAILED', pages: 0 });
      expect(run.error).toBe(
        `${h.fake.url}/v2/batches answered HTTP 302, a redirect to http://169.254.169.254/latest/meta-data/; a connector does not follow redirects: set its baseUrl to where the API answers`,
      );
      expect(h.fake.requests).toHaveLength(1);
    });

    it('every call resolves and vets again: a name that rebinds to metadata after it was stored is refused', async () => {
      const port = new URL(h.fake.url).port;
      const { run } = await h.runOnce({ baseUrl: `http://rebind.example:${port}` });
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/rebind\.example resolves to 169\.254\.169\.254, which is a link-local address/);
      expect(h.fake.requests).toHaveLength(0);
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

  it('a refused call is an UpstreamError, never a crash of the worker', async () => {
    const { client } = clientOf('SCALE', 'http://internal.example', KEY, { outbound: h.outbound });
    await expect(readAll('SCALE', client, OPTIONS)).rejects.toThrow(UpstreamError);
  });
});
