import type { TaskRow } from '../../src/db/rows';
import { newId } from '../../src/ids';
import { contributorAuthor, runAuthor, userAuthor } from '../../src/modules/annotation/annotation-author';
import { EXPORT_FORMATS } from '../../src/modules/export/formats';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { insertRunRows } from '../support/inference-run-rows';

// LABEL_STUDIO_JSON against a record written by hand from the rules in docs/data-out-formats.md: a labeling task
// {"text": "Great"} annotated by a user (sentiment pos, stars 4, ground truth), a Scale contributor (sentiment neg)
// and predicted by a run (sentiment pos); a second contributor ranks choices and groups.
const AT = '2026-12-07T00:00:00.000Z';

describe(`${DIALECT}: LABEL_STUDIO_JSON export format`, () => {
  let t: TestDb;
  let task: TaskRow;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDb();
    const { organizationId, projectId, owner } = await insertProject(t.db);
    const { versionId, runId } = await insertRunRows(t.db, organizationId, projectId);
    Object.assign(ids, { user: owner.userId, versionId, task: newId('task') });
    await t.db
      .insertInto('task')
      .values({
        id: ids.task,
        projectId,
        kind: 'LABELING',
        status: 'COMPLETED',
        source: 'ANNOGRAPH',
        dataJson: '{"text":"Great"}',
        metadataJson: '{"lang":"en"}',
        createdAt: AT,
        updatedAt: AT,
      })
      .execute();
    const add = async (
      name: string,
      author: ReturnType<typeof userAuthor>,
      key: string,
      type: 'CATEGORY' | 'INTEGER' | 'RANKED_CHOICES' | 'RANKED_GROUPS',
      value: unknown,
      extra = {},
    ) => {
      ids[name] = newId('annotation');
      await t.db
        .insertInto('annotation')
        .values({
          id: ids[name],
          projectId,
          taskId: ids.task,
          level: 'TASK',
          source: 'ANNOGRAPH',
          ...author,
          key,
          type,
          sourceType: type.toLowerCase(),
          valueJson: JSON.stringify(value),
          createdAt: AT,
          updatedAt: AT,
          ...extra,
        })
        .execute();
    };
    await add('userSentiment', userAuthor(owner.userId), 'sentiment', 'CATEGORY', 'pos', { groundTruth: 1 });
    await add('userStars', userAuthor(owner.userId), 'stars', 'INTEGER', 4);
    await add('scale', contributorAuthor('SCALE', 'ann_7'), 'sentiment', 'CATEGORY', 'neg');
    await add('ranking', contributorAuthor('SCALE', 'ann_8'), 'preference', 'RANKED_CHOICES', ['b', 'a']);
    await add('tiers', contributorAuthor('SCALE', 'ann_8'), 'tiers', 'RANKED_GROUPS', [['a', 'b'], ['c']]);
    await add('prediction', runAuthor(runId), 'sentiment', 'CATEGORY', 'pos', {
      inferenceRunId: runId,
      promptVersionId: versionId,
    });
    task = await t.db.selectFrom('task').selectAll().where('id', '=', ids.task).executeTakeFirstOrThrow();
  });
  afterAll(() => t.destroy());

  it('writes the task with one annotation per author and one prediction per run', async () => {
    const writer = EXPORT_FORMATS.LABEL_STUDIO_JSON!;
    expect(writer.framing).toBe('JSON_ARRAY');
    expect(await writer.recordsOf(t.db, [task], {})).toEqual([
      {
        id: ids.task,
        data: { text: 'Great' },
        annotations: [
          {
            id: ids.userSentiment,
            completed_by: ids.user,
            result: [
              {
                id: ids.userSentiment,
                from_name: 'sentiment',
                to_name: 'task',
                type: 'choices',
                value: { choices: ['pos'] },
              },
              { id: ids.userStars, from_name: 'stars', to_name: 'task', type: 'rating', value: { rating: 4 } },
            ],
            was_cancelled: false,
            ground_truth: true,
            created_at: AT,
            updated_at: AT,
          },
          {
            id: ids.scale,
            completed_by: 'SCALE:ann_7',
            result: [
              { id: ids.scale, from_name: 'sentiment', to_name: 'task', type: 'choices', value: { choices: ['neg'] } },
            ],
            was_cancelled: false,
            ground_truth: false,
            created_at: AT,
            updated_at: AT,
          },
          {
            // Label Studio's Ranker: the ids in order under the List's name (here the target); buckets by rank.
            id: ids.ranking,
            completed_by: 'SCALE:ann_8',
            result: [
              {
                id: ids.ranking,
                from_name: 'preference',
                to_name: 'task',
                type: 'ranker',
                value: { ranker: { task: ['b', 'a'] } },
              },
              {
                id: ids.tiers,
                from_name: 'tiers',
                to_name: 'task',
                type: 'ranker',
                value: { ranker: { '1': ['a', 'b'], '2': ['c'] } },
              },
            ],
            was_cancelled: false,
            ground_truth: false,
            created_at: AT,
            updated_at: AT,
          },
        ],
        predictions: [
          {
            id: ids.prediction,
            model_version: ids.versionId,
            score: null,
            result: [
              {
                id: ids.prediction,
                from_name: 'sentiment',
                to_name: 'task',
                type: 'choices',
                value: { choices: ['pos'] },
              },
            ],
            created_at: AT,
          },
        ],
        meta: { lang: 'en' },
        created_at: AT,
        updated_at: AT,
      },
    ]);
  });
});
