import { demoSecret } from '../../src/auth/tokens';
import type { Database } from '../../src/db/database';
import { seedDemoData } from '../../src/demo/seed-demo';
import { STATUS_OF_EVENT } from '../../src/modules/task/task-events';
import { classifyOffline, type Example } from '../../src/modules/inference-run/offline-provider';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { createTestServer } from '../support/server';

// The demo must say what the services and workers say (issue 16): scores are what completed runs computed, a run's
// totals are its predictions, recomputed here through the same OFFLINE provider, a finished batch holds no open
// work, nothing is leased beyond a minute, and a coding task's status is the one its events lead to.

const parse = (json: string | null) => (json === null ? null : JSON.parse(json));
const inputText = (data: Record<string, unknown>, fields: string[]) =>
  fields.map((f) => (data[f] === undefined || data[f] === null ? '' : String(data[f]))).join('\n');

describe(`${DIALECT}: the demo agrees with itself`, () => {
  let t: TestDb;
  let db: Database;
  let seededAt: number;

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    expect(await seedDemoData(db)).not.toBeNull();
    seededAt = Date.now();
  });
  afterAll(() => t.destroy());

  it('a version scores what its last completed run with ground truth computed, a prompt its best version (null without one)', async () => {
    const versions = await db.selectFrom('promptVersion').selectAll().orderBy('id').execute();
    expect(versions.length).toBeGreaterThan(1);
    const expected = new Map<string, number | null>();
    for (const v of versions) {
      const last = await db
        .selectFrom('inferenceRun')
        .selectAll()
        .where('versionId', '=', v.id)
        .where('status', '=', 'COMPLETED')
        .where('totalScoredPredictions', '>', 0)
        .orderBy('completedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const score = last ? last.totalCorrectPredictions / last.totalScoredPredictions : null;
      expected.set(v.id, score);
      expect({ version: v.title, score: v.score === null ? null : Number(v.score) }).toEqual({
        version: v.title,
        score,
      });
    }
    const server = await createTestServer(db);
    try {
      for (const [email, organization] of [
        ['ada@acme.test', 'acme-ml'],
        ['marie@globex.test', 'globex'],
      ] as const) {
        const answer = await server.executeWithToken(
          `Token ${demoSecret(email)}`,
          `{ organizations(first: 10) { nodes { prompts(first: 100) { nodes { title bestScore versions(first: 100) { nodes { id score } } } } } } }`,
        );
        expect(answer.errors).toBeUndefined();
        const prompts = answer.data!.organizations.nodes.flatMap(
          (o: { prompts: { nodes: unknown[] } }) => o.prompts.nodes,
        );
        if (organization === 'acme-ml') expect(prompts.length).toBeGreaterThan(0);
        for (const p of prompts as any[]) {
          const scores = p.versions.nodes
            .map((v: { id: string }) => expected.get(v.id))
            .filter((s: number | null | undefined): s is number => typeof s === 'number');
          expect({ organization, prompt: p.title, bestScore: p.bestScore }).toEqual({
            organization,
            prompt: p.title,
            bestScore: scores.length ? Math.max(...scores) : null,
          });
        }
      }
    } finally {
      await server.stop();
    }
  });

  it("every run's totals are its predictions, and each OFFLINE prediction is what the provider answers", async () => {
    const runs = await db.selectFrom('inferenceRun').selectAll().orderBy('id').execute();
    expect(new Set(runs.map((r) => r.status))).toEqual(
      new Set(['COMPLETED', 'FAILED', 'CANCELED', 'IN_PROGRESS', 'PENDING']),
    );
    for (const run of runs) {
      const version = await db
        .selectFrom('promptVersion')
        .selectAll()
        .where('id', '=', run.versionId)
        .executeTakeFirstOrThrow();
      const prompt = await db.selectFrom('prompt').selectAll().where('id', '=', run.promptId).executeTakeFirstOrThrow();
      const fields = parse(prompt.inputFieldsJson) as string[];
      const classes = parse(prompt.outputClassesJson) as string[];
      const gtRows = await db
        .selectFrom('annotation')
        .innerJoin('task', 'task.id', 'annotation.taskId')
        .select(['task.id', 'task.dataJson', 'annotation.valueJson'])
        .where('annotation.projectId', '=', run.projectId)
        .where('annotation.groundTruth', '=', 1)
        .where('annotation.level', '=', 'TASK')
        .orderBy('task.id')
        .execute();
      const groundTruth = new Map(gtRows.map((r) => [r.id, parse(r.valueJson)]));
      const examples: Example[] = gtRows
        .slice(0, version.maxFewShotExamples)
        .map((r) => ({ text: inputText(parse(r.dataJson), fields), label: String(parse(r.valueJson)) }));
      const predictions = await db
        .selectFrom('annotation')
        .innerJoin('task', 'task.id', 'annotation.taskId')
        .select(['task.id', 'task.dataJson', 'annotation.valueJson', 'annotation.promptVersionId'])
        .where('annotation.inferenceRunId', '=', run.id)
        .orderBy('task.id')
        .execute();
      const label = `run ${run.id} (${run.status}, ${version.title})`;
      const valued = predictions.filter((p) => p.valueJson !== null);
      const scored = valued.filter((p) => groundTruth.has(p.id));
      expect({
        label,
        totalPredictions: run.totalPredictions,
        totalScoredPredictions: run.totalScoredPredictions,
        totalCorrectPredictions: run.totalCorrectPredictions,
      }).toEqual({
        label,
        totalPredictions: valued.length,
        totalScoredPredictions: scored.length,
        totalCorrectPredictions: scored.filter((p) => groundTruth.get(p.id) === parse(p.valueJson)).length,
      });
      for (const p of predictions)
        expect({ label, version: p.promptVersionId }).toEqual({ label, version: run.versionId });
      if (version.provider === 'OFFLINE') {
        for (const p of predictions)
          expect({ label, task: p.id, value: parse(p.valueJson) }).toEqual({
            label,
            task: p.id,
            value: classifyOffline(inputText(parse(p.dataJson), fields), examples, classes),
          });
      }
      const tasks = await db
        .selectFrom('inferenceRunTask')
        .select(['taskId', 'done'])
        .where('runId', '=', run.id)
        .execute();
      expect({ label, totalTasks: run.totalTasks, done: tasks.filter((x) => Number(x.done) === 1).length }).toEqual({
        label,
        totalTasks: tasks.length,
        done: predictions.length,
      });
      if (run.status === 'COMPLETED')
        expect({ label, predicted: predictions.length }).toEqual({ label, predicted: run.totalTasks });
      if (run.status === 'PENDING')
        expect({ label, predicted: predictions.length, triggeredAt: run.triggeredAt }).toEqual({
          label,
          predicted: 0,
          triggeredAt: null,
        });
      expect({ label, ended: run.completedAt !== null }).toEqual({
        label,
        ended: ['COMPLETED', 'FAILED', 'CANCELED'].includes(run.status),
      });
    }
  });

  it('no COMPLETED or CANCELED batch holds a PENDING or IN_PROGRESS task', async () => {
    const open = await db
      .selectFrom('task')
      .innerJoin('batch', 'batch.id', 'task.batchId')
      .select(['batch.name', 'batch.status as batchStatus', 'task.externalId', 'task.status'])
      .where('batch.status', 'in', ['COMPLETED', 'CANCELED'])
      .where('task.status', 'in', ['PENDING', 'IN_PROGRESS'])
      .execute();
    expect(open).toEqual([]);
    // The demo still has finished batches to show.
    const finished = await db.selectFrom('batch').select('id').where('status', '=', 'COMPLETED').execute();
    expect(finished.length).toBeGreaterThan(0);
  });

  it('nothing is leased beyond a minute from now', async () => {
    const limit = new Date(seededAt + 60_000).toISOString();
    for (const table of ['task', 'inferenceRun', 'improvementItem'] as const) {
      const rows = await db
        .selectFrom(table)
        .select(['id', 'leaseUntil'])
        .where('leaseUntil', 'is not', null)
        .execute();
      const far = rows.filter((r) => new Date(r.leaseUntil!).toISOString() > limit);
      expect({ table, far }).toEqual({ table, far: [] });
    }
  });

  it("every coding task's status is the one its events lead to, and a finished one has its result", async () => {
    const tasks = await db.selectFrom('task').selectAll().where('kind', '=', 'CODING').orderBy('id').execute();
    expect(new Set(tasks.map((x) => x.status))).toEqual(new Set(['COMPLETED', 'IN_PROGRESS', 'CANCELED']));
    for (const task of tasks) {
      const events = await db
        .selectFrom('taskEvent')
        .select(['kind', 'message'])
        .where('taskId', '=', task.id)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      const statusEvents = events.filter((e) => STATUS_OF_EVENT[e.kind]);
      const last = statusEvents[statusEvents.length - 1];
      expect({ task: task.label, status: task.status, first: statusEvents[0]?.kind }).toEqual({
        task: task.label,
        status: last && STATUS_OF_EVENT[last.kind],
        first: 'CREATE',
      });
      const inputs = await db
        .selectFrom('codingResponse')
        .innerJoin('dataChunk', 'dataChunk.id', 'codingResponse.chunkId')
        .select(['dataChunk.type'])
        .where('dataChunk.taskId', '=', task.id)
        .execute();
      const count = (type: string) => inputs.filter((r) => r.type === type).length;
      for (const e of events.filter((x) => x.kind === 'PROGRESS'))
        expect({ task: task.label, total: e.message!.split('/')[1] }).toEqual({
          task: task.label,
          total: String(count('INPUT')),
        });
      if (task.status === 'COMPLETED' && task.codingType === 'TRAIN') {
        const coder = await db
          .selectFrom('coder')
          .select(['modelJson'])
          .where('id', '=', task.coderId!)
          .executeTakeFirstOrThrow();
        expect(coder.modelJson).toBeTruthy();
        expect(events.find((e) => e.kind === 'FINISH')!.message).toBe(
          `coder ${task.coderId} trained on ${count('INPUT')} responses`,
        );
      }
      if (task.status === 'COMPLETED' && task.codingType === 'CODE')
        expect({ task: task.label, output: count('OUTPUT') }).toEqual({ task: task.label, output: count('INPUT') });
      else expect({ task: task.label, output: count('OUTPUT') }).toEqual({ task: task.label, output: 0 });
    }
  });
});
