import { sql, type SqlBool } from 'kysely';
import { visibleProjects, viewerScope, type ViewerScope } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import { defineList, type ListOrder, type ListQuery } from '../../db/list.repository';
import type { InferenceRunFilter, InferenceRunOrder, PromptOrder } from '../../graphql/types.generated';
import { distinct } from '../distinct';

/** `text` as a LIKE pattern matching itself: `%`, `_` and the escape character are taken literally (`escape '\'`). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// The escape character spelt out: SQLite's LIKE has none by default (PostgreSQL's is the backslash).
const like = (column: string, term: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${term} escape '\\'`;

const promptsOfOrganizationList = defineList({
  table: 'prompt',
  parentColumn: 'organizationId',
  order: ({ orderBy }: { term: string | null; orderBy: PromptOrder | null }) =>
    orderBy
      ? {
          column: { TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' }[orderBy.field],
          descending: orderBy.direction === 'DESC',
        }
      : undefined,
  filter: (qb, { term }) =>
    term ? qb.where((eb) => eb.or([like('prompt.title', term), like('prompt.description', term)])) : qb,
});

export function promptsOfOrganization(
  search: string | null | undefined,
  orderBy?: PromptOrder | null,
): ListQuery<'prompt'> {
  const term = search?.trim() ? `%${likeLiteral(search.trim().toLowerCase())}%` : null;
  return promptsOfOrganizationList({ term, orderBy: orderBy ?? null });
}

export const versionsOfPrompt = defineList({ table: 'promptVersion', parentColumn: 'promptId' })();

type RunListParams = {
  filter: InferenceRunFilter;
  orderBy: InferenceRunOrder | null;
  /** Runs of projects this caller sees only (null: every run of the parent). */
  viewer: ViewerScope | null;
};

const runsUnder = (parentColumn: 'versionId' | 'projectId') =>
  defineList({
    table: 'inferenceRun',
    parentColumn,
    filter: (qb, { filter: f, viewer }: RunListParams) =>
      qb
        .$if(f.parentModelId != null, (q) => q.where('inferenceRun.promptId', '=', f.parentModelId!))
        .$if(f.projectId != null, (q) => q.where('inferenceRun.projectId', '=', f.projectId!))
        .$if(f.projectSubset != null, (q) => q.where('inferenceRun.projectSubset', '=', f.projectSubset!))
        .$if(!!f.status?.length, (q) => q.where('inferenceRun.status', 'in', distinct(f.status!)))
        .$if(!!viewer, (q) =>
          q.where('inferenceRun.projectId', 'in', (eb) =>
            eb.selectFrom('project').select('project.id').where(visibleProjects(viewer!)),
          ),
        ),
    order: ({ orderBy }): ListOrder | undefined =>
      orderBy
        ? {
            column: orderBy.field === 'COMPLETED_AT' ? 'completedAt' : 'createdAt',
            descending: orderBy.direction === 'DESC',
            nullable: true,
          }
        : undefined,
  });
const RUN_LISTS = { versionId: runsUnder('versionId'), projectId: runsUnder('projectId') };

/** Runs under a version or a project, by Label Studio's filters (parent model, project, subset) and status. */
export function runsOf(
  parentColumn: 'versionId' | 'projectId',
  filter: InferenceRunFilter | null | undefined,
  orderBy: InferenceRunOrder | null | undefined,
  viewer?: Viewer,
): ListQuery<'inferenceRun'> {
  return RUN_LISTS[parentColumn]({
    filter: filter ?? {},
    orderBy: orderBy ?? null,
    viewer: viewer ? viewerScope(viewer) : null,
  });
}
