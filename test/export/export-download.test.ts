import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { importScaleFile } from '../../src/cli/scale-commands';
import { drainExports } from '../../src/modules/export/export-worker';
import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { startLiveServer, type LiveServer } from '../support/live-server';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

/** A raw GET (no transparent decompression): status, headers and the body's bytes. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

// GET /exports/<id>/file: the API's token auth and visibility, the file's headers, gzip by Accept-Encoding.
describe(`${DIALECT}: export download`, () => {
  let live: LiveServer;
  let dir: string;
  let base: string;
  let exportId: string;
  const create = async () => {
    const r = await live.post(
      live.owner.secret,
      `mutation($p: ID!) { exportCreate(input: { projectId: $p, format: SCALE_JSONL }) { export { id } } }`,
      { p: live.projectId },
    );
    return r.body.data.exportCreate.export.id as string;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-download-'));
    live = await startLiveServer({ EXPORT_WORKER: 'off', EXPORT_DIR: dir });
    base = live.server.url.replace(/\/graphql$/, '');
    const file = path.join(dir, 'seed.jsonl');
    fs.writeFileSync(file, [0, 1, 2].map((i) => JSON.stringify({ ...SEED, task_id: `task_dl_${i}` })).join('\n'));
    expect(await importScaleFile(live.t.db, file, { project: live.projectId }, () => {})).toBe(0);
    exportId = await create();
    await drainExports(live.t.db, { workerId: 'w', dir, pageSize: 2, ttlHours: 1 });
  });
  afterAll(async () => {
    await live.server.stop();
    await live.t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('streams the file with its type, name, length and sha256 ETag', async () => {
    const expected = fs.readFileSync(path.join(dir, `${exportId}.jsonl`));
    const r = await get(`${base}/exports/${exportId}/file`, { authorization: `Token ${live.owner.secret}` });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="${exportId}.jsonl"`);
    expect(r.headers['content-length']).toBe(String(expected.length));
    expect(r.headers.etag).toBe(`"${createHash('sha256').update(expected).digest('hex')}"`);
    expect(r.body.equals(expected)).toBe(true);
    expect(r.body.toString('utf8').trim().split('\n')).toHaveLength(3);
  });

  it('gzips when Accept-Encoding allows, without Content-Length', async () => {
    const expected = fs.readFileSync(path.join(dir, `${exportId}.jsonl`));
    const r = await get(`${base}/exports/${exportId}/file`, {
      authorization: `Token ${live.owner.secret}`,
      'accept-encoding': 'br;q=0, gzip',
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['content-length']).toBeUndefined();
    expect(zlib.gunzipSync(r.body).equals(expected)).toBe(true);
    const refused = await get(`${base}/exports/${exportId}/file`, {
      authorization: `Token ${live.owner.secret}`,
      'accept-encoding': 'gzip;q=0',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers 401 without a valid token, 404 for unknown ids and other organizations, 409 until COMPLETED', async () => {
    const url = `${base}/exports/${exportId}/file`;
    const none = await get(url);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await get(url, { authorization: 'Token nope' })).status).toBe(401);
    const unknown = await get(`${base}/exports/exp_00000000000000000000000000/file`, {
      authorization: `Token ${live.owner.secret}`,
    });
    expect(unknown.status).toBe(404);
    expect((await get(`${base}/exports/../file`, { authorization: `Token ${live.owner.secret}` })).status).toBe(404);
    const other = await insertProject(live.t.db, 'Other organization');
    expect((await get(url, { authorization: `Token ${other.owner.secret}` })).status).toBe(404);
    const viewer = await insertAccount(live.t.db, {
      organizationId: live.organizationId,
      organizationRole: 'MEMBER',
      projectId: live.projectId,
      projectRole: 'VIEWER',
    });
    expect((await get(url, { authorization: `Token ${viewer.secret}` })).status).toBe(200);
    const pending = await create();
    const r = await get(`${base}/exports/${pending}/file`, { authorization: `Token ${live.owner.secret}` });
    expect(r.status).toBe(409);
    expect(JSON.parse(r.body.toString()).errors[0]).toEqual({
      message: 'The export is PENDING: its file can be downloaded once it is COMPLETED',
      extensions: { code: 'CONFLICT' },
    });
  });
});
