import { serverAudits } from 'graphql-http';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';

// The GraphQL-over-HTTP spec's own audit suite (graphql-http) against the real server. Every audit is a test:
// MUST and SHOULD audits must come out `ok`; MAY audits are reported by the suite but not required.
describe(`${DIALECT}: GraphQL over HTTP audits`, () => {
  let t: TestDb;
  let server: RunningServer;
  beforeAll(async () => {
    t = await createTestDb();
    server = await startAnnograph(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off' }),
      pino({ level: 'silent' }),
      t.db,
    );
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const audits = serverAudits({ url: () => server.url });
  it('has MUST and SHOULD audits to run', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(10);
    expect(audits.filter((a) => a.name.startsWith('SHOULD')).length).toBeGreaterThanOrEqual(20);
  });
  for (const audit of audits.filter((a) => a.name.startsWith('MUST') || a.name.startsWith('SHOULD'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') throw new Error(`${result.status}: ${result.reason}`);
    });
  }

  it('serves GET queries (with a CSRF preflight header), refuses mutations over GET, and speaks graphql-response+json', async () => {
    const base = `${server.url}?query=${encodeURIComponent('{ __typename }')}`;
    const get = await fetch(base, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({
      data: { __typename: 'Query' },
      extensions: { cost: { requestedQueryCost: 0, actualQueryCost: 0, throttleStatus: null } },
    });
    const blocked = await fetch(base);
    expect(blocked.status).toBe(400); // Apollo's CSRF prevention: a simple GET without a preflight header
    const mutation = await fetch(
      `${server.url}?query=${encodeURIComponent('mutation { tokenCreate(input: { name: "x" }) { secret } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(mutation.status).toBe(405);
    const modern = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(modern.headers.get('content-type')).toContain('application/graphql-response+json');
    const broken = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{' }),
    });
    expect(broken.status).toBe(400);
  });
});
