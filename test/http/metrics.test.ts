import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createMetrics, type Metrics } from '../../src/observability/metrics';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

// GET /metrics: what an operator scrapes, and what `npm run bench` reads statements per request from.
describe(`${DIALECT}: Prometheus metrics`, () => {
  let t: TestDb;
  let metrics: Metrics;
  let server: RunningServer;
  let base: string;
  let authorization: string;

  beforeAll(async () => {
    metrics = createMetrics();
    t = await createTestDb({ alsoOnQuery: () => metrics.sqlStatements.inc() });
    const { owner } = await insertProject(t.db, 'Metrics project');
    authorization = `Token ${owner.secret}`;
    // No worker polls the store while statements are counted (the webhook worker's poll is a statement too).
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      CODING_WORKER: 'off',
      WEBHOOK_WORKER: 'off',
      EXPORT_WORKER: 'off',
      CONNECTOR_WORKER: 'off',
    });
    // The change feed's poll of the log is a statement of its own: not during the count below.
    server = await startAnnograph(config, pino({ level: 'silent' }), t.db, {
      metrics,
      changeFeed: { pollMs: 3_600_000 },
    });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const scrape = async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  };
  const query = (body: object) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(body),
    });

  it('counts every SQL statement and every GraphQL request by outcome, next to the process metrics', async () => {
    const before = await scrape();
    expect(before).toMatch(/^annograph_process_resident_memory_bytes \d+/m);
    const statementsBefore = t.statements.length;
    expect((await query({ query: '{ projects { nodes { name tasks(first: 5) { totalCount } } } }' })).status).toBe(200);
    expect((await query({ query: '{ project(id: "proj_01ARZ3NDEKTSV4RRFFQ69G5FAV") { name } }' })).status).toBe(200);
    expect((await (await query({ query: '{ nope }' })).json()).errors[0].extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const after = await scrape();
    const sent = t.statements.length - statementsBefore;
    expect(sent).toBeGreaterThan(0);
    expect(value(after, 'annograph_sql_statements_total') - value(before, 'annograph_sql_statements_total')).toBe(sent);
    expect(
      value(after, 'annograph_graphql_request_duration_seconds_count{outcome="ok"}') -
        value(before, 'annograph_graphql_request_duration_seconds_count{outcome="ok"}'),
    ).toBe(2);
    expect(
      value(after, 'annograph_graphql_request_duration_seconds_count{outcome="error"}') -
        value(before, 'annograph_graphql_request_duration_seconds_count{outcome="error"}'),
    ).toBe(1);
  });

  it('is off when the configuration says so', async () => {
    expect(loadConfig({ METRICS: 'off' }).metrics).toBe(false);
    expect(loadConfig({}).metrics).toBe(true);
    expect(() => loadConfig({ METRICS: 'maybe' })).toThrow(/METRICS/);
  });
});
