import { DIALECT } from '../support/db';
import { scaleTasks } from '../support/fake-upstreams/scale';
import { connectorKillHarness, sleep } from './kill-harness';

// kill -9 in the middle of a connector run loses and doubles nothing, and does not start over (issue 21). A real
// server (kill-server.ts, startAnnograph with its connector worker) syncs TASKS Scale tasks from a slow fake, is
// SIGKILLed once some pages are committed; a second server takes the run over when the lease runs out and goes on
// from the committed checkpoint: its first request carries that page's next_token, every task is there once, and
// the counts add up to one pass over the upstream.
const TASKS = 1500;

describe(`${DIALECT}: kill -9 during a connector run`, () => {
  const h = connectorKillHarness('connkill', () => ({ tasks: scaleTasks(TASKS), batches: [] }));
  const { start, runRow } = h;

  it('resumes at the last committed page: every task once, counts of one pass', async () => {
    const { projectId, runId } = await h.queueRun('Kill connector');

    const first = await start();
    for (let i = 0; i < 400 && (await runRow(runId)).pages < 4; i++) await sleep(25);
    first.proc.kill('SIGKILL');
    await first.exited;
    const atKill = await runRow(runId);
    expect(atKill.status).toBe('IN_PROGRESS');
    expect(atKill.pages).toBeGreaterThanOrEqual(4);
    const checkpoint = JSON.parse(atKill.checkpoint!) as { stage: string; token: string };
    expect(checkpoint.stage).toBe('tasks');
    const requestsBefore = h.fake.requests.length;

    await start();
    for (let i = 0; i < 800 && (await runRow(runId)).status === 'IN_PROGRESS'; i++) await sleep(50);
    const done = await runRow(runId);
    expect(done).toMatchObject({ status: 'COMPLETED', recordsFailed: 0, error: null });
    // One batches page (empty), TASKS / 100 tasks pages, counted once each, and one (empty) of deliveries.
    expect(done.pages).toBe(1 + TASKS / 100 + 1);
    expect(done.recordsCreated + done.recordsUnchanged).toBe(TASKS);
    expect(done.recordsUpdated).toBe(0);

    const resumed = h.fake.requests.slice(requestsBefore);
    expect(resumed[0].path).toBe('/v2/tasks');
    expect(resumed[0].query.get('next_token')).toBe(checkpoint.token);
    expect(resumed.some((r) => r.path === '/v2/batches')).toBe(false);

    const tasks = await h.db.selectFrom('task').select('externalId').where('projectId', '=', projectId).execute();
    expect(tasks).toHaveLength(TASKS);
    expect(new Set(tasks.map((t) => t.externalId)).size).toBe(TASKS);
  }, 90_000);
});
