import type { ListQuery } from '../../db/list.repository';
import type { ImprovementItemStatus } from '../../graphql/types.generated';
import { distinct } from '../distinct';

export const sessionsOfBatch: ListQuery<'searchSession'> = {
  table: 'searchSession',
  parentColumn: 'batchId',
  key: 'searchSession.batchId',
  order: { column: 'sessionNumber', descending: false },
};

export function searchSessionsOfProject(externalId: string | null | undefined): ListQuery<'searchSession'> {
  return {
    table: 'searchSession',
    parentColumn: 'projectId',
    key: `searchSession.projectId|${externalId ?? ''}`,
    filter: (qb) => qb.$if(externalId != null, (q) => q.where('searchSession.externalId', '=', externalId)),
  };
}

export const eventsOfSession: ListQuery<'sessionEvent'> = {
  table: 'sessionEvent',
  parentColumn: 'sessionId',
  key: 'sessionEvent.sessionId',
};
export const improvementItemsOfSession: ListQuery<'improvementItem'> = {
  table: 'improvementItem',
  parentColumn: 'sessionId',
  key: 'improvementItem.sessionId',
};

export function improvementItemsOfProject(
  status: ImprovementItemStatus[] | null | undefined,
): ListQuery<'improvementItem'> {
  return {
    table: 'improvementItem',
    parentColumn: 'projectId',
    key: `improvementItem.projectId|${JSON.stringify(status ?? [])}`,
    filter: (qb) => qb.$if(!!status?.length, (q) => q.where('improvementItem.status', 'in', distinct(status!))),
  };
}
