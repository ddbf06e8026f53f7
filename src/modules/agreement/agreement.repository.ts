import type { Database } from '../../db/database';
import type { TaskFilter } from '../../graphql/types.generated';
import { applyTaskFilter } from '../task/task.lists';
import type { PairTally } from './pair-tally';
import { valueOf } from './ratings-from-rows';
import type { Level, Value } from './reliability-data';

export type RatingRow = {
  level: string;
  targetId: string;
  authorKey: string;
  valueJson: string | null;
};

export type RatingQuery = {
  projectId: string;
  key: string;
  /** Restrict to these author kinds (USER, CONTRIBUTOR, RUN); all when absent. */
  authorKinds?: readonly ('USER' | 'CONTRIBUTOR' | 'RUN')[];
  /** Ground truth is not a rater unless asked. */
  includeGroundTruth: boolean;
  /** Only annotations of the project's tasks this filter matches; all when absent. */
  filter?: TaskFilter | null;
};

/**
 * The pair tally of one key (pair-tally.ts) in two statements whatever the project's size: the annotations of the
 * key (walking annotation_author_idx (project_id, key, author_key)); each (item, author)'s latest value
 * (ROW_NUMBER, newest updatedAt then id); each item's count of values m; then every ordered pair of two authors'
 * values on one item, grouped, so only authors^2 x values^2 rows leave the database. The item is the
 * annotation's level plus its most specific target column (a chunk's annotation also names its message, so the
 * chunk comes first). The second statement lists the authors, paired or not.
 */
export async function selectPairTally(db: Database, q: RatingQuery, level: Level): Promise<PairTally> {
  const pairs = await db
    .with('rating', () =>
      ratingsOf(db, q).select((eb) => [
        'level',
        eb.fn.coalesce('chunkId', 'messageId', 'turnId', 'threadId', 'taskId').$castTo<string>().as('targetId'),
        'authorKey',
        'valueJson',
        'updatedAt',
        'id',
      ]),
    )
    .with('latest', (w) =>
      w.selectFrom('rating').select((eb) => [
        'level',
        'targetId',
        'authorKey',
        'valueJson',
        eb.fn
          .agg<number>('row_number')
          .over((ob) =>
            ob.partitionBy(['level', 'targetId', 'authorKey']).orderBy('updatedAt', 'desc').orderBy('id', 'desc'),
          )
          .as('rank'),
      ]),
    )
    .with('rated', (w) =>
      w
        .selectFrom('latest')
        .where('rank', '=', 1)
        .select((eb) => [
          'level',
          'targetId',
          'authorKey',
          'valueJson',
          eb.fn
            .countAll<number>()
            .over((ob) => ob.partitionBy(['level', 'targetId']))
            .as('m'),
        ]),
    )
    .selectFrom('rated as x')
    .innerJoin('rated as y', (join) =>
      join
        .onRef('y.level', '=', 'x.level')
        .onRef('y.targetId', '=', 'x.targetId')
        .onRef('y.authorKey', '<>', 'x.authorKey'),
    )
    .select((eb) => [
      'x.authorKey as a',
      'y.authorKey as b',
      'x.valueJson as va',
      'y.valueJson as vb',
      'x.m',
      eb.fn.countAll<number>().as('count'),
    ])
    .groupBy(['x.authorKey', 'y.authorKey', 'x.valueJson', 'y.valueJson', 'x.m'])
    .execute();
  const authors = await ratingsOf(db, q).select('authorKey').distinct().orderBy('authorKey').execute();
  const value = valueReader(level);
  return {
    pairs: pairs.map((p) => ({
      a: p.a,
      b: p.b,
      va: value(p.va!),
      vb: value(p.vb!),
      m: Number(p.m),
      count: Number(p.count),
    })),
    authors: authors.map((r) => r.authorKey),
  };
}

/** The annotations of one key that rate something, narrowed as the query asks. */
function ratingsOf(db: Database, q: RatingQuery) {
  let query = db
    .selectFrom('annotation')
    .where('projectId', '=', q.projectId)
    .where('key', '=', q.key)
    .where('valueJson', 'is not', null);
  if (q.authorKinds && q.authorKinds.length > 0) query = query.where('authorKind', 'in', [...q.authorKinds]);
  if (!q.includeGroundTruth) query = query.where('groundTruth', '=', 0);
  const filter = q.filter;
  if (filter && Object.values(filter).some((v) => v != null))
    query = query.where('taskId', 'in', () =>
      applyTaskFilter(db.selectFrom('task').select('task.id').where('task.projectId', '=', q.projectId), filter),
    );
  return query;
}

/** Each distinct value text parsed once (there are few). */
function valueReader(level: Level) {
  const seen = new Map<string, Value>();
  return (json: string): Value => {
    let v = seen.get(json);
    if (v === undefined) seen.set(json, (v = valueOf(JSON.parse(json) as unknown, level)));
    return v;
  };
}

/**
 * A run's predictions beside the ground truth of the same task (its newest ground truth on the task as a whole,
 * which is what the run's accuracy scores against), for tasks that have both, in one statement.
 */
export async function selectRunVersusTruthRows(db: Database, runId: string): Promise<RatingRow[]> {
  const rows = await db
    .selectFrom('annotation as p')
    .select((eb) => [
      'p.taskId',
      'p.valueJson as predicted',
      eb
        .selectFrom('annotation as g')
        .select('g.valueJson')
        .whereRef('g.taskId', '=', 'p.taskId')
        .where('g.level', '=', 'TASK')
        .where('g.groundTruth', '=', 1)
        .where('g.inferenceRunId', 'is', null)
        .orderBy('g.updatedAt', 'desc')
        .orderBy('g.id', 'desc')
        .limit(1)
        .as('truth'),
    ])
    .where('p.inferenceRunId', '=', runId)
    .where('p.level', '=', 'TASK')
    .where('p.valueJson', 'is not', null)
    .orderBy('p.taskId')
    .orderBy('p.updatedAt', 'desc')
    .execute();
  return rows
    .filter((r) => r.truth !== null)
    .flatMap((r) => [
      { level: 'TASK', targetId: r.taskId, authorKey: RUN_AUTHOR, valueJson: r.predicted },
      { level: 'TASK', targetId: r.taskId, authorKey: TRUTH_AUTHOR, valueJson: r.truth },
    ]);
}

/** The two raters of a run's agreement with the ground truth. */
export const RUN_AUTHOR = 'prediction';
export const TRUTH_AUTHOR = 'groundTruth';
