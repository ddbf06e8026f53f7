import { newId } from '../../src/ids';
import { contributorAuthor, runAuthor } from '../../src/modules/annotation/annotation-author';
import { insertRunRows } from '../support/inference-run-rows';
import { insertLabelingTask } from '../support/factories';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

// Model versus ground truth: a run's predictions against the newest whole-task ground truth, as Cohen's kappa.
// Six tasks with both, predicted/truth: pos/pos, pos/pos, neg/neg, neg/pos, pos/neg, neg/neg. By hand:
// p_o = 4/6; prediction is pos 3/6, truth is pos 3/6, so p_e = 0.5*0.5 + 0.5*0.5 = 0.5; kappa = (2/3 - 1/2) / (1/2) = 1/3.
// A seventh task has a prediction and no ground truth, an eighth ground truth and no prediction: neither counts.
const PAIRS: [string | null, string | null][] = [
  ['pos', 'pos'],
  ['pos', 'pos'],
  ['neg', 'neg'],
  ['neg', 'pos'],
  ['pos', 'neg'],
  ['neg', 'neg'],
  ['pos', null],
  [null, 'neg'],
];
const QUERY = `query($r: ID!) { node(id: $r) { ... on InferenceRun { groundTruthAgreement {
  metric value undefinedReason items authors perAuthor { authorKey items } } } } }`;

describe('InferenceRun.groundTruthAgreement', () => {
  let s: ProjectServer;
  let runId: string;
  let emptyRunId: string;

  beforeAll(async () => {
    s = await startProjectServer();
    const now = '2026-12-07T00:00:00.000Z';
    const run = await insertRunRows(s.t.db, s.organizationId, s.projectId);
    const versionId = run.versionId;
    runId = run.runId;
    emptyRunId = (await insertRunRows(s.t.db, s.organizationId, s.projectId)).runId;
    const base = { projectId: s.projectId, level: 'TASK' as const, type: 'CATEGORY' as const, sourceType: 'category' };
    for (const [predicted, truth] of PAIRS) {
      const taskId = await insertLabelingTask(s.t.db, s.projectId, now);
      if (truth !== null) {
        // An older, superseded ground truth first: only the newest counts.
        for (const [value, at] of [
          [truth === 'pos' ? 'neg' : 'pos', '2026-12-01T00:00:00.000Z'],
          [truth, now],
        ])
          await s.t.db
            .insertInto('annotation')
            .values({
              ...base,
              id: newId('annotation'),
              taskId,
              source: 'LABEL_STUDIO',
              ...contributorAuthor('LABEL_STUDIO', null),
              key: 'sentiment',
              valueJson: JSON.stringify(value),
              groundTruth: 1,
              createdAt: at,
              updatedAt: at,
            })
            .execute();
      }
      if (predicted !== null)
        await s.t.db
          .insertInto('annotation')
          .values({
            ...base,
            id: newId('annotation'),
            taskId,
            source: 'ANNOGRAPH',
            ...runAuthor(runId),
            inferenceRunId: runId,
            promptVersionId: versionId,
            key: 'prediction',
            valueJson: JSON.stringify(predicted),
            createdAt: now,
            updatedAt: now,
          })
          .execute();
    }
  });
  afterAll(() => stopProjectServer(s));

  it("is Cohen's kappa of the predictions and the newest ground truth over tasks with both (1/3 by hand)", async () => {
    const r = await s.server.execute(QUERY, { r: runId });
    expect(r.errors).toBeUndefined();
    const a = r.data!.node.groundTruthAgreement;
    expect(a).toMatchObject({ metric: 'COHEN_KAPPA', items: 6, authors: 2, undefinedReason: null });
    expect(a.value).toBeCloseTo(1 / 3, 9);
    expect(a.perAuthor.map((p: { authorKey: string }) => p.authorKey).sort()).toEqual(['groundTruth', 'prediction']);
  });

  it('answers null with NO_PAIRABLE_VALUES for a run with no task to compare', async () => {
    const r = await s.server.execute(QUERY, { r: emptyRunId });
    expect(r.errors).toBeUndefined();
    expect(r.data!.node.groundTruthAgreement).toEqual({
      metric: 'COHEN_KAPPA',
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
      items: 0,
      authors: 2,
      perAuthor: [],
    });
  });
});
