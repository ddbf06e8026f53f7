import { defineList, type ListQuery } from '../../db/list.repository';
import type { BatchFilter } from '../../graphql/types.generated';
import { distinct } from '../distinct';

const batchesOfProjectList = defineList({
  table: 'batch',
  parentColumn: 'projectId',
  filter: (qb, f: BatchFilter) =>
    qb
      .$if(!!f.status?.length, (q) => q.where('batch.status', 'in', distinct(f.status!)))
      .$if(f.kind != null, (q) => q.where('batch.kind', '=', f.kind!))
      .$if(f.name != null, (q) => q.where('batch.name', '=', f.name!))
      .$if(f.externalId != null, (q) => q.where('batch.externalId', '=', f.externalId!)),
});

export function batchesOfProject(filter: BatchFilter | null | undefined): ListQuery<'batch'> {
  return batchesOfProjectList(filter ?? {});
}
