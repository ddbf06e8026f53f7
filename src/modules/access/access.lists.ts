import { defineList } from '../../db/list.repository';

export const membersOfOrganization = defineList({ table: 'organizationMember', parentColumn: 'organizationId' })();
export const membersOfProject = defineList({ table: 'projectMember', parentColumn: 'projectId' })();
export const tokensOfUser = defineList({ table: 'apiToken', parentColumn: 'userId' })();
export const serviceTokensOfOrganization = defineList({ table: 'apiToken', parentColumn: 'organizationId' })();
