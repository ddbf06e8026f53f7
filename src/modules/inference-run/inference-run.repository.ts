import { sql, type Insertable, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';
import type { ListOrder, ListQuery } from '../../db/list.repository';
import { isOneOf } from '../../db/one-of';
import type { DB } from '../../db/types.generated';
import type { InferenceRunResultFilter, TaskFilter } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { distinct } from '../distinct';
import { tasksOf } from '../task/task.lists';

// Inference runs: their creation (the tasks fixed at creation), and the list of their results. What the worker
// reads and writes while it runs them is in inference-worker.repository.ts.

/** Run tasks per INSERT: far below the bind-parameter limits of both stores. */
const RUN_TASKS_PER_STATEMENT = 500;

/** Tasks with a ground-truth annotation (on the task as a whole). */
export function groundTruthTasks(db: Database, projectId: string) {
  return db
    .selectFrom('annotation')
    .select('taskId')
    .distinct()
    .where('projectId', '=', projectId)
    .where('groundTruth', '=', 1)
    .where('level', '=', 'TASK');
}

/** Which tasks of a project a run may take: those with ground truth, the ids given, or a task filter's. */
export type RunTaskChoice = { groundTruthOnly?: boolean; taskIds?: readonly string[]; filter?: TaskFilter };

/** The ids of a project's tasks that are not DELETED and match the choice, in id order. */
export async function findRunTaskIds(db: Database, projectId: string, choice: RunTaskChoice): Promise<string[]> {
  let query = db
    .selectFrom('task')
    .select('task.id')
    .where('task.projectId', '=', projectId)
    .where('task.status', '!=', 'DELETED');
  if (choice.groundTruthOnly) query = query.where('task.id', 'in', groundTruthTasks(db, projectId));
  // Ids of another shape name no task: never sent to SQL (PostgreSQL refuses some, e.g. with NUL bytes).
  if (choice.taskIds)
    query = query.where(
      isOneOf(
        db,
        'task.id',
        distinct(choice.taskIds).filter((id) => tableOfId(id) === 'task'),
      ),
    );
  if (choice.filter) query = tasksOf('projectId', choice.filter).filter!(query as never) as typeof query;
  return (await query.orderBy('task.id').execute()).map((r) => r.id);
}

export function insertInferenceRun(db: Database, run: Insertable<DB['inferenceRun']>) {
  return db.insertInto('inferenceRun').values(run).returningAll().executeTakeFirstOrThrow();
}

/** The tasks a run works on, RUN_TASKS_PER_STATEMENT per statement. */
export async function insertRunTasks(db: Database, runId: string, taskIds: readonly string[]) {
  for (let i = 0; i < taskIds.length; i += RUN_TASKS_PER_STATEMENT) {
    await db
      .insertInto('inferenceRunTask')
      .values(taskIds.slice(i, i + RUN_TASKS_PER_STATEMENT).map((taskId) => ({ runId, taskId })))
      .execute();
  }
}

/** Results come in task order. */
export const RESULT_ORDER: ListOrder = { column: 'taskId', descending: false };

/** The predicted tasks of runs (inference_run_task rows with a prediction's id), narrowed by a filter. */
export function resultsOfRuns(
  db: Database,
  filter: InferenceRunResultFilter | null | undefined,
): ListQuery<'inferenceRunTask'> {
  const f = filter ?? {};
  // Ids of another shape name no task: left out before SQL (PostgreSQL refuses some, e.g. with NUL bytes).
  const taskIds = f.taskIds ? distinct(f.taskIds.filter((id) => tableOfId(id) === 'task')).sort() : null;
  return {
    table: 'inferenceRunTask',
    parentColumn: 'runId',
    key: `inferenceRunTask.runId|${f.correct ?? ''}|${f.failed ?? ''}|${taskIds ? taskIds.join(',') : '*'}`,
    order: RESULT_ORDER,
    filter: (qb) =>
      qb
        .where('inferenceRunTask.id', 'is not', null)
        .$if(f.correct != null, (q) => q.where('inferenceRunTask.correct', '=', f.correct ? 1 : 0))
        .$if(f.failed != null, (q) => q.where('inferenceRunTask.error', f.failed ? 'is not' : 'is', null))
        .$if(taskIds !== null, (q) =>
          taskIds!.length ? q.where(isOneOf(db, 'inferenceRunTask.taskId', taskIds!)) : q.where(sql<SqlBool>`1 = 0`),
        ),
  };
}
