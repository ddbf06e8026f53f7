import type { Database } from '../../db/database';
import type { TaskFilter } from '../../graphql/types.generated';
import { applyTaskFilter } from '../task/task.lists';

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
 * Every (item, author, value) of one key in one statement, newest first within each (item, author), so the caller
 * keeps the first row of each pair ("the latest value counts"). The item is the annotation's level plus its most
 * specific target column (a chunk's annotation also names its message, so the chunk comes first). Walks
 * annotation_author_idx (project_id, key, author_key).
 */
export function selectRatingRows(db: Database, q: RatingQuery): Promise<RatingRow[]> {
  let query = db
    .selectFrom('annotation')
    .select((eb) => [
      'level',
      eb.fn.coalesce('chunkId', 'messageId', 'turnId', 'threadId', 'taskId').$castTo<string>().as('targetId'),
      'authorKey',
      'valueJson',
    ])
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
  return query
    .orderBy('level')
    .orderBy('targetId')
    .orderBy('authorKey')
    .orderBy('updatedAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
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
