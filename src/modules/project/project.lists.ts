import { visibleOrganizations, visibleProjects, viewerKey } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import type { ListQuery } from '../../db/list.repository';
import type { ProjectFilter } from '../../graphql/types.generated';

/** An organization's projects that the caller may see. */
export function projectsOfOrganization(viewer: Viewer): ListQuery<'project'> {
  return {
    table: 'project',
    parentColumn: 'organizationId',
    key: `project.organizationId|${viewerKey(viewer)}`,
    filter: (qb) => qb.where(visibleProjects(viewer) as never),
  };
}

export function allOrganizations(viewer: Viewer): ListQuery<'organization'> {
  return {
    table: 'organization',
    parentColumn: null,
    key: `organization|${viewerKey(viewer)}`,
    filter: (qb) => qb.where(visibleOrganizations(viewer) as never),
  };
}

export function allProjects(filter: ProjectFilter | null | undefined, viewer: Viewer): ListQuery<'project'> {
  const f = filter ?? {};
  return {
    table: 'project',
    parentColumn: null,
    key: `project|${viewerKey(viewer)}|${JSON.stringify(f)}`,
    filter: (qb) =>
      qb
        .where(visibleProjects(viewer) as never)
        .$if(f.name != null, (q) => q.where('project.name', '=', f.name))
        .$if(f.externalId != null, (q) => q.where('project.externalId', '=', f.externalId))
        .$if(f.source != null, (q) => q.where('project.source', '=', f.source)),
  };
}
