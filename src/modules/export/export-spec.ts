import type { ExportJobRow } from '../../db/rows';
import type { ExportOptions, TaskFilter } from '../../graphql/types.generated';
import type { ExportSpec } from './export-pages';

/** What a job exports, from its stored JSON. */
export function specOfJob(job: ExportJobRow): ExportSpec {
  return {
    projectId: job.projectId,
    format: job.format,
    filter: JSON.parse(job.filterJson) as TaskFilter,
    options: JSON.parse(job.optionsJson) as ExportOptions,
  };
}
