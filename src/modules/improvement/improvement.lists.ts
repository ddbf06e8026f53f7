import { defineList, type ListQuery } from '../../db/list.repository';
import type { ImprovementItemStatus } from '../../graphql/types.generated';
import { distinct } from '../distinct';

export const improvementItemsOfSession = defineList({ table: 'improvementItem', parentColumn: 'sessionId' })();

const improvementItemsOfProjectList = defineList({
  table: 'improvementItem',
  parentColumn: 'projectId',
  filter: (qb, { status }: { status: ImprovementItemStatus[] }) =>
    qb.$if(status.length > 0, (q) => q.where('improvementItem.status', 'in', distinct(status))),
});

export function improvementItemsOfProject(
  status: ImprovementItemStatus[] | null | undefined,
): ListQuery<'improvementItem'> {
  return improvementItemsOfProjectList({ status: status ?? [] });
}
