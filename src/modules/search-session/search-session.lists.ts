import { defineList, type ListQuery } from '../../db/list.repository';

export const sessionsOfBatch = defineList({
  table: 'searchSession',
  parentColumn: 'batchId',
  order: () => ({ column: 'sessionNumber', descending: false }),
})();

const searchSessionsOfProjectList = defineList({
  table: 'searchSession',
  parentColumn: 'projectId',
  filter: (qb, { externalId }: { externalId: string | null }) =>
    qb.$if(externalId != null, (q) => q.where('searchSession.externalId', '=', externalId!)),
});

export function searchSessionsOfProject(externalId: string | null | undefined): ListQuery<'searchSession'> {
  return searchSessionsOfProjectList({ externalId: externalId ?? null });
}

export const eventsOfSession = defineList({ table: 'sessionEvent', parentColumn: 'sessionId' })();
