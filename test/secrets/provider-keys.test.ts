import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { newId } from '../../src/ids';
import { drainInferenceRuns } from '../../src/modules/inference-run/inference-worker';
import { parseOutboundAllowedHosts, STRICT_OUTBOUND_POLICY } from '../../src/outbound/outbound-policy';
import { DEV_SECRETS_KEY, openSecret, SecretBox } from '../../src/secrets/secret-box';
import { randomBytes } from 'node:crypto';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';
import { testSecrets } from '../support/server';

const outbound = parseOutboundAllowedHosts('127.0.0.1');

describe(`${DIALECT}: provider keys at rest and provider URLs`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;
  let promptId: string;
  let provider: http.Server;
  let url: string;
  const seen: (string | undefined)[] = [];

  beforeAll(async () => {
    ({ t, server, projectId, organizationId } = await startProjectServer('Keys', {}, { outbound }));
    provider = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      req.resume();
      req.on('end', () =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ choices: [{ message: { content: 'pos' } }] })),
      );
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1`;
    const now = new Date().toISOString();
    await t.db
      .insertInto('task')
      .values({
        id: newId('task'),
        projectId,
        kind: 'LABELING',
        status: 'PENDING',
        source: 'ANNOGRAPH',
        dataJson: JSON.stringify({ text: 'great' }),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    promptId = (
      await run(
        `mutation($o: ID!, $p: ID!) { promptCreate(input: { organizationId: $o, title: "S", inputFields: ["text"], outputClasses: ["pos", "neg"], associatedProjectIds: [$p] }) { prompt { id } } }`,
        { o: organizationId, p: projectId },
      )
    ).promptCreate.prompt.id;
  });
  afterAll(async () => {
    provider?.close();
    await stopProjectServer({ t, server });
  });
  beforeEach(() => void (seen.length = 0));

  async function run(query: string, variables?: Record<string, unknown>) {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }
  const createConnection = async (baseUrl: string, apiKey: string | null) =>
    (
      await run(
        `mutation($o: ID!, $u: String!, $k: String) { providerConnectionCreate(input: { organizationId: $o, name: "p", provider: CUSTOM, baseUrl: $u, apiKey: $k, maxRetries: 0 }) { connection { id hasApiKey } userErrors { code field message } } }`,
        { o: organizationId, u: baseUrl, k: apiKey },
      )
    ).providerConnectionCreate;
  const storedKey = async (id: string) =>
    (await t.db.selectFrom('providerConnection').select('apiKey').where('id', '=', id).executeTakeFirstOrThrow())
      .apiKey;
  /** One run through the connection; the prediction annotation it left. */
  async function predictThrough(connectionId: string, opts: Parameters<typeof drainInferenceRuns>[1]) {
    const versionId = (
      await run(
        `mutation($p: ID!, $c: ID!) { promptVersionCreate(input: { promptId: $p, title: "remote", promptText: "Classify", provider: CUSTOM, providerModelId: "m", connectionId: $c }) { version { id } } }`,
        { p: promptId, c: connectionId },
      )
    ).promptVersionCreate.version.id;
    const runId = (
      await run(
        `mutation($v: ID!, $p: ID!) { inferenceRunCreate(input: { versionId: $v, projectId: $p, projectSubset: ALL }) { run { id } } }`,
        { v: versionId, p: projectId },
      )
    ).inferenceRunCreate.run.id;
    await drainInferenceRuns(t.db, opts);
    return t.db
      .selectFrom('annotation')
      .select(['valueJson', 'justification'])
      .where('inferenceRunId', '=', runId)
      .executeTakeFirstOrThrow();
  }
  const lastRun = () =>
    t.db
      .selectFrom('inferenceRun')
      .select(['status', 'failureReason'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();

  it('stores the key sealed, never returns it, and the provider gets the right Authorization header', async () => {
    const created = await createConnection(url, 'sk-very-secret-1');
    expect(created).toMatchObject({ connection: { hasApiKey: true }, userErrors: [] });
    const stored = await storedKey(created.connection.id);
    expect(stored).not.toContain('sk-very-secret-1');
    expect(stored).toMatch(/^v1:/);
    expect(openSecret(stored!, DEV_SECRETS_KEY)).toBe('sk-very-secret-1');
    const read = await server.execute(
      `query($id: ID!) { node(id: $id) { ... on ProviderConnection { id name baseUrl hasApiKey timeoutMs maxRetries createdAt } } }`,
      { id: created.connection.id },
    );
    expect(JSON.stringify(read)).not.toContain('sk-very-secret');
    expect(JSON.stringify(read)).not.toContain(stored);
    const prediction = await predictThrough(created.connection.id, { workerId: 'w', outbound, secrets: testSecrets });
    expect(prediction).toEqual({ valueJson: '"pos"', justification: null });
    expect(seen).toEqual(['Bearer sk-very-secret-1']);
  });

  it('a worker with another key cannot open it: the run fails with the reason, nothing is sent', async () => {
    const created = await createConnection(url, 'sk-very-secret-2');
    await expect(
      predictThrough(created.connection.id, { workerId: 'w', outbound, secrets: new SecretBox(randomBytes(32)) }),
    ).rejects.toThrow(/no result/);
    expect(await lastRun()).toEqual({
      status: 'FAILED',
      failureReason: expect.stringMatching(/sealed with another SECRETS_KEY/),
    });
    expect(seen).toEqual([]);
  });

  it('reads a legacy plain-text key (marked by the migration) and seals it in its place', async () => {
    const created = await createConnection(url, null);
    await t.db
      .updateTable('providerConnection')
      .set({ apiKey: 'plain:sk-legacy' })
      .where('id', '=', created.connection.id)
      .execute();
    const prediction = await predictThrough(created.connection.id, { workerId: 'w', outbound, secrets: testSecrets });
    expect(prediction.valueJson).toBe('"pos"');
    expect(seen).toEqual(['Bearer sk-legacy']);
    const stored = await storedKey(created.connection.id);
    expect(stored).toMatch(/^v1:/);
    expect(openSecret(stored!, DEV_SECRETS_KEY)).toBe('sk-legacy');
  });

  it('refuses a base URL the outbound guard refuses, at creation', async () => {
    for (const baseUrl of [
      'http://169.254.169.254/latest',
      'http://10.0.0.1/v1',
      'http://[::1]:8080/',
      'http://0x7f.0.0.2/',
    ]) {
      const refused = await createConnection(baseUrl, 'sk-x');
      expect({ baseUrl, ...refused }).toMatchObject({
        baseUrl,
        connection: null,
        userErrors: [
          { code: 'BAD_USER_INPUT', field: ['input', 'baseUrl'], message: expect.stringMatching(/Refused to call/) },
        ],
      });
    }
    // Allowed by this server's OUTBOUND_ALLOWED_HOSTS (127.0.0.1).
    expect((await createConnection(url, null)).userErrors).toEqual([]);
  });

  it('checks again at every call: a worker whose policy refuses the address fails the prediction, unsent', async () => {
    const created = await createConnection(url, 'sk-very-secret-3');
    const prediction = await predictThrough(created.connection.id, {
      workerId: 'w',
      outbound: STRICT_OUTBOUND_POLICY,
      secrets: testSecrets,
    });
    expect(prediction.valueJson).toBeNull();
    expect(prediction.justification).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(seen).toEqual([]);
  });
});
