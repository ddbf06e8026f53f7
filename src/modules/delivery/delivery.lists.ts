import { defineList, type ListQuery } from '../../db/list.repository';
import type { DeliveryFilter } from '../../graphql/types.generated';

const deliveriesOfProjectList = defineList({
  table: 'delivery',
  parentColumn: 'projectId',
  filter: (qb, f: DeliveryFilter) =>
    qb
      .$if(f.deliveredAfter != null, (q) => q.where('delivery.deliveredAt', '>=', f.deliveredAfter!))
      .$if(f.deliveredBefore != null, (q) => q.where('delivery.deliveredAt', '<=', f.deliveredBefore!))
      .$if(f.name != null, (q) => q.where('delivery.name', '=', f.name!)),
});

export function deliveriesOfProject(filter: DeliveryFilter | null | undefined): ListQuery<'delivery'> {
  return deliveriesOfProjectList(filter ?? {});
}
