import type { Database } from '../../src/db/database';
import { drainCodingTasks } from '../../src/modules/coding/coding-worker';
import { drainInferenceRuns } from '../../src/modules/inference-run/inference-worker';
import { DIALECT } from '../support/db';
import { startFakeDeepOpinion } from '../support/fake-upstreams/deepopinion';
import { startFakeEmbeddingStudio } from '../support/fake-upstreams/embedding-studio';
import type { FakeUpstream } from '../support/fake-upstreams/fake-server';
import { startFakeIqb } from '../support/fake-upstreams/iqb';
import { startFakeLabelStudio } from '../support/fake-upstreams/label-studio';
import { startFakeScale } from '../support/fake-upstreams/scale';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';

// Issue 21, section 4: each connector syncs its fixtures into a fresh project through the modules' own write paths;
// a second sync of the unchanged upstream writes nothing (no change of the log but the run's own); a record changed
// upstream is updated (its subtree replaced) and only it.
type Fake = FakeUpstream & { data: any };
type Case = {
  kind: string;
  start: () => Promise<Fake>;
  credentials: string | null;
  options: Record<string, unknown>;
  /** Records of the first sync. */
  records: number;
  /** What the first sync wrote, read back. */
  check: (db: Database, projectId: string) => Promise<void>;
  /** Changes one record upstream; `checkChange` reads the change back. */
  change: (fake: Fake) => void;
  checkChange: (db: Database, projectId: string) => Promise<void>;
};

const rows = (
  db: Database,
  table: 'task' | 'searchSession' | 'correctionSession' | 'coder' | 'inferenceRun',
  projectId: string,
) => db.selectFrom(table).selectAll().where('projectId', '=', projectId).execute() as Promise<any[]>;

let fixtureRunId = 0;

const CASES: Case[] = [
  {
    kind: 'SCALE',
    start: () => startFakeScale('live_k'),
    credentials: 'live_k',
    options: { projectName: 'Support RLHF' },
    // 230 tasks, 6 batches, 3 deliveries (scale-deliveries.test.ts reads the batches and deliveries back).
    records: 239,
    check: async (db, projectId) => {
      const tasks = await rows(db, 'task', projectId);
      expect(tasks).toHaveLength(230);
      expect(tasks.filter((t) => t.status === 'FAILED')).toHaveLength(10);
      const messages = await db.selectFrom('message').select('id').where('projectId', '=', projectId).execute();
      expect(messages).toHaveLength(2 * tasks.filter((t) => t.status === 'COMPLETED').length);
    },
    // A task completed again later (Scale's incremental read sees it): its thread is replaced.
    change: (fake) => {
      const task = fake.data.tasks.find((t: any) => t.task_id === 'scale_task_0001');
      task.completed_at = new Date(Date.now() + 3600_000).toISOString();
      task.threads[0].turns[0].messages[1].content.text = 'A changed reply.';
    },
    checkChange: async (db, projectId) => {
      const texts = await db.selectFrom('message').select('text').where('projectId', '=', projectId).execute();
      expect(texts.filter((m) => m.text === 'A changed reply.')).toHaveLength(1);
      expect(await rows(db, 'task', projectId)).toHaveLength(230);
    },
  },
  {
    kind: 'LABEL_STUDIO',
    start: () => startFakeLabelStudio('ls_k'),
    credentials: 'ls_k',
    options: { pageSize: 2 },
    records: 5 + 8 + 16,
    check: async (db, projectId) => {
      const runs = await rows(db, 'inferenceRun', projectId);
      expect(runs).toHaveLength(16);
      expect(new Set(runs.map((r) => r.status))).toEqual(
        new Set(['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED']),
      );
      // Runs still going upstream are the upstream's: held, never claimable by Annograph's inference worker.
      for (const r of runs.filter((r) => r.status === 'PENDING' || r.status === 'IN_PROGRESS'))
        expect(r.claimedBy).toBe('upstream:LABEL_STUDIO');
      expect(await drainInferenceRuns(db, { workerId: 'inference-test' })).toBe(0);
      const prompts = await db
        .selectFrom('prompt')
        .innerJoin('promptProject', 'promptProject.promptId', 'prompt.id')
        .select('title')
        .where('promptProject.id', '=', projectId)
        .execute();
      expect(prompts.map((p) => p.title).sort()).toEqual([
        'Sentiment 1',
        'Sentiment 2',
        'Sentiment 3',
        'Sentiment 4',
        'Sentiment 5',
      ]);
      expect(await db.selectFrom('promptVersion').select('id').execute()).toHaveLength(8);
    },
    change: (fake) => {
      const run = fake.data.runs['1012'][0];
      expect(run.status).not.toBe('Completed');
      fixtureRunId = run.id;
      run.status = 'Completed';
      run.total_predictions = 20;
    },
    checkChange: async (db, projectId) => {
      const kept = await db
        .selectFrom('connectorRecord')
        .select('localId')
        .where('projectId', '=', projectId)
        .where('type', '=', 'run')
        .where('externalId', '=', String(fixtureRunId))
        .executeTakeFirstOrThrow();
      const run = (await rows(db, 'inferenceRun', projectId)).find((r) => r.id === kept.localId);
      expect(run).toMatchObject({
        status: 'COMPLETED',
        sourceStatus: 'Completed',
        totalPredictions: 20,
        claimedBy: null,
      });
      expect(await rows(db, 'inferenceRun', projectId)).toHaveLength(16);
    },
  },
  {
    kind: 'EMBEDDING_STUDIO',
    start: () => startFakeEmbeddingStudio(),
    credentials: null,
    options: { batchIds: ['batch_released_1'], limit: 10 },
    records: 25 + 1,
    check: async (db, projectId) => {
      const sessions = await rows(db, 'searchSession', projectId);
      expect(sessions.map((s) => s.sessionNumber).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 25 }, (_v, i) => i + 1),
      );
      const events = await db.selectFrom('sessionEvent').select('id').where('projectId', '=', projectId).execute();
      expect(events).toHaveLength(Array.from({ length: 25 }, (_v, i) => (i + 1) % 4).reduce((a, b) => a + b, 0));
      const batches = await db.selectFrom('batch').selectAll().where('projectId', '=', projectId).execute();
      expect(batches).toEqual([expect.objectContaining({ externalId: 'batch_released_1', status: 'RELEASED' })]);
    },
    change: (fake) => {
      fake.data.batch_released_1[0].is_irrelevant = true;
      fake.data.batch_released_1[0].events = [];
    },
    checkChange: async (db, projectId) => {
      const [first] = (await rows(db, 'searchSession', projectId)).filter((s) => s.externalId === 'es_session_001');
      expect(first.isIrrelevant).toBe(1);
      const events = await db.selectFrom('sessionEvent').select('id').where('sessionId', '=', first.id).execute();
      expect(events).toHaveLength(0);
    },
  },
  {
    kind: 'DEEPOPINION',
    start: () => startFakeDeepOpinion('jwt'),
    credentials: 'jwt',
    options: { projectId: 17 },
    records: 7,
    check: async (db, projectId) => {
      const sessions = await rows(db, 'correctionSession', projectId);
      expect(sessions).toHaveLength(7);
      const coders = await rows(db, 'coder', projectId);
      expect(coders.map((c) => [c.kind, c.label]).sort()).toEqual([
        ['CLASSIFIER', 'Hotel reviews ABSA v1'],
        ['CLASSIFIER', 'Hotel reviews ABSA v2'],
      ]);
    },
    change: (fake) => (fake.data.corrections[1].status = 'FINISHED'),
    checkChange: async (db, projectId) => {
      const sessions = await rows(db, 'correctionSession', projectId);
      expect(sessions.filter((s) => s.status === 'FINISHED')).toHaveLength(3);
    },
  },
  {
    kind: 'IQB',
    start: () => startFakeIqb(),
    credentials: null,
    options: {},
    records: 1 + 2 + 4,
    check: async (db, projectId) => {
      const tasks = await rows(db, 'task', projectId);
      expect(tasks.map((t) => [t.externalId, t.status, t.codingType]).sort()).toEqual([
        ['task#1001', 'COMPLETED', 'TRAIN'],
        ['task#1002', 'COMPLETED', 'CODE'],
        ['task#1003', 'FAILED', 'CODE'],
        ['task#1004', 'DRAFT', 'UNKNOWN'],
      ]);
      const responses = await db.selectFrom('codingResponse').select('id').where('projectId', '=', projectId).execute();
      expect(responses).toHaveLength(7);
      const events = await db.selectFrom('taskEvent').select('kind').where('projectId', '=', projectId).execute();
      expect(events).toHaveLength(5 + 4 + 4 + 1);
    },
    change: (fake) => fake.data.tasks[3].events.push({ status: 'commit', message: '', timestamp: 1793520031000 }),
    checkChange: async (db, projectId) => {
      const task = (await rows(db, 'task', projectId)).find((t) => t.externalId === 'task#1004');
      // PENDING upstream, and the coding service's to run: Annograph's coding worker never claims it.
      expect(task).toMatchObject({ status: 'PENDING', sourceStatus: 'commit', source: 'IQB' });
      expect(await drainCodingTasks(db, { workerId: 'coding-test' })).toBe(0);
    },
  },
];

describe(`${DIALECT}: connector sync`, () => {
  let s: ProjectServer;
  beforeAll(async () => {
    s = await startProjectServer('Sync', {}, { outbound: LOCAL_OUTBOUND });
  });
  afterAll(() => stopProjectServer(s));

  const ownChanges = (db: Database, projectId: string) =>
    db
      .selectFrom('change')
      .select('type')
      .where((eb) => eb.or([eb('projectId', '=', projectId), eb('projectId', 'is', null)]))
      .where('type', 'not in', ['CONNECTOR_RUN_QUEUED', 'CONNECTOR_RUN_COMPLETED', 'JOB_PROGRESS'])
      .execute();

  it.each(CASES.map((c) => [c.kind, c] as const))(
    '%s: syncs its fixtures, then a second sync writes nothing',
    async (_k, c) => {
      const fake = await c.start();
      try {
        const api = connectorApi((q, v) => s.server.execute(q, v));
        const fresh = await api.data(
          'mutation($o: ID!, $n: String!) { projectCreate(input: { organizationId: $o, name: $n }) { project { id } } }',
          { o: s.organizationId, n: `Sync ${c.kind}` },
        );
        const pid = fresh.projectCreate.project.id as string;
        const created = await api.create({
          projectId: pid,
          kind: c.kind,
          baseUrl: fake.url,
          credentials: c.credentials,
          options: c.options,
        });
        expect(created.userErrors).toEqual([]);
        const sync = async () => {
          const { run } = await api.run(created.connector.id);
          await drain(s.t.db);
          return api.runOf(run.id);
        };
        const first = await sync();
        expect(first).toMatchObject({ status: 'COMPLETED', created: c.records, updated: 0, unchanged: 0, failed: 0 });
        await c.check(s.t.db, pid);

        const before = await ownChanges(s.t.db, pid);
        const second = await sync();
        expect(second).toMatchObject({ status: 'COMPLETED', created: 0, updated: 0, failed: 0 });
        expect(await ownChanges(s.t.db, pid)).toEqual(before);

        c.change(fake);
        const third = await sync();
        expect(third).toMatchObject({ status: 'COMPLETED', created: 0, updated: 1, failed: 0 });
        await c.checkChange(s.t.db, pid);
      } finally {
        await fake.close();
      }
    },
  );

  it('a record that does not validate is reported with its external id; the rest of the page goes on', async () => {
    const fake = await startFakeScale('k');
    try {
      fake.data.tasks.splice(5, 0, { ...fake.data.tasks[0], task_id: 'scale_task_weird', status: 'weird' });
      fake.data.tasks.splice(9, 0, { project: 'p' });
      const api = connectorApi((q, v) => s.server.execute(q, v));
      const fresh = await api.data(
        'mutation($o: ID!) { projectCreate(input: { organizationId: $o, name: "Sync invalid" }) { project { id } } }',
        { o: s.organizationId },
      );
      const { connector } = await api.create({
        projectId: fresh.projectCreate.project.id,
        kind: 'SCALE',
        baseUrl: fake.url,
        credentials: 'k',
        options: { projectName: 'Support RLHF' },
      });
      const { run } = await api.run(connector.id);
      await drain(s.t.db);
      const done = await api.runOf(run.id);
      expect(done).toMatchObject({ status: 'COMPLETED', created: 239, failed: 2 });
      expect(done.failures).toEqual([
        { type: 'task', externalId: null, reason: 'a task without task_id' },
        { type: 'task', externalId: 'scale_task_weird', reason: expect.stringMatching(/status/) },
      ]);
    } finally {
      await fake.close();
    }
  });
});
