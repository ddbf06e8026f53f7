import type { ListQuery } from '../../db/list.repository';

export const membersOfOrganization: ListQuery<'organizationMember'> = {
  table: 'organizationMember',
  parentColumn: 'organizationId',
  key: 'organizationMember.organizationId',
};
export const membersOfProject: ListQuery<'projectMember'> = {
  table: 'projectMember',
  parentColumn: 'projectId',
  key: 'projectMember.projectId',
};
export const tokensOfUser: ListQuery<'apiToken'> = {
  table: 'apiToken',
  parentColumn: 'userId',
  key: 'apiToken.userId',
};
export const serviceTokensOfOrganization: ListQuery<'apiToken'> = {
  table: 'apiToken',
  parentColumn: 'organizationId',
  key: 'apiToken.organizationId',
};
