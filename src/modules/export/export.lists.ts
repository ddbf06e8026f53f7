import { defineList } from '../../db/list.repository';
import type { ExportJobFilter } from '../../graphql/types.generated';
import { distinct } from '../distinct';

// A project's exports, newest first (ids sort in creation order).
export const exportsOfProject = defineList({
  table: 'exportJob',
  parentColumn: 'projectId',
  filter: (qb, f: ExportJobFilter) =>
    qb
      .$if(!!f.status?.length, (q) => q.where('exportJob.status', 'in', distinct(f.status!)))
      .$if(f.format != null, (q) => q.where('exportJob.format', '=', f.format!)),
  order: () => ({ column: 'createdAt', descending: true }),
});
