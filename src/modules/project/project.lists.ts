import type { ListQuery } from '../../db/list.repository';
import type { ProjectFilter } from '../../graphql/types.generated';

export const projectsOfOrganization: ListQuery<'project'> = {
  table: 'project',
  parentColumn: 'organizationId',
  key: 'project.organizationId',
};

export const allOrganizations: ListQuery<'organization'> = { table: 'organization', parentColumn: null, key: 'organization' };

export function allProjects(filter: ProjectFilter | null | undefined): ListQuery<'project'> {
  const f = filter ?? {};
  return {
    table: 'project',
    parentColumn: null,
    key: `project|${JSON.stringify(f)}`,
    filter: (qb) =>
      qb
        .$if(f.name != null, (q) => q.where('project.name', '=', f.name))
        .$if(f.externalId != null, (q) => q.where('project.externalId', '=', f.externalId))
        .$if(f.source != null, (q) => q.where('project.source', '=', f.source)),
  };
}
