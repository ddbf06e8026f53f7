import type { ListQuery } from '../../db/list.repository';
import type { CorrectionStatus } from '../../graphql/types.generated';
import { distinct } from '../distinct';

export function correctionSessionsOfProject(
  status: CorrectionStatus[] | null | undefined,
): ListQuery<'correctionSession'> {
  return {
    table: 'correctionSession',
    parentColumn: 'projectId',
    key: `correctionSession.projectId|${JSON.stringify(status ?? [])}`,
    filter: (qb) => qb.$if(!!status?.length, (q) => q.where('correctionSession.status', 'in', distinct(status!))),
  };
}

export const codersOfProject: ListQuery<'coder'> = {
  table: 'coder',
  parentColumn: 'projectId',
  key: 'coder.projectId',
};
/** A document group's members, by document id. */
export const documentsOfGroup: ListQuery<'documentGroupMember'> = {
  table: 'documentGroupMember',
  parentColumn: 'groupId',
  key: 'documentGroupMember.groupId',
};
