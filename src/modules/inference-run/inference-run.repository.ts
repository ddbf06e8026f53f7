import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import { isOneOf } from '../../db/one-of';
import type { DB } from '../../db/types.generated';
import type { TaskFilter } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { distinct } from '../distinct';
import { applyTaskFilter } from '../task/task.lists';

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
  if (choice.filter) query = applyTaskFilter(query, choice.filter);
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

/** Deletes a run (its task rows and predictions go with it, by foreign key). */
export async function deleteInferenceRunById(db: Database, id: string): Promise<void> {
  await db.deleteFrom('inferenceRun').where('id', '=', id).execute();
}
