import type { Database } from '../../db/database';
import type { ExportFormat, ExportOptions, TaskFilter } from '../../graphql/types.generated';
import { EXPORT_FORMATS } from './formats';
import type { ExportFormatWriter } from './formats/export-format';
import { findTaskPage } from './export.repository';

// The one exporter (worker and CLI alike): a project's matching tasks in keyset pages by id, each page turned into
// its records by the format's writer and into the text that goes on in the file. Nothing is kept between pages, so
// memory does not grow with the project; a caller that stopped at a page resumes with its cursor and counts.

export type ExportSpec = { projectId: string; format: ExportFormat; filter: TaskFilter; options: ExportOptions };

/** Where an export is: the last task id written and the records written so far (the JSON array's commas). */
export type ExportPosition = { cursor: string | null; objectCount: number; rootObjectCount: number };

export type ExportChunk = ExportPosition & { text: string; last: boolean };

export function writerOf(format: ExportFormat): ExportFormatWriter {
  const writer = EXPORT_FORMATS[format];
  if (!writer) throw new Error(`No writer for export format ${format}`);
  return writer;
}

/** The file's opening text: `[` for a JSON array (written before the first page), nothing for JSONL. */
const opening = (w: ExportFormatWriter) => (w.framing === 'JSON_ARRAY' ? '[' : '');
/** The file's closing text: `]` and a newline for a JSON array. */
const closing = (w: ExportFormatWriter, objectCount: number) =>
  w.framing === 'JSON_ARRAY' ? `${objectCount ? '\n' : ''}]\n` : '';

function recordText(w: ExportFormatWriter, records: unknown[], before: number): string {
  if (w.framing === 'JSONL') return records.map((r) => `${JSON.stringify(r)}\n`).join('');
  return records.map((r, i) => `${before + i === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`).join('');
}

/**
 * The export's text from `from` on, one chunk per page of `pageSize` tasks, the last one (`last`) with the closing;
 * the opening comes with the first page when starting from nothing. Each chunk carries the position after it.
 */
export async function* exportChunks(
  db: Database,
  spec: ExportSpec,
  from: ExportPosition,
  pageSize: number,
): AsyncGenerator<ExportChunk> {
  const writer = writerOf(spec.format);
  let { cursor, objectCount, rootObjectCount } = from;
  let prefix = cursor === null && rootObjectCount === 0 ? opening(writer) : '';
  for (;;) {
    const tasks = await findTaskPage(db, spec.projectId, spec.filter, cursor, pageSize);
    const records = tasks.length ? await writer.recordsOf(db, tasks, spec.options) : [];
    const text = prefix + recordText(writer, records, objectCount);
    prefix = '';
    objectCount += records.length;
    rootObjectCount += tasks.length;
    if (tasks.length) cursor = tasks[tasks.length - 1].id;
    const last = tasks.length < pageSize;
    yield { text: last ? text + closing(writer, objectCount) : text, last, cursor, objectCount, rootObjectCount };
    if (last) return;
  }
}
