import type { ListQuery } from '../../db/list.repository';
import type { DeliveryFilter } from '../../graphql/types.generated';

export function deliveriesOfProject(filter: DeliveryFilter | null | undefined): ListQuery<'delivery'> {
  const f = filter ?? {};
  return {
    table: 'delivery',
    parentColumn: 'projectId',
    key: `delivery.projectId|${JSON.stringify(f)}`,
    filter: (qb) =>
      qb
        .$if(f.deliveredAfter != null, (q) => q.where('delivery.deliveredAt', '>=', f.deliveredAfter))
        .$if(f.deliveredBefore != null, (q) => q.where('delivery.deliveredAt', '<=', f.deliveredBefore))
        .$if(f.name != null, (q) => q.where('delivery.name', '=', f.name)),
  };
}
