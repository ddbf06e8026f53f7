import { visibleOrganizations, visibleProjects, viewerScope, type ViewerScope } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import { defineList, type ListQuery } from '../../db/list.repository';

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
