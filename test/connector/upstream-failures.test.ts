import { STRICT_OUTBOUND_POLICY } from '../../src/outbound/outbound-policy';
import { retryAfterMs, retryDelay } from '../../src/modules/connector/upstreams/retry-policy';
import {
  UpstreamAuthError,
  UpstreamError,
  UpstreamProtocolError,
} from '../../src/modules/connector/upstreams/upstream-errors';
import { startFakeDeepOpinion } from '../support/fake-upstreams/deepopinion';
import { startFakeLabelStudio } from '../support/fake-upstreams/label-studio';
import { startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { clientOf, readAll, recordsOf } from './pager-helpers';

// Failure as the upstreams really fail, against the fakes: what is retried (and how long it waits), what ends the
// run at once, and what is reported per record while the rest goes on.
const OPTIONS = { projectName: 'Support RLHF' };

describe('upstream failures', () => {
  let fake: FakeScale;
  beforeEach(async () => (fake = await startFakeScale('k')));
  afterEach(() => fake.close());
  const tasksOf = async (overrides = {}) => {
    const { client, waits } = clientOf('SCALE', fake.url, 'k', overrides);
    const pages = await readAll('SCALE', client, OPTIONS);
    return { tasks: recordsOf(pages, 'task'), waits };
  };

  it('429 with Retry-After waits what it says, capped at maxDelayMs', async () => {
    fake.failNext('/v2/tasks', { kind: 'status', status: 429, retryAfter: '7' });
    fake.failNext('/v2/tasks', { kind: 'status', status: 429, retryAfter: '86400' });
    const { tasks, waits } = await tasksOf();
    expect(tasks).toHaveLength(230);
    expect(waits).toEqual([7000, 30_000]);
  });

  it('429 without Retry-After and 5xx back off exponentially with jitter', async () => {
    fake.failNext('/v2/tasks', { kind: 'status', status: 429 });
    fake.failNext('/v2/tasks', { kind: 'status', status: 503 });
    fake.failNext('/v2/tasks', { kind: 'status', status: 500 });
    const { tasks, waits } = await tasksOf();
    expect(tasks).toHaveLength(230);
    // random() = 0.5 of a ceiling of 1 s, 2 s, 4 s.
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('gives up after maxAttempts with the last reason', async () => {
    fake.failNext('/v2/batches', { kind: 'status', status: 502 }, 10);
    await expect(tasksOf()).rejects.toThrow(UpstreamError);
    await expect(tasksOf()).rejects.toThrow(/failed 4 times; last: HTTP 502/);
  });

  it('a hang times out and is retried', async () => {
    fake.failNext('/v2/tasks', { kind: 'hang' });
    const { tasks, waits } = await tasksOf({ timeoutMs: 300 });
    expect(tasks).toHaveLength(230);
    expect(waits).toHaveLength(1);
  });

  it('a connection reset is retried', async () => {
    fake.failNext('/v2/tasks', { kind: 'reset' });
    const { tasks, waits } = await tasksOf();
    expect(tasks).toHaveLength(230);
    expect(waits).toHaveLength(1);
  });

  it('malformed JSON is retried, and fails the run when it persists', async () => {
    fake.failNext('/v2/tasks', { kind: 'malformed' });
    expect((await tasksOf()).tasks).toHaveLength(230);
    fake.failNext('/v2/tasks', { kind: 'malformed' }, 10);
    await expect(tasksOf()).rejects.toThrow(/last: malformed JSON/);
  });

  it('a page repeating a next_token stops paging with a protocol error', async () => {
    fake.repeatToken();
    await expect(tasksOf()).rejects.toThrow(UpstreamProtocolError);
    await expect(tasksOf()).rejects.toThrow(/repeated the next_token/);
  });

  it('an invalid record is reported with its external id; the rest goes on', async () => {
    fake.data.tasks.splice(3, 0, { task_id: 'scale_task_bad', project: 'p' });
    fake.data.tasks.splice(7, 0, { status: 'completed' });
    const { tasks } = await tasksOf();
    expect(tasks).toHaveLength(232);
    expect(tasks.filter((t) => t.problem)).toEqual([
      expect.objectContaining({ externalId: 'scale_task_bad', problem: 'a task without status' }),
      expect.objectContaining({ externalId: null, problem: 'a task without task_id' }),
    ]);
  });

  it('revoked credentials (401, 403) end the run at once with a clear message, no retry', async () => {
    fake.revoke(401);
    await expect(tasksOf()).rejects.toThrow(UpstreamAuthError);
    await expect(tasksOf()).rejects.toThrow(
      /\/v2\/batches refused the connector's credentials \(HTTP 401: Invalid API key\); set new ones with connectorUpdate/,
    );
    expect(fake.requests).toHaveLength(2);
    const other = await startFakeDeepOpinion('jwt');
    try {
      other.revoke(403);
      const { client } = clientOf('DEEPOPINION', other.url, 'jwt');
      await expect(readAll('DEEPOPINION', client, { projectId: 17 })).rejects.toThrow(
        /HTTP 403: User does not have the minimal required project role "VIEWER"/,
      );
    } finally {
      await other.close();
    }
  });

  it('a wrong key is refused like a revoked one', async () => {
    const { client } = clientOf('SCALE', fake.url, 'not-the-key');
    await expect(readAll('SCALE', client, OPTIONS)).rejects.toThrow(UpstreamAuthError);
  });

  it('other 4xx end the run with the upstream words (an unknown Scale project)', async () => {
    const { client } = clientOf('SCALE', fake.url, 'k');
    await expect(readAll('SCALE', client, { projectName: 'Nope' })).rejects.toThrow(
      /answered HTTP 404: Project not found/,
    );
  });

  it('only through the outbound guard: loopback is refused unless OUTBOUND_ALLOWED_HOSTS allows it', async () => {
    await expect(tasksOf({ outbound: STRICT_OUTBOUND_POLICY })).rejects.toThrow(/Refused to call .*loopback/);
    expect(fake.requests).toHaveLength(0);
  });

  it('Label Studio: a prompt without a title is reported, its neighbours and their runs go on', async () => {
    const ls = await startFakeLabelStudio('t');
    try {
      delete ls.data.prompts[1].title;
      const { client } = clientOf('LABEL_STUDIO', ls.url, 't');
      const records = recordsOf(await readAll('LABEL_STUDIO', client, { pageSize: 2 }));
      expect(records.filter((r) => r.problem)).toEqual([
        expect.objectContaining({ type: 'prompt', externalId: '102', problem: 'a prompt without title' }),
      ]);
      expect(records.filter((r) => r.type === 'prompt')).toHaveLength(5);
    } finally {
      await ls.close();
    }
  });
});

describe('retry policy', () => {
  const policy = { maxAttempts: 5, baseMs: 100, maxDelayMs: 1000, random: () => 1 };
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
  });
  it('doubles the ceiling per attempt up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, null, policy))).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelay(1, 5000, policy)).toBe(1000);
    expect(retryDelay(1, 0, policy)).toBe(0);
  });
});
