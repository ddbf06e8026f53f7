import type { SelectQueryBuilder } from 'kysely';
import { visibleProjects, viewerScope, type ViewerScope } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import { defineList, type ListOrder, type ListQuery } from '../../db/list.repository';
import type { DB } from '../../db/types.generated';
import type { TaskFilter, TaskOrder } from '../../graphql/types.generated';
import { distinct } from '../distinct';

const ORDER_COLUMNS = { CREATED_AT: 'createdAt', COMPLETED_AT: 'completedAt', UPDATED_AT: 'updatedAt' } as const;

function listOrder(orderBy: TaskOrder | null | undefined): ListOrder | undefined {
  return orderBy
    ? {
        column: ORDER_COLUMNS[orderBy.field],
        descending: orderBy.direction === 'DESC',
        // Only completedAt may be null: an order on a NOT NULL column says so, so that its index serves it as it is.
        nullable: orderBy.field === 'COMPLETED_AT',
      }
    : undefined;
}

/** A TaskFilter's conditions (but projectId: see the lists below) on any query of tasks. */
export function applyTaskFilter<O>(
  qb: SelectQueryBuilder<DB, 'task', O>,
  f: TaskFilter,
): SelectQueryBuilder<DB, 'task', O> {
  return qb
    .$if(!!f.status?.length, (q) => q.where('task.status', 'in', distinct(f.status!)))
    .$if(f.kind != null, (q) => q.where('task.kind', '=', f.kind!))
    .$if(f.externalId != null, (q) => q.where('task.externalId', '=', f.externalId!))
    .$if(f.batchId != null, (q) => q.where('task.batchId', '=', f.batchId!))
    .$if(f.batchName != null, (q) =>
      q.where('task.batchId', 'in', (eb) =>
        eb.selectFrom('batch').select('batch.id').where('batch.name', '=', f.batchName!),
      ),
    )
    .$if(f.createdAfter != null, (q) => q.where('task.createdAt', '>=', f.createdAfter!))
    .$if(f.createdBefore != null, (q) => q.where('task.createdAt', '<=', f.createdBefore!))
    .$if(f.completedAfter != null, (q) => q.where('task.completedAt', '>=', f.completedAfter!))
    .$if(f.completedBefore != null, (q) => q.where('task.completedAt', '<=', f.completedBefore!));
}

type TaskListParams = { filter: TaskFilter; orderBy: TaskOrder | null };

const tasksUnder = (parentColumn: 'projectId' | 'batchId' | 'deliveryId') =>
  defineList({
    table: 'task',
    parentColumn,
    filter: (qb, { filter }: TaskListParams) => applyTaskFilter(qb, filter),
    order: ({ orderBy }) => listOrder(orderBy),
  });
const TASK_LISTS = {
  projectId: tasksUnder('projectId'),
  batchId: tasksUnder('batchId'),
  deliveryId: tasksUnder('deliveryId'),
};

const visibleTasksList = defineList({
  table: 'task',
  parentColumn: null,
  filter: (qb, { filter: f, viewer }: TaskListParams & { viewer: ViewerScope }) =>
    applyTaskFilter(qb, f)
      .$if(f.projectId != null, (q) => q.where('task.projectId', '=', f.projectId!))
      .where('task.projectId', 'in', (eb) =>
        eb.selectFrom('project').select('project.id').where(visibleProjects(viewer)),
      ),
  order: ({ orderBy }) => listOrder(orderBy),
});

/** Tasks under a project or a batch, narrowed by a TaskFilter and ordered by a TaskOrder. */
export function tasksOf(
  parentColumn: 'projectId' | 'batchId' | 'deliveryId',
  filter: TaskFilter | null | undefined,
  orderBy?: TaskOrder | null,
): ListQuery<'task'> {
  // Under a parent, the filter's projectId is not a condition: left out, so that it does not tell lists apart.
  return TASK_LISTS[parentColumn]({ filter: { ...filter, projectId: undefined }, orderBy: orderBy ?? null });
}

/** Tasks of every project the caller may see (optionally one project). */
export function visibleTasks(
  viewer: Viewer,
  filter: TaskFilter | null | undefined,
  orderBy?: TaskOrder | null,
): ListQuery<'task'> {
  return visibleTasksList({ filter: filter ?? {}, orderBy: orderBy ?? null, viewer: viewerScope(viewer) });
}

export const eventsOfTask = defineList({ table: 'taskEvent', parentColumn: 'taskId' })();
