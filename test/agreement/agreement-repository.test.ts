import { newId } from '../../src/ids';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';
import { selectRatingRows } from '../../src/modules/agreement/agreement.repository';
import { ratingsFromRows } from '../../src/modules/agreement/ratings-from-rows';
import { agreement } from '../../src/modules/agreement/agreement-metrics';
import { createTestDb, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

describe('selectRatingRows', () => {
  let t: TestDb;
  let projectId: string;
  const tasks = [newId('task'), newId('task')];

  beforeAll(async () => {
    t = await createTestDb();
    ({ projectId } = await insertProject(t.db));
    const now = '2026-12-07T00:00:00.000Z';
    for (const id of tasks)
      await t.db
        .insertInto('task')
        .values({
          id,
          projectId,
          kind: 'LABELING',
          status: 'PENDING',
          source: 'ANNOGRAPH',
          dataJson: '{}',
          createdAt: now,
          updatedAt: now,
        })
        .execute();
    // task 0: a says pos (older neg), b says pos; task 1: a pos, b neg; ground truth on task 1 is not a rater.
    const rows: [number, string, string, string, number][] = [
      [0, 'a', 'neg', '2026-12-07T00:00:01.000Z', 0],
      [0, 'a', 'pos', '2026-12-07T00:00:02.000Z', 0],
      [0, 'b', 'pos', now, 0],
      [1, 'a', 'pos', now, 0],
      [1, 'b', 'neg', now, 0],
      [1, 'gt', 'neg', now, 1],
    ];
    for (const [task, author, value, updatedAt, groundTruth] of rows)
      await t.db
        .insertInto('annotation')
        .values({
          id: newId('annotation'),
          projectId,
          taskId: tasks[task],
          level: 'TASK',
          source: 'ANNOGRAPH',
          ...contributorAuthor('SCALE', author),
          key: 'sentiment',
          type: 'CATEGORY',
          sourceType: 'category',
          valueJson: JSON.stringify(value),
          groundTruth,
          createdAt: now,
          updatedAt,
        })
        .execute();
  });
  afterAll(() => t.destroy());

  it('reads the latest value per item and author in one statement, without ground truth', async () => {
    t.statements.length = 0;
    const rows = await selectRatingRows(t.db, { projectId, key: 'sentiment', includeGroundTruth: false });
    expect(t.statements).toHaveLength(1);
    const ratings = ratingsFromRows(rows, 'NOMINAL');
    expect(ratings.items).toHaveLength(2);
    const byTask = new Map(ratings.items.map((i) => [i.id, Object.fromEntries(i.values)]));
    expect(byTask.get(`TASK:${tasks[0]}`)).toEqual({ 'contributor:SCALE:a': 'pos', 'contributor:SCALE:b': 'pos' });
    expect(byTask.get(`TASK:${tasks[1]}`)).toEqual({ 'contributor:SCALE:a': 'pos', 'contributor:SCALE:b': 'neg' });
    // Cohen by hand: p_o = 1/2; a: pos 2/2, b: pos 1/2 -> p_e = 1*1/2 + 0*1/2 = 1/2 -> kappa = 0.
    expect(agreement(ratings, 'COHEN_KAPPA').value).toBeCloseTo(0, 3);
  });

  it('takes ground truth in when asked', async () => {
    const rows = await selectRatingRows(t.db, { projectId, key: 'sentiment', includeGroundTruth: true });
    expect(rows.filter((r) => r.authorKey === 'contributor:SCALE:gt')).toHaveLength(1);
  });
});
