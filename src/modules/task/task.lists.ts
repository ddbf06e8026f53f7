import type { ListQuery } from '../../db/list.repository';
import type { TaskFilter } from '../../graphql/types.generated';

/** Tasks under a project or a batch, narrowed by a TaskFilter (an empty status list means any status). */
export function tasksOf(parentColumn: 'projectId' | 'batchId', filter: TaskFilter | null | undefined): ListQuery<'task'> {
  const f = filter ?? {};
  return {
    table: 'task',
    parentColumn,
    key: `task.${parentColumn}|${JSON.stringify(f)}`,
    filter: (qb) =>
      qb
        .$if(!!f.status?.length, (q) => q.where('task.status', 'in', f.status!))
        .$if(f.kind != null, (q) => q.where('task.kind', '=', f.kind))
        .$if(f.externalId != null, (q) => q.where('task.externalId', '=', f.externalId)),
  };
}
