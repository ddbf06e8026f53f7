import { visibleProjects, viewerKey } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import type { ListOrder, ListQuery } from '../../db/list.repository';
import type { TaskFilter, TaskOrder } from '../../graphql/types.generated';
import { distinct } from '../distinct';

const ORDER_COLUMNS = { CREATED_AT: 'createdAt', COMPLETED_AT: 'completedAt', UPDATED_AT: 'updatedAt' } as const;

function listOrder(orderBy: TaskOrder | null | undefined): ListOrder | undefined {
  return orderBy
    ? { column: ORDER_COLUMNS[orderBy.field], descending: orderBy.direction === 'DESC', nullable: true }
    : undefined;
}

type AnySelect = Parameters<NonNullable<ListQuery['filter']>>[0];

function applyTaskFilter(qb: AnySelect, f: TaskFilter): AnySelect {
  return qb
    .$if(!!f.status?.length, (q) => q.where('task.status', 'in', distinct(f.status!)))
    .$if(f.kind != null, (q) => q.where('task.kind', '=', f.kind))
    .$if(f.externalId != null, (q) => q.where('task.externalId', '=', f.externalId))
    .$if(f.batchId != null, (q) => q.where('task.batchId', '=', f.batchId))
    .$if(f.batchName != null, (q) =>
      q.where('task.batchId', 'in', (eb: any) =>
        eb.selectFrom('batch').select('batch.id').where('batch.name', '=', f.batchName),
      ),
    )
    .$if(f.createdAfter != null, (q) => q.where('task.createdAt', '>=', f.createdAfter))
    .$if(f.createdBefore != null, (q) => q.where('task.createdAt', '<=', f.createdBefore))
    .$if(f.completedAfter != null, (q) => q.where('task.completedAt', '>=', f.completedAfter))
    .$if(f.completedBefore != null, (q) => q.where('task.completedAt', '<=', f.completedBefore));
}

/** Tasks under a project or a batch, narrowed by a TaskFilter and ordered by a TaskOrder. */
export function tasksOf(
  parentColumn: 'projectId' | 'batchId' | 'deliveryId',
  filter: TaskFilter | null | undefined,
  orderBy?: TaskOrder | null,
): ListQuery<'task'> {
  const f: TaskFilter = { ...filter, projectId: undefined };
  return {
    table: 'task',
    parentColumn,
    key: `task.${parentColumn}|${JSON.stringify(f)}|${JSON.stringify(orderBy ?? null)}`,
    filter: (qb) => applyTaskFilter(qb, f),
    order: listOrder(orderBy),
  };
}

/** Tasks of every project the caller may see (optionally one project). */
export function visibleTasks(
  viewer: Viewer,
  filter: TaskFilter | null | undefined,
  orderBy?: TaskOrder | null,
): ListQuery<'task'> {
  const f: TaskFilter = filter ?? {};
  return {
    table: 'task',
    parentColumn: null,
    key: `task|${viewerKey(viewer)}|${JSON.stringify(f)}|${JSON.stringify(orderBy ?? null)}`,
    filter: (qb) =>
      applyTaskFilter(qb, f)
        .$if(f.projectId != null, (q) => q.where('task.projectId', '=', f.projectId))
        .where('task.projectId', 'in', (eb: any) =>
          eb.selectFrom('project').select('project.id').where(visibleProjects(viewer)),
        ),
    order: listOrder(orderBy),
  };
}
