import { visibleOrganizations, visibleProjects, viewerScope, type ViewerScope } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import { defineList, type ListQuery } from '../../db/list.repository';
import type { ProjectFilter } from '../../graphql/types.generated';

const projectsOfOrganizationList = defineList({
  table: 'project',
  parentColumn: 'organizationId',
  filter: (qb, { viewer }: { viewer: ViewerScope }) => qb.where(visibleProjects(viewer)),
});

/** An organization's projects that the caller may see. */
export function projectsOfOrganization(viewer: Viewer): ListQuery<'project'> {
  return projectsOfOrganizationList({ viewer: viewerScope(viewer) });
}

const allOrganizationsList = defineList({
  table: 'organization',
  parentColumn: null,
  filter: (qb, { viewer }: { viewer: ViewerScope }) => qb.where(visibleOrganizations(viewer)),
});

export function allOrganizations(viewer: Viewer): ListQuery<'organization'> {
  return allOrganizationsList({ viewer: viewerScope(viewer) });
}

const allProjectsList = defineList({
  table: 'project',
  parentColumn: null,
  filter: (qb, { filter: f, viewer }: { filter: ProjectFilter; viewer: ViewerScope }) =>
    qb
      .where(visibleProjects(viewer))
      .$if(f.name != null, (q) => q.where('project.name', '=', f.name!))
      .$if(f.externalId != null, (q) => q.where('project.externalId', '=', f.externalId!))
      .$if(f.source != null, (q) => q.where('project.source', '=', f.source!)),
});

export function allProjects(filter: ProjectFilter | null | undefined, viewer: Viewer): ListQuery<'project'> {
  return allProjectsList({ filter: filter ?? {}, viewer: viewerScope(viewer) });
}
