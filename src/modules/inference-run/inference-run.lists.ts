import { sql, type SqlBool } from 'kysely';
import { visibleProjects, viewerScope, type ViewerScope } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import type { Database } from '../../db/database';
import { defineList, type ListOrder, type ListQuery } from '../../db/list.repository';
import { isOneOf } from '../../db/one-of';
import type { InferenceRunFilter, InferenceRunOrder, InferenceRunResultFilter } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { distinct } from '../distinct';

type RunListParams = {
  filter: InferenceRunFilter;
  orderBy: InferenceRunOrder | null;
  /** Runs of projects this caller sees only (null: every run of the parent). */
  viewer: ViewerScope | null;
};

const runsUnder = (parentColumn: 'versionId' | 'projectId') =>
  defineList({
    table: 'inferenceRun',
    parentColumn,
    filter: (qb, { filter: f, viewer }: RunListParams) =>
      qb
        .$if(f.parentModelId != null, (q) => q.where('inferenceRun.promptId', '=', f.parentModelId!))
        .$if(f.projectId != null, (q) => q.where('inferenceRun.projectId', '=', f.projectId!))
        .$if(f.projectSubset != null, (q) => q.where('inferenceRun.projectSubset', '=', f.projectSubset!))
        .$if(!!f.status?.length, (q) => q.where('inferenceRun.status', 'in', distinct(f.status!)))
        .$if(!!viewer, (q) =>
          q.where('inferenceRun.projectId', 'in', (eb) =>
            eb.selectFrom('project').select('project.id').where(visibleProjects(viewer!)),
          ),
        ),
    order: ({ orderBy }): ListOrder | undefined =>
      orderBy
        ? {
            column: orderBy.field === 'COMPLETED_AT' ? 'completedAt' : 'createdAt',
            descending: orderBy.direction === 'DESC',
            // completedAt only: createdAt is NOT NULL, and an order that says so is served by its index as it is.
            nullable: orderBy.field === 'COMPLETED_AT',
          }
        : undefined,
  });
const RUN_LISTS = { versionId: runsUnder('versionId'), projectId: runsUnder('projectId') };

/** Runs under a version or a project, by Label Studio's filters (parent model, project, subset) and status. */
export function runsOf(
  parentColumn: 'versionId' | 'projectId',
  filter: InferenceRunFilter | null | undefined,
  orderBy: InferenceRunOrder | null | undefined,
  viewer?: Viewer,
): ListQuery<'inferenceRun'> {
  return RUN_LISTS[parentColumn]({
    filter: filter ?? {},
    orderBy: orderBy ?? null,
    viewer: viewer ? viewerScope(viewer) : null,
  });
}

/** Results come in task order. */
export const RESULT_ORDER: ListOrder = { column: 'taskId', descending: false };

type ResultListParams = { correct: boolean | null; failed: boolean | null; taskIds: string[] | null };

const resultsOfRunsList = defineList({
  table: 'inferenceRunTask',
  parentColumn: 'runId',
  order: () => RESULT_ORDER,
  filter: (qb, { correct, failed, taskIds }: ResultListParams, db) =>
    qb
      .where('inferenceRunTask.id', 'is not', null)
      .$if(correct != null, (q) => q.where('inferenceRunTask.correct', '=', correct ? 1 : 0))
      .$if(failed != null, (q) => q.where('inferenceRunTask.error', failed ? 'is not' : 'is', null))
      .$if(taskIds !== null, (q) =>
        taskIds!.length ? q.where(isOneOf(db, 'inferenceRunTask.taskId', taskIds!)) : q.where(sql<SqlBool>`1 = 0`),
      ),
});

/** The predicted tasks of runs, narrowed by a filter. */
export function resultsOfRuns(
  _db: Database,
  filter: InferenceRunResultFilter | null | undefined,
): ListQuery<'inferenceRunTask'> {
  const f = filter ?? {};
  // Ids of another shape name no task: left out before SQL (PostgreSQL refuses some, e.g. with NUL bytes).
  const taskIds = f.taskIds ? distinct(f.taskIds.filter((id) => tableOfId(id) === 'task')).sort() : null;
  return resultsOfRunsList({ correct: f.correct ?? null, failed: f.failed ?? null, taskIds });
}
