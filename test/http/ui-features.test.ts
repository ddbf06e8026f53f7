import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startAnnograph, type RunningServer } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const LISTED = 'query Projects { projects { totalCount } }';

describe(`${DIALECT}: what UIs need: CORS, persisted queries, trusted documents`, () => {
  let t: TestDb;
  let open: RunningServer;
  let trusted: RunningServer;
  let authorization: string;
  let dir: string;

  beforeAll(async () => {
    t = await createTestDb();
    authorization = `Token ${(await insertProject(t.db)).owner.secret}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-trusted-'));
    const manifest = path.join(dir, 'manifest.json');
    fs.writeFileSync(
      manifest,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: sha256(LISTED), name: 'Projects', type: 'query', body: LISTED }],
      }),
    );
    const logger = pino({ level: 'silent' });
    open = await startAnnograph(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off', CORS_ORIGINS: 'https://ui.example.test' }),
      logger,
      t.db,
    );
    trusted = await startAnnograph(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off', TRUSTED_DOCUMENTS: manifest }),
      logger,
      t.db,
    );
  });
  afterAll(async () => {
    await open.stop();
    await trusted.stop();
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const post = (url: string, body: object, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, ...headers },
      body: JSON.stringify(body),
    });

  it('answers CORS for the configured origins only, without credentials by default', async () => {
    const preflight = await fetch(open.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://ui.example.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://ui.example.test');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await fetch(open.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.test', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight from an origin it does not allow with what to configure, not a CSRF message (issue 16)', async () => {
    for (const server of [open, trusted]) {
      const refused = await fetch(server.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example.test', 'access-control-request-method': 'POST' },
      });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const body = await refused.json();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0].message).toMatch(/https:\/\/evil\.example\.test.*CORS_ORIGINS/);
      expect(body.errors[0].message).not.toMatch(/CSRF/);
    }
    const plain = await fetch(open.url, { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ projects { totalCount } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const unknown = await (await post(open.url, { extensions })).json();
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await (await post(open.url, { query, extensions })).json()).data.projects.totalCount).toBe(1);
    expect((await (await post(open.url, { extensions })).json()).data.projects.totalCount).toBe(1);
  });

  it("runs only the manifest's operations in trusted-documents mode", async () => {
    const byId = await (
      await post(trusted.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(LISTED) } } })
    ).json();
    expect(byId.data).toEqual({ projects: { totalCount: 1 } });
    expect((await (await post(trusted.url, { query: LISTED })).json()).data.projects.totalCount).toBe(1);
    const other = await post(trusted.url, { query: '{ projects { nodes { name } } }' });
    expect(other.status).toBe(400);
    expect((await other.json()).errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
  });
});
