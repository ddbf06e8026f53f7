import { findConnectorRecords, saveConnectorRecord } from '../../src/modules/connector/connector-record.repository';
import { UpstreamProtocolError } from '../../src/modules/connector/upstreams/upstream-errors';
import { DIALECT } from '../support/db';
import { fixture } from '../support/fake-upstreams/fixtures';
import { hostileSetup, idOf, task, tasksPage } from './hostile-helpers';
import { drain } from './connector-helpers';
import { recordsOf } from './pager-helpers';

// The connector attacked as a hostile upstream: one that floods, drips, answers a web page, nests, smuggles NULs,
// repeats ids, sends 100,000 records or asks to wait for 30 years ends the run (or only the record) with clear
// words, in bounded time and memory, the same on both stores.
describe(`${DIALECT}: a hostile upstream`, () => {
  const h = hostileSetup();

  describe('answers', () => {
    it('a 300 MB body is cut at 64 MiB: the connection is dropped, no retry, the run says so', async () => {
      h.fake.failNext('/v2/batches', { kind: 'flood', bytes: 300 * 1024 * 1024 }, 5);
      await expect(h.read({ timeoutMs: 20_000 }).pages).rejects.toThrow(
        /\/v2\/batches answered more than 67108864 bytes \(the most one page may be\)/,
      );
      expect(h.fake.requests).toHaveLength(1);
      // What the kernel's buffers took besides the 64 MiB read; nowhere near the 300 MB offered.
      expect(h.fake.flooded()).toBeLessThan(120 * 1024 * 1024);
    });

    it('a body that drips a byte at a time meets the deadline of the whole call', async () => {
      h.fake.failNext('/v2/batches', { kind: 'drip', everyMs: 20 }, 10);
      const { pages, waits } = h.read({ timeoutMs: 200 });
      await expect(pages).rejects.toThrow(/failed 4 times; last: timed out after 200 ms/);
      expect(waits).toHaveLength(3);
    });

    it('a web page where the API should be ends at once; malformed JSON said to be JSON is retried', async () => {
      h.fake.failNext('/v2/batches', {
        kind: 'raw',
        status: 200,
        text: '<html>Login</html>',
        contentType: 'text/html',
      });
      await expect(h.read().pages).rejects.toThrow(
        /answered "text\/html", not JSON: is the baseUrl the upstream's API\?/,
      );
      expect(h.fake.requests).toHaveLength(1);
      h.fake.failNext('/v2/batches', {
        kind: 'raw',
        status: 200,
        text: '{"batches": [',
        contentType: 'application/json',
      });
      const { pages, waits } = h.read();
      expect(recordsOf(await pages, 'task')).toHaveLength(230);
      expect(waits).toHaveLength(1);
    });

    it('Retry-After of 10^9 s, 400 digits or the year 9999 waits the cap; a negative one backs off', async () => {
      for (const value of ['1000000000', '9'.repeat(400), 'Fri, 31 Dec 9999 23:59:59 GMT', '-5'])
        h.fake.failNext('/v2/tasks', { kind: 'status', status: 429, retryAfter: value });
      const waits: number[] = [];
      const sleep = async (ms: number) => void waits.push(ms);
      const { pages } = h.read({
        retry: { maxAttempts: 5, baseMs: 1000, maxDelayMs: 30_000, random: () => 0.5, sleep },
      });
      expect(recordsOf(await pages, 'task')).toHaveLength(230);
      // The fourth: no readable Retry-After, so backoff: half (random) of 1 s doubled three times.
      expect(waits).toEqual([30_000, 30_000, 30_000, 4000]);
    });

    it("the worker's lease through such a wait reaches only the capped wait and a lease past now", async () => {
      h.fake.failNext('/v2/tasks', { kind: 'status', status: 429, retryAfter: '1000000000' });
      const leases: number[] = [];
      const sleep = async (ms: number) => {
        const row = await h.s.t.db
          .selectFrom('connectorRun')
          .select('leaseUntil')
          .where('status', '=', 'IN_PROGRESS')
          .executeTakeFirstOrThrow();
        leases.push(ms, Date.parse(row.leaseUntil!) - Date.now());
      };
      const retry = { maxAttempts: 3, baseMs: 1, maxDelayMs: 60_000, sleep };
      const { run } = await h.runOnce({}, { leaseMs: 1000, retry });
      expect(run.status).toBe('COMPLETED');
      expect(leases[0]).toBe(60_000);
      expect(leases[1]).toBeGreaterThan(59_000);
      expect(leases[1]).toBeLessThanOrEqual(61_000);
    });
    it.each([
      ['an object where the array belongs', '{"tasks":{"0":{"task_id":"t"}}}'],
      ['a bare array', '[{"task_id":"t"}]'],
      ['a string', '"tasks"'],
      ['null', 'null'],
    ])('JSON of the wrong shape (%s) ends the run with a protocol error', async (_what, text) => {
      h.fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text });
      await expect(h.read().pages).rejects.toThrow(new UpstreamProtocolError('/v2/tasks answered no "tasks" array'));
    });

    it("a cursor of 100,000 characters ends the run; an upstream's words lose their terminal escapes", async () => {
      const page = `{"tasks":[],"next_token":"${'t'.repeat(100_000)}"}`;
      h.fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page });
      const { run } = await h.runOnce();
      expect(run).toMatchObject({ status: 'FAILED', pages: 1 });
      expect(run.error).toMatch(
        /the upstream's cursor is 1000\d\d characters long, more than the 8192 a connector keeps/,
      );
      const kept = await h.s.t.db.selectFrom('connectorRun').select('checkpoint').where('id', '=', run.id).execute();
      expect(kept[0].checkpoint!.length).toBeLessThan(100);
      h.fake.failNext('/v2/batches', {
        kind: 'status',
        status: 400,
        body: { error: '\u001b[2J\u001b[31mgone\r\nfake line' },
      });
      const { run: said } = await h.runOnce();
      expect(said.error).toBe(`${h.fake.url}/v2/batches answered HTTP 400: [2J [31mgone fake line`);
    });
  });

  describe('records', () => {
    // Only the tasks page counts here (the batches were kept by the tests before).
    beforeEach(() => void (h.fake.data.batches = []));
    it('one too deep, one with a NUL in a string, one with a NUL in a key: each reported, the rest written', async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      h.fake.failNext('/v2/tasks', {
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
      const { run } = await h.runOnce();
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
      h.fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page }, 2);
      const { connector, run } = await h.runOnce();
      expect(run).toMatchObject({ status: 'COMPLETED', created: 2, failed: 1 });
      expect(run.failures).toEqual([
        { type: 'task', externalId: idOf(5), reason: 'a second task with this id on the same page' },
      ]);
      // Same page again (the state's completed_after is not what the raw page answers): unchanged, not flipped. The
      // first run had a failed record, so the state did not move on: the fixture's 3 deliveries are read again too.
      const again = await h.api.run(connector.id);
      await drain(h.s.t.db, { outbound: h.outbound });
      expect(await h.api.runOf(again.run.id)).toMatchObject({ created: 0, updated: 0, unchanged: 2 + 3, failed: 1 });
    });

    it('a batch and a task with the same id are two records; a 5 MB string is kept whole', async () => {
      const batches = fixture<Record<string, unknown>[]>('scale/batches.json');
      h.fake.data.batches = [{ ...batches[0], id: idOf(7) }];
      const huge = 'x'.repeat(5 * 1024 * 1024);
      // A second "metadata" key: JSON.parse keeps the last.
      const page = tasksPage(task(7), task(8, `,"metadata":{"huge":"${huge}"}`));
      h.fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page });
      const { run } = await h.runOnce();
      expect(run).toMatchObject({ status: 'COMPLETED', created: 3, failed: 0 });
      const batch = await h.s.t.db
        .selectFrom('connectorRecord')
        .select('rawJson')
        .where('projectId', '=', h.s.projectId)
        .where('type', '=', 'batch')
        .where('externalId', '=', idOf(7))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(batch.rawJson)).toMatchObject({ id: idOf(7), name: batches[0].name });
      const tasks = await h.s.t.db
        .selectFrom('task')
        .select(['externalId', 'metadataJson'])
        .where('projectId', '=', h.s.projectId)
        .where('externalId', 'in', [idOf(7), idOf(8)])
        .orderBy('externalId')
        .execute();
      expect(tasks.map((t) => t.externalId)).toEqual([idOf(7), idOf(8)]);
      expect(JSON.parse(tasks[1].metadataJson)).toEqual({ huge });
    });

    it('100,000 records in one answer end the run with clear words before anything is written', async () => {
      const tiny = (i: number) => `{"task_id":"t_${i}","status":"completed"}`;
      const page = tasksPage(...Array.from({ length: 100_000 }, (_v, i) => tiny(i)));
      h.fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page });
      const { run } = await h.runOnce();
      expect(run).toMatchObject({ status: 'FAILED', pages: 1, created: 0, failed: 0 });
      expect(run.error).toBe(
        '/v2/tasks answered 100000 records in one answer, more than the 10000 a connector reads at once',
      );
      h.fake.failNext('/v2/tasks', { kind: 'raw', status: 200, contentType: 'application/json', text: page });
      await expect(h.read().pages).rejects.toThrow(UpstreamProtocolError);
    });

    it('looks up 70,000 kept records at once (past both stores’ bound-parameter limits)', async () => {
      const at = new Date().toISOString();
      for (const externalId of ['r_1', 'r_35000', 'r_69999'])
        await saveConnectorRecord(h.s.t.db, {
          projectId: h.s.projectId,
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
      const found = await findConnectorRecords(h.s.t.db, h.s.projectId, 'IQB', 'task', ids);
      expect([...found.keys()].sort()).toEqual(['r_1', 'r_35000', 'r_69999']);
    });
  });
});
