import { newId } from '../../src/ids';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';
import { selectPairTally } from '../../src/modules/agreement/agreement.repository';
import { agreement, type Ratings } from '../../src/modules/agreement/agreement-metrics';
import { type PairCount, tallyOf } from '../../src/modules/agreement/pair-tally';
import { createTestDb, type TestDb } from '../support/db';
import { insertLabelingTask, insertProject } from '../support/factories';

describe('selectPairTally', () => {
  let t: TestDb;
  let projectId: string;
  const tasks: string[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    ({ projectId } = await insertProject(t.db));
    const now = '2026-12-07T00:00:00.000Z';
    for (let i = 0; i < 2; i++) tasks.push(await insertLabelingTask(t.db, projectId, now));
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

  const A = 'contributor:SCALE:a';
  const B = 'contributor:SCALE:b';
  const GT = 'contributor:SCALE:gt';
  const sorted = (pairs: readonly PairCount[]) =>
    [...pairs].sort((x, y) => `${x.a}${x.b}${x.va}${x.vb}`.localeCompare(`${y.a}${y.b}${y.va}${y.vb}`));

  it('tallies the latest value per item and author in two statements, without ground truth', async () => {
    t.statements.length = 0;
    const tally = await selectPairTally(t.db, { projectId, key: 'sentiment', includeGroundTruth: false }, 'NOMINAL');
    expect(t.statements).toHaveLength(2);
    // By hand: task 0 is (a pos, b pos) (a's older neg is replaced), task 1 is (a pos, b neg); m = 2 on both.
    expect(sorted(tally.pairs)).toEqual([
      { a: A, b: B, va: 'pos', vb: 'neg', m: 2, count: 1 },
      { a: A, b: B, va: 'pos', vb: 'pos', m: 2, count: 1 },
      { a: B, b: A, va: 'neg', vb: 'pos', m: 2, count: 1 },
      { a: B, b: A, va: 'pos', vb: 'pos', m: 2, count: 1 },
    ]);
    expect(tally.authors).toEqual([A, B]);
    // Cohen by hand: p_o = 1/2; a: pos 2/2, b: pos 1/2 -> p_e = 1*1/2 + 0*1/2 = 1/2 -> kappa = 0.
    expect(agreement(tally, 'COHEN_KAPPA').value).toBeCloseTo(0, 3);
  });

  it('takes ground truth in when asked: task 1 then carries three values', async () => {
    const tally = await selectPairTally(t.db, { projectId, key: 'sentiment', includeGroundTruth: true }, 'NOMINAL');
    expect(tally.authors).toEqual([A, B, GT]);
    expect(sorted(tally.pairs.filter((p) => p.a === GT))).toEqual([
      { a: GT, b: A, va: 'neg', vb: 'pos', m: 3, count: 1 },
      { a: GT, b: B, va: 'neg', vb: 'neg', m: 3, count: 1 },
    ]);
  });

  it('answers the same tally as the same ratings held in memory', async () => {
    {
      const fromSql = await selectPairTally(t.db, { projectId, key: 'sentiment', includeGroundTruth: true }, 'NOMINAL');
      const inMemory = tallyOf(
        matrixOf({
          [`TASK:${tasks[0]}`]: { [A]: 'pos', [B]: 'pos' },
          [`TASK:${tasks[1]}`]: { [A]: 'pos', [B]: 'neg', [GT]: 'neg' },
        }),
      );
      expect(sorted(fromSql.pairs)).toEqual(sorted(inMemory.pairs));
      expect(fromSql.authors).toEqual(inMemory.authors);
    }
  });

  it('refuses a non-numeric value at INTERVAL with NON_NUMERIC_VALUE', async () => {
    await expect(
      selectPairTally(t.db, { projectId, key: 'sentiment', includeGroundTruth: false }, 'INTERVAL'),
    ).rejects.toMatchObject({ code: 'NON_NUMERIC_VALUE' });
  });
});

const matrixOf = (items: Record<string, Record<string, string>>): Ratings => ({
  items: Object.entries(items).map(([id, values]) => ({ id, values: new Map(Object.entries(values)) })),
});
