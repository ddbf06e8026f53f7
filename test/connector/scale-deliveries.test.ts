import { up as forgetUnappliedBatches } from '../../src/db/migrations/2026_12_07_1320_reapply_scale_batches';
import { SYSTEM_ACTOR } from '../../src/modules/change/change-log';
import { enqueueConnectorRun } from '../../src/modules/connector/connector.service';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { insertScaleConnector } from '../support/connector-rows';
import { fixture } from '../support/fake-upstreams/fixtures';
import { startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { drain } from './connector-helpers';
import { batch, FIXTURE_BATCHES, FIXTURE_DELIVERIES, MEMBERS, sorted } from './scale-expected';

// Issue 21, Scale's batches and deliveries: a sync applies each /v2/batches row's status (Scale's words mapped as
// DECISIONS.md D2 says), metadata, callback and completion to the project's batch, and makes each delivery with
// exactly its tasks (read from /v2/delivery page by page); a second sync writes nothing; a changed batch or
// delivery upstream is applied, whole or not at all; the upstream's failures on /v2/delivery behave as on tasks.
/** Statements that write rows a sync makes (the run's own bookkeeping and change log left out). */
const DOMAIN_WRITE =
  /^(insert into|update|delete from) "(task|batch|delivery|connector_record|thread|turn|message|annotation)"/;
/** The import's lock of the batches its tasks name: a no-op update (batch.repository lockBatches). */
const NO_OP_LOCK = /set "updated_at" = "updated_at"/;

describe(`${DIALECT}: Scale deliveries and batch statuses`, () => {
  let t: TestDb;
  let fake: FakeScale;
  let projectId: string;
  let connectorId: string;

  beforeEach(async () => {
    t = await createTestDb();
    fake = await startFakeScale('k');
    ({ projectId } = await insertProject(t.db, 'Scale deliveries'));
    connectorId = await insertScaleConnector(t.db, {
      projectId,
      baseUrl: fake.url,
      key: 'k',
      projectName: 'Support RLHF',
    });
  });
  afterEach(async () => {
    await fake.close();
    await t.destroy();
  });

  const sync = async () => {
    const queued = await enqueueConnectorRun(t.db, { id: connectorId, projectId }, 'MANUAL', {
      createdBy: null,
      actor: SYSTEM_ACTOR,
    });
    if (!queued.ok) throw new Error('not queued');
    await drain(t.db);
    const run = await t.db
      .selectFrom('connectorRun')
      .selectAll()
      .where('id', '=', queued.value.id)
      .executeTakeFirstOrThrow();
    return { ...run, failures: JSON.parse(run.failuresJson) as unknown[] };
  };
  const deliveries = async () => {
    const rows = await t.db
      .selectFrom('delivery')
      .selectAll()
      .where('projectId', '=', projectId)
      .orderBy('name')
      .execute();
    const tasks = await t.db
      .selectFrom('task')
      .select(['externalId', 'deliveryId'])
      .where('projectId', '=', projectId)
      .where('deliveryId', 'is not', null)
      .execute();
    return rows.map((d) => ({
      externalId: d.externalId,
      name: d.name,
      source: d.source,
      deliveredAt: d.deliveredAt,
      tasks: tasks
        .filter((x) => x.deliveryId === d.id)
        .map((x) => x.externalId!)
        .sort(),
    }));
  };
  const batches = async () =>
    (await t.db.selectFrom('batch').selectAll().where('projectId', '=', projectId).orderBy('name').execute()).map(
      (b) => ({
        externalId: b.externalId,
        source: b.source,
        kind: b.kind,
        status: b.status,
        sourceStatus: b.sourceStatus,
        metadata: JSON.parse(b.metadataJson) as unknown,
        callback: b.callback,
        completedAt: b.completedAt,
      }),
    );
  const changes = async () =>
    (
      await t.db
        .selectFrom('change')
        .select(['type', 'objectId', 'payloadJson'])
        .where('projectId', '=', projectId)
        .where('type', 'not in', [
          'CONNECTOR_RUN_QUEUED',
          'CONNECTOR_RUN_COMPLETED',
          'CONNECTOR_RUN_FAILED',
          'JOB_PROGRESS',
        ])
        .orderBy('sequence')
        .execute()
    ).map((c) => ({ type: c.type, objectId: c.objectId, payload: JSON.parse(c.payloadJson) as unknown }));

  it('a fresh sync makes each delivery with exactly its tasks, and applies every batch status and metadata', async () => {
    const run = await sync();
    expect(run).toMatchObject({ status: 'COMPLETED', recordsCreated: 230 + 6 + 3, recordsFailed: 0, error: null });
    // Batches, 3 tasks pages, then one page per delivery.
    expect(run.pages).toBe(1 + 3 + 3);
    expect(await deliveries()).toEqual(FIXTURE_DELIVERIES);
    expect(await batches()).toEqual(FIXTURE_BATCHES);
    const perBatch = await t.db
      .selectFrom('task')
      .innerJoin('batch', 'batch.id', 'task.batchId')
      .select(['batch.externalId', (eb) => eb.fn.countAll<number>().as('n')])
      .where('task.projectId', '=', projectId)
      .groupBy('batch.externalId')
      .orderBy('batch.externalId')
      .execute();
    expect(perBatch.map((b) => [b.externalId, Number(b.n)])).toEqual([
      ['batch_1', 76],
      ['batch_2', 77],
      ['batch_3', 77],
    ]);
    // The delivery's pages: delivery_001's 130 tasks in two (100 + 30), each delivery named by id and project.
    const pages = fake.requests.filter((r) => r.path === '/v2/delivery');
    expect(pages.map((r) => [r.query.get('delivery_id'), r.query.get('limit'), !!r.query.get('next_token')])).toEqual([
      ['delivery_001', '100', false],
      ['delivery_001', '100', true],
      ['delivery_002', '100', false],
      ['delivery_003', '100', false],
    ]);
    expect(pages.every((r) => r.query.get('project_name') === 'Support RLHF')).toBe(true);
    // What was fetched is kept: the delivery as listed and its tasks' ids.
    const kept = await t.db
      .selectFrom('connectorRecord')
      .selectAll()
      .where('projectId', '=', projectId)
      .where('type', '=', 'delivery')
      .where('externalId', '=', 'delivery_003')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(kept.rawJson)).toEqual({
      delivery: fixture<unknown[]>('scale/deliveries.json')[2],
      task_ids: MEMBERS.delivery_003,
    });
    const created = (await changes()).filter((c) => c.type === 'DELIVERY_CREATED');
    expect(created.map((c) => c.payload)).toEqual([
      { taskCount: 130, externalId: 'delivery_001' },
      { taskCount: 45, externalId: 'delivery_002' },
      { taskCount: 5, externalId: 'delivery_003' },
    ]);
  });

  it('a second sync writes nothing: incremental, and after a full re-read of the upstream', async () => {
    await sync();
    // The filter sees what a sync writes.
    expect(t.statements.filter((s) => DOMAIN_WRITE.test(s)).length).toBeGreaterThan(10);
    const before = await changes();
    t.statements.length = 0;
    fake.requests.length = 0;
    const second = await sync();
    expect(second).toMatchObject({ status: 'COMPLETED', recordsCreated: 0, recordsUpdated: 0, recordsFailed: 0 });
    expect(t.statements.filter((s) => DOMAIN_WRITE.test(s))).toEqual([]);
    // Incremental: deliveries delivered after the last run started (none), so no delivery's pages are read.
    const listed = fake.requests.filter((r) => r.path === '/v2/deliveries');
    expect(listed).toHaveLength(1);
    expect(Date.parse(listed[0].query.get('delivered_after')!)).toBeGreaterThan(Date.parse('2026-11-05T00:00:00Z'));
    expect(fake.requests.some((r) => r.path === '/v2/delivery')).toBe(false);

    // With the sync state cleared, every batch, task and delivery is read again: all unchanged.
    await t.db.updateTable('connector').set({ stateJson: '{}' }).where('id', '=', connectorId).execute();
    t.statements.length = 0;
    const full = await sync();
    expect(full).toMatchObject({ status: 'COMPLETED', recordsCreated: 0, recordsUpdated: 0, recordsUnchanged: 239 });
    expect(t.statements.filter((s) => DOMAIN_WRITE.test(s) && !NO_OP_LOCK.test(s))).toEqual([]);
    expect(await changes()).toEqual(before);
    expect(await deliveries()).toEqual(FIXTURE_DELIVERIES);
  });

  it('a changed batch and a changed delivery upstream are applied, and only they', async () => {
    await sync();
    const before = await changes();
    const b3 = fake.data.batches.find((b) => b.id === 'batch_3')!;
    Object.assign(b3, {
      status: 'completed',
      completed_at: '2026-11-05T12:00:00Z',
      metadata: { team: 'billing', qa: 'done' },
    });
    // Delivery 2 redelivered now (so the incremental read lists it): renamed, 5 tasks out, the 3 first undelivered in.
    const d2 = fake.data.deliveries!.find((d) => d.id === 'delivery_002')!;
    const deliveredAt = new Date(Date.now() + 60_000).toISOString();
    Object.assign(d2, { name: 'Support RLHF delivery 2 (redelivered)', delivered_at: deliveredAt, task_count: 43 });
    const delivered = new Set(Object.values(MEMBERS).flat());
    const undelivered = fake.data.tasks.filter((x) => x.status === 'completed' && !delivered.has(x.task_id as string));
    const removed = MEMBERS.delivery_002.slice(0, 5);
    const added = undelivered.slice(0, 3).map((x) => x.task_id as string);
    fake.data.deliveryTasks!.delivery_002 = [...MEMBERS.delivery_002.slice(5), ...added];

    const run = await sync();
    expect(run).toMatchObject({ status: 'COMPLETED', recordsCreated: 0, recordsUpdated: 2, recordsFailed: 0 });
    expect(await deliveries()).toEqual([
      FIXTURE_DELIVERIES[0],
      {
        ...FIXTURE_DELIVERIES[1],
        name: 'Support RLHF delivery 2 (redelivered)',
        deliveredAt,
        tasks: sorted([...MEMBERS.delivery_002.slice(5), ...added]),
      },
      FIXTURE_DELIVERIES[2],
    ]);
    const out = await t.db.selectFrom('task').select(['deliveryId']).where('externalId', 'in', removed).execute();
    expect(out.map((x) => x.deliveryId)).toEqual([null, null, null, null, null]);
    expect((await batches())[2]).toEqual(
      batch('batch_3', 'COMPLETED', 'completed', {
        metadata: { team: 'billing', qa: 'done' },
        completedAt: '2026-11-05T12:00:00.000Z',
      }),
    );
    expect((await batches()).filter((b) => b.externalId !== 'batch_3')).toEqual(
      FIXTURE_BATCHES.filter((b) => b.externalId !== 'batch_3'),
    );
    const after = (await changes()).slice(before.length).map(({ type, payload }) => ({ type, payload }));
    expect(after).toEqual([
      { type: 'BATCH_STATUS_CHANGED', payload: { from: 'IN_PROGRESS', to: 'COMPLETED' } },
      { type: 'BATCH_UPDATED', payload: { changed: ['metadata', 'completedAt'] } },
      {
        type: 'DELIVERY_UPDATED',
        payload: { changed: ['name', 'deliveredAt', 'tasks'], taskCount: 43, added: 3, removed: 5 },
      },
    ]);
  });

  it('a delivery naming a task the project lacks fails with its external id and writes nothing of it; the rest goes on', async () => {
    await sync();
    const d3 = fake.data.deliveries!.find((d) => d.id === 'delivery_003')!;
    Object.assign(d3, { name: 'Renamed', delivered_at: new Date(Date.now() + 60_000).toISOString() });
    fake.data.deliveryTasks!.delivery_003 = [...MEMBERS.delivery_003, 'scale_task_unknown'];
    fake.data.deliveries!.push({
      id: 'delivery_004',
      name: 'Support RLHF delivery 4',
      task_count: 0,
      delivered_at: new Date(Date.now() + 120_000).toISOString(),
      project: 'proj_support_rlhf',
    });
    const run = await sync();
    expect(run).toMatchObject({ status: 'COMPLETED', recordsCreated: 1, recordsUpdated: 0, recordsFailed: 1 });
    expect(run.failures).toEqual([
      {
        type: 'delivery',
        externalId: 'delivery_003',
        reason: 'could not be written: 1 of its 6 tasks are not in the project: "scale_task_unknown"',
      },
    ]);
    const now = await deliveries();
    expect(now.slice(0, 3)).toEqual(FIXTURE_DELIVERIES);
    expect(now[3]).toMatchObject({ externalId: 'delivery_004', tasks: [] });
  });

  it('a batch of an unknown status is a failed record with its external id; the other batches are applied', async () => {
    fake.data.batches.find((b) => b.id === 'batch_5')!.status = 'archived';
    const run = await sync();
    expect(run).toMatchObject({ status: 'COMPLETED', recordsCreated: 238, recordsFailed: 1 });
    expect(run.failures).toEqual([
      { type: 'batch', externalId: 'batch_5', reason: expect.stringContaining('unknown status "archived"') },
    ]);
    expect(await batches()).toEqual(FIXTURE_BATCHES.filter((b) => b.externalId !== 'batch_5'));
    expect(await deliveries()).toEqual(FIXTURE_DELIVERIES);
  });

  it('batches kept unapplied by the earlier connector (local id null) are applied by the next sync after 1320', async () => {
    await sync();
    // As the connector left them before batches were applied: rows as the import made them, records without a row.
    await t.db
      .updateTable('batch')
      .set({ status: 'IN_PROGRESS', sourceStatus: null, metadataJson: '{}', callback: null, completedAt: null })
      .where('projectId', '=', projectId)
      .execute();
    await t.db.updateTable('connectorRecord').set({ localId: null }).where('type', '=', 'batch').execute();
    expect((await sync()).recordsUpdated).toBe(0);
    expect((await batches()).map((b) => b.status)).toEqual(Array(6).fill('IN_PROGRESS'));
    await forgetUnappliedBatches(t.db);
    await t.db.updateTable('connector').set({ stateJson: '{}' }).where('id', '=', connectorId).execute();
    const run = await sync();
    expect(run).toMatchObject({ status: 'COMPLETED', recordsCreated: 6, recordsFailed: 0 });
    expect(await batches()).toEqual(FIXTURE_BATCHES);
  });

  it('/v2/delivery answering 503 twice is retried and the run completes as without it', async () => {
    fake.failNext(
      '/v2/delivery',
      { kind: 'status', status: 503, body: { status_code: 503, error: 'Service Unavailable' } },
      2,
    );
    const run = await sync();
    expect(run).toMatchObject({ status: 'COMPLETED', recordsCreated: 239, recordsFailed: 0, error: null });
    const first = fake.requests.filter((r) => r.path === '/v2/delivery' && !r.query.get('next_token'));
    expect(first.filter((r) => r.query.get('delivery_id') === 'delivery_001')).toHaveLength(3);
    expect(await deliveries()).toEqual(FIXTURE_DELIVERIES);
  });

  it('/v2/delivery repeating a next_token fails the run: the delivery paged is not written, what came before is', async () => {
    fake.repeatDeliveryToken();
    const run = await sync();
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/repeated the next_token .*paging stopped/);
    // Batches and tasks were committed pages; delivery_001 (two pages) is not there, nor anything after it.
    expect(run.pages).toBe(1 + 3);
    expect(await deliveries()).toEqual([]);
    expect(await t.db.selectFrom('task').select('id').where('projectId', '=', projectId).execute()).toHaveLength(230);
    expect(await batches()).toEqual(FIXTURE_BATCHES);
  });
});
