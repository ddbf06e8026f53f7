import fs from 'node:fs';
import type { Database } from '../db/database';
import type { ExportFormat } from '../graphql/types.generated';
import { exportChunks } from '../modules/export/export-pages';
import { countTasksToExport } from '../modules/export/export.repository';
import { EXPORT_FORMATS } from '../modules/export/formats';
import { CliError } from './commands';
import { resolveProject } from './resolve-project';

export type ExportCommandOptions = {
  project?: string;
  org?: string;
  filter?: string;
  options?: string;
  out?: string;
  pageSize?: number;
};

function parseJson(name: string, text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // worded below
  }
  throw new CliError(`--${name} must be a JSON object, e.g. --${name} '{}'`);
}

/**
 * `annograph export <format> --project <id or name> [--filter JSON] [--options JSON] [--out FILE]`: the export
 * jobs' own exporter (export-pages.ts), in this process, to the file or to `write`. Answers tasks and records.
 */
export async function exportFormat(
  db: Database,
  formatName: string | undefined,
  opts: ExportCommandOptions,
  write: (text: string) => void | Promise<void>,
  progress?: (done: number, total: number) => void,
): Promise<{ tasks: number; records: number }> {
  const format = (formatName ?? '').toUpperCase().replace(/-/g, '_') as ExportFormat;
  const writer = EXPORT_FORMATS[format];
  if (!writer)
    throw new CliError(`unknown export format "${formatName ?? ''}": one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  if (!opts.project) throw new CliError('pass --project <id or name>');
  const project = await resolveProject(db, opts.project, opts);
  const filter = { ...parseJson('filter', opts.filter), projectId: undefined };
  const options = parseJson('options', opts.options);
  const problem = writer.optionsProblem(options);
  if (problem) throw new CliError(`--options: ${problem.field}: ${problem.message}`);
  const total = progress ? await countTasksToExport(db, project.id, filter) : 0;
  const out = opts.out ? fs.openSync(opts.out, 'w') : null;
  let last = { rootObjectCount: 0, objectCount: 0 };
  try {
    const spec = { projectId: project.id, format, filter, options };
    const start = { cursor: null, objectCount: 0, rootObjectCount: 0 };
    for await (const chunk of exportChunks(db, spec, start, opts.pageSize ?? 500)) {
      if (out !== null) fs.writeSync(out, chunk.text);
      else if (chunk.text) await write(chunk.text);
      last = chunk;
      progress?.(chunk.rootObjectCount, total);
    }
  } finally {
    if (out !== null) fs.closeSync(out);
  }
  return { tasks: last.rootObjectCount, records: last.objectCount };
}
