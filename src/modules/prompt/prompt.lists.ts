import { sql, type SqlBool } from 'kysely';
import { visibleProjects, viewerKey } from '../../auth/visible-lists';
import type { Viewer } from '../../auth/viewer';
import type { ListOrder, ListQuery } from '../../db/list.repository';
import type { InferenceRunFilter, InferenceRunOrder, PromptOrder } from '../../graphql/types.generated';
import { distinct } from '../distinct';

/** `text` as a LIKE pattern matching itself: `%`, `_` and the escape character are taken literally (`escape '\'`). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function promptsOfOrganization(
  search: string | null | undefined,
  orderBy?: PromptOrder | null,
): ListQuery<'prompt'> {
  const term = search?.trim() ? `%${likeLiteral(search.trim().toLowerCase())}%` : null;
  // The escape character spelt out: SQLite's LIKE has none by default (PostgreSQL's is the backslash).
  const like = (column: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${term} escape '\\'`;
  return {
    table: 'prompt',
    parentColumn: 'organizationId',
    key: `prompt.organizationId|${term ?? ''}|${JSON.stringify(orderBy ?? null)}`,
    order: orderBy
      ? {
          column: { TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' }[orderBy.field],
          descending: orderBy.direction === 'DESC',
        }
      : undefined,
    filter: (qb) => (term ? qb.where((eb: any) => eb.or([like('prompt.title'), like('prompt.description')])) : qb),
  };
}

export const versionsOfPrompt: ListQuery<'promptVersion'> = {
  table: 'promptVersion',
  parentColumn: 'promptId',
  key: 'promptVersion.promptId',
};

/** Runs under a version or a project, by Label Studio's filters (parent model, project, subset) and status. */
export function runsOf(
  parentColumn: 'versionId' | 'projectId',
  filter: InferenceRunFilter | null | undefined,
  orderBy: InferenceRunOrder | null | undefined,
  viewer?: Viewer,
): ListQuery<'inferenceRun'> {
  const f = filter ?? {};
  const order: ListOrder | undefined = orderBy
    ? {
        column: orderBy.field === 'COMPLETED_AT' ? 'completedAt' : 'createdAt',
        descending: orderBy.direction === 'DESC',
        nullable: true,
      }
    : undefined;
  return {
    table: 'inferenceRun',
    parentColumn,
    key: `inferenceRun.${parentColumn}|${viewer ? viewerKey(viewer) : ''}|${JSON.stringify(f)}|${JSON.stringify(orderBy ?? null)}`,
    filter: (qb) =>
      qb
        .$if(f.parentModelId != null, (q) => q.where('inferenceRun.promptId', '=', f.parentModelId))
        .$if(f.projectId != null, (q) => q.where('inferenceRun.projectId', '=', f.projectId))
        .$if(f.projectSubset != null, (q) => q.where('inferenceRun.projectSubset', '=', f.projectSubset))
        .$if(!!f.status?.length, (q) => q.where('inferenceRun.status', 'in', distinct(f.status!)))
        .$if(!!viewer, (q) =>
          q.where('inferenceRun.projectId', 'in', (eb: any) =>
            eb.selectFrom('project').select('project.id').where(visibleProjects(viewer!)),
          ),
        ),
    order,
  };
}
