import { visibleProjects, viewerScope, type ViewerScope } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import { defineList, type ListQuery } from '../../db/list.repository';
import type { ProjectFilter } from '../../graphql/types.generated';

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
