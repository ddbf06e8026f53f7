import { defineList, type ListQuery } from '../../db/list.repository';
import type { CorrectionStatus } from '../../graphql/types.generated';
import { distinct } from '../distinct';

const correctionSessionsOfProjectList = defineList({
  table: 'correctionSession',
  parentColumn: 'projectId',
  filter: (qb, { status }: { status: CorrectionStatus[] }) =>
    qb.$if(status.length > 0, (q) => q.where('correctionSession.status', 'in', distinct(status))),
});

export function correctionSessionsOfProject(
  status: CorrectionStatus[] | null | undefined,
): ListQuery<'correctionSession'> {
  return correctionSessionsOfProjectList({ status: status ?? [] });
}

/** A document group's members, by document id. */
export const documentsOfGroup = defineList({ table: 'documentGroupMember', parentColumn: 'groupId' })();
