import { DIALECT } from '../support/db';
import { scaleTasks } from '../support/fake-upstreams/scale';
import { connectorKillHarness, sleep } from './kill-harness';

// kill -9 during the deliveries of a Scale run: the checkpoint after each written delivery is its (delivered_at, id);
// the server that takes the run over lists the deliveries again, reads only those after it, and every delivery is
// there once with its tasks. The fake lists the deliveries newest first: the connector orders them itself.
const DELIVERIES = 25;
const PER_DELIVERY = 10;

describe(`${DIALECT}: kill -9 during a Scale run's deliveries`, () => {
  const tasks = scaleTasks(300);
  const completed = tasks.filter((t) => t.status === 'completed').map((t) => t.task_id as string);
  const ids = Array.from({ length: DELIVERIES }, (_v, i) => `delivery_${String(i + 1).padStart(3, '0')}`);
  const members = Object.fromEntries(
    ids.map((id, i) => [id, completed.slice(i * PER_DELIVERY, (i + 1) * PER_DELIVERY)]),
  );

  const h = connectorKillHarness('dlvkill', () => ({
    tasks,
    batches: [],
    // Newest first: the connector orders them itself.
    deliveries: ids
      .map((id, i) => ({
        id,
        name: `Delivery ${i + 1}`,
        task_count: PER_DELIVERY,
        delivered_at: new Date(Date.parse('2026-11-10T00:00:00Z') + i * 3600_000).toISOString(),
        project: 'proj_big',
      }))
      .reverse(),
    deliveryTasks: members,
  }));
  const { start, runRow } = h;

  it('resumes after the last written delivery: each delivery once, with its tasks', async () => {
    expect(completed.length).toBeGreaterThanOrEqual(DELIVERIES * PER_DELIVERY);
    const { projectId, runId } = await h.queueRun('Kill deliveries');

    // Killed once some deliveries are committed: batches (1 page), tasks (3), then one page per delivery.
    const first = await start();
    for (let i = 0; i < 800 && (await runRow(runId)).pages < 1 + 3 + 6; i++) await sleep(25);
    first.proc.kill('SIGKILL');
    await first.exited;
    const atKill = await runRow(runId);
    expect(atKill.status).toBe('IN_PROGRESS');
    const checkpoint = JSON.parse(atKill.checkpoint!) as { stage: string; after: [string, string] };
    expect(checkpoint.stage).toBe('deliveries');
    const done = ids.indexOf(checkpoint.after[1]);
    expect(done).toBeGreaterThanOrEqual(5);
    expect(done).toBeLessThan(DELIVERIES - 1);
    // Those up to the checkpoint are written; the next one may be too (killed before its page was committed).
    const written = await h.db.selectFrom('delivery').select('externalId').where('projectId', '=', projectId).execute();
    expect(written.length - (done + 1)).toBeGreaterThanOrEqual(0);
    expect(written.length - (done + 1)).toBeLessThanOrEqual(1);
    const requestsBefore = h.fake.requests.length;

    await start();
    for (let i = 0; i < 800 && (await runRow(runId)).status === 'IN_PROGRESS'; i++) await sleep(50);
    const finished = await runRow(runId);
    expect(finished).toMatchObject({ status: 'COMPLETED', recordsFailed: 0, recordsUpdated: 0, error: null });
    expect(finished.pages).toBe(1 + 3 + DELIVERIES);
    expect(finished.recordsCreated + finished.recordsUnchanged).toBe(300 + DELIVERIES);

    // The takeover lists the deliveries again, then reads those after the checkpoint, in delivered_at order.
    const resumed = h.fake.requests.slice(requestsBefore);
    expect(resumed[0].path).toBe('/v2/deliveries');
    expect(resumed.some((r) => r.path === '/v2/tasks' || r.path === '/v2/batches')).toBe(false);
    expect(resumed.filter((r) => r.path === '/v2/delivery').map((r) => r.query.get('delivery_id'))).toEqual(
      ids.slice(done + 1),
    );

    const rows = await h.db.selectFrom('delivery').selectAll().where('projectId', '=', projectId).execute();
    expect(rows.map((d) => d.externalId).sort()).toEqual(ids);
    const delivered = await h.db
      .selectFrom('task')
      .innerJoin('delivery', 'delivery.id', 'task.deliveryId')
      .select(['task.externalId as task', 'delivery.externalId as delivery'])
      .where('task.projectId', '=', projectId)
      .execute();
    expect(delivered).toHaveLength(DELIVERIES * PER_DELIVERY);
    for (const id of ids)
      expect(
        delivered
          .filter((d) => d.delivery === id)
          .map((d) => d.task)
          .sort(),
      ).toEqual([...members[id]].sort());
  }, 90_000);
});
