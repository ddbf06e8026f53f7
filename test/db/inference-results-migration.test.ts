import { Migrator } from 'kysely';
import { migrations } from '../../src/db/migrations';
import { newId } from '../../src/ids';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

// 2026_12_03_1220_add_inference_run_results: runs predicted before it get their per-task results from the
// predictions they left, and their failed calls counted, so their results and progress read as a new run's do.
describe(`${DIALECT}: the inference run results migration`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.destroy());

  it('fills the results of runs made before it and counts their failed calls', async () => {
    const migrator = new Migrator({
      db: t.db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: t.schema,
    });
    const before = await migrator.migrateTo('2026_12_03_1100_create_rate_limit_buckets');
    expect(before.error).toBeUndefined();

    const { projectId, organizationId } = await insertProject(t.db);
    const now = new Date().toISOString();
    const db = t.db as any;
    const promptId = newId('prompt');
    const versionId = newId('promptVersion');
    const runId = newId('inferenceRun');
    await db
      .insertInto('prompt')
      .values({
        id: promptId,
        organizationId,
        title: 'p',
        skillName: 'TEXT_CLASSIFICATION',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('promptVersion')
      .values({
        id: versionId,
        promptId,
        title: 'v',
        promptText: 'x',
        provider: 'OFFLINE',
        providerModelId: 'm',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('inferenceRun')
      .values({
        id: runId,
        projectId,
        promptId,
        versionId,
        status: 'COMPLETED',
        projectSubset: 'ALL',
        createdAt: now,
        totalTasks: 4,
        totalPredictions: 2,
      })
      .execute();
    // Four tasks: right, wrong, failed (with ground truth), not yet predicted.
    const tasks = [0, 1, 2, 3].map(() => newId('task'));
    const truths: string[] = [];
    const predictions: string[] = [];
    for (const [i, taskId] of tasks.entries()) {
      await db
        .insertInto('task')
        .values({
          id: taskId,
          projectId,
          kind: 'LABELING',
          status: 'PENDING',
          source: 'ANNOGRAPH',
          dataJson: '{}',
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      const annotation = (values: object) =>
        db
          .insertInto('annotation')
          .values({
            projectId,
            taskId,
            level: 'TASK',
            source: 'ANNOGRAPH',
            type: 'CATEGORY',
            sourceType: 'category',
            createdAt: now,
            updatedAt: now,
            ...values,
          })
          .execute();
      const truth = newId('annotation');
      truths.push(truth);
      await annotation({ id: truth, key: 'sentiment', valueJson: '"pos"', groundTruth: 1 });
      if (i < 3) {
        const prediction = newId('annotation');
        predictions.push(prediction);
        await annotation({
          id: prediction,
          key: 'prediction',
          valueJson: [JSON.stringify('pos'), JSON.stringify('neg'), null][i],
          justification: i === 2 ? 'provider answered 500' : null,
          inferenceRunId: runId,
          promptVersionId: versionId,
        });
      }
      await db
        .insertInto('inferenceRunTask')
        .values({ runId, taskId, done: i < 3 ? 1 : 0 })
        .execute();
    }

    const after = await migrator.migrateToLatest();
    expect(after.error).toBeUndefined();
    const rows = await t.db
      .selectFrom('inferenceRunTask')
      .select(['taskId', 'id', 'groundTruthId', 'correct', 'error'])
      .where('runId', '=', runId)
      .orderBy('taskId')
      .execute();
    expect(rows).toEqual([
      { taskId: tasks[0], id: predictions[0], groundTruthId: truths[0], correct: 1, error: null },
      { taskId: tasks[1], id: predictions[1], groundTruthId: truths[1], correct: 0, error: null },
      { taskId: tasks[2], id: predictions[2], groundTruthId: truths[2], correct: null, error: 'provider answered 500' },
      { taskId: tasks[3], id: null, groundTruthId: null, correct: null, error: null },
    ]);
    expect(
      (
        await t.db
          .selectFrom('inferenceRun')
          .select('totalFailedPredictions')
          .where('id', '=', runId)
          .executeTakeFirstOrThrow()
      ).totalFailedPredictions,
    ).toBe(1);
  });
});
