import type { Database } from '../../../db/database';
import type { TaskRow } from '../../../db/rows';
import type { ExportFormat, ExportOptions } from '../../../graphql/types.generated';

export type { AnnotationComparison, ExportFormat, ExportOptions } from '../../../graphql/types.generated';

/**
 * One export format: the records a page of tasks becomes. The exporter (job worker and CLI alike) pages tasks by
 * id and hands each page here; a format loads what it needs for the page in a number of statements that does not
 * grow with the page, and keeps nothing between pages, so an export runs in constant memory.
 */
export interface ExportFormatWriter {
  format: ExportFormat;
  /** JSONL: one record per line. JSON_ARRAY: one JSON array of all records (Label Studio's export). */
  framing: 'JSONL' | 'JSON_ARRAY';
  /** The file name's extension, e.g. `jsonl`. */
  extension: string;
  /** What is wrong with the options for this format, as a userError's field (under `options`) and message; null if nothing. */
  optionsProblem(options: ExportOptions): { field: string; message: string } | null;
  /** The records of one page of tasks (in the page's order; a task may give none or several). */
  recordsOf(db: Database, tasks: TaskRow[], options: ExportOptions): Promise<unknown[]>;
}
