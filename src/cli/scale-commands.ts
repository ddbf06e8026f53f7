import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Database } from '../db/database';
import type { TaskStatus } from '../graphql/types.generated';
import { findDeliveryById } from '../modules/delivery/delivery.repository';
import { findProjectsByIds } from '../modules/project/project.repository';
import { tasksToScale } from '../modules/scale/scale-export';
import { findTasksToExport } from '../modules/scale/scale.repository';
import { importScaleTasks, type ImportSummary, type SourceRecord } from '../modules/scale/scale-import';
import { CliError, type Print } from './commands';
import { resolveProject } from './resolve-project';
import { importProgressLine } from './import-progress';
import { scaleProjectRouter } from './scale-project-router';

/** The file's first character other than white space ('' for none), read without reading the whole file. */
function firstCharacter(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    for (let position = 0; ; position += buffer.length) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) return '';
      const text = buffer.toString('utf8', 0, n).trimStart();
      if (text) return text[0];
    }
  } finally {
    fs.closeSync(fd);
  }
}

const READ_SIZE = 1 << 20;

/**
 * The lines of a file (\n or \r\n), read a MiB at a time as they are asked for: nothing is read ahead of the
 * import, so memory holds one MiB and the line being parsed, whatever the file's size. `read.bytes`: read so far.
 */
async function* readLines(file: string, read: { bytes: number }): AsyncGenerator<string> {
  const handle = await fs.promises.open(file, 'r');
  try {
    let rest = Buffer.alloc(0);
    for (;;) {
      const buffer = Buffer.allocUnsafe(READ_SIZE);
      const { bytesRead } = await handle.read(buffer, 0, READ_SIZE, null);
      read.bytes += bytesRead;
      if (bytesRead === 0) break;
      const data = rest.length ? Buffer.concat([rest, buffer.subarray(0, bytesRead)]) : buffer.subarray(0, bytesRead);
      let start = 0;
      // A line ends at a \n byte, which never occurs inside a multi-byte UTF-8 character.
      for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
        yield data.toString('utf8', start, end > start && data[end - 1] === 13 ? end - 1 : end);
        start = end + 1;
      }
      rest = Buffer.from(data.subarray(start));
    }
    if (rest.length) yield rest.toString('utf8', 0, rest[rest.length - 1] === 13 ? rest.length - 1 : rest.length);
  } finally {
    await handle.close();
  }
}

/** The records of a JSONL file (one task per line) or of a JSON file holding an array or one task. */
async function* readRecords(
  file: string,
  onBadLine: (line: number, reason: string) => void,
  read: { bytes: number },
): AsyncGenerator<SourceRecord> {
  if (firstCharacter(file) === '[') {
    const text = fs.readFileSync(file, 'utf8');
    read.bytes = Buffer.byteLength(text);
    const parsed = JSON.parse(text) as unknown[];
    for (let i = 0; i < parsed.length; i++) yield { line: i + 1, value: parsed[i] };
    return;
  }
  let line = 0;
  for await (const text of readLines(file, read)) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      onBadLine(line, `not JSON: ${(error as Error).message}`);
    }
  }
}

function progress(summary: ImportSummary): string {
  const done = summary.created + summary.updated + summary.unchanged + summary.failed;
  return `imported ${done} records: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed`;
}

/** `annograph import scale <file> --project <id or name>`; returns how many records failed. */
export async function importScaleFile(
  db: Database,
  file: string | undefined,
  opts: { project?: string; createProject?: boolean; org?: string },
  print: Print,
  showProgress: (line: string) => void = () => {},
): Promise<number> {
  if (!file || !fs.existsSync(file)) throw new CliError(`no such file: ${file ?? '(none given)'}`);
  // --project forces one project; without it each task goes into the organization's project it names.
  const project = opts.project ? await resolveProject(db, opts.project, { ...opts, creatable: true }) : null;
  const into = project ? project.id : await scaleProjectRouter(db, opts);
  const unreadable: { line: number; reason: string }[] = [];
  const read = { bytes: 0 };
  const totalBytes = fs.statSync(file).size;
  const started = performance.now();
  const summary = await importScaleTasks(
    db,
    into,
    readRecords(file, (line, reason) => unreadable.push({ line, reason }), read),
    {
      onProgress: (s) =>
        showProgress(importProgressLine(s, read.bytes, totalBytes, (performance.now() - started) / 1000)),
    },
  );
  summary.failed += unreadable.length;
  summary.failures.push(...unreadable.map((u) => ({ ...u, taskId: null })));
  summary.failures.sort((a, b) => a.line - b.line);
  for (const f of summary.failures) print(`line ${f.line}${f.taskId ? ` (${f.taskId})` : ''}: ${f.reason}`);
  if (project) print(`${progress(summary)} into project ${project.id} "${project.name}"`);
  else {
    const rows = await findProjectsByIds(db, [...summary.projects.keys()]);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    for (const [id, counts] of summary.projects)
      print(
        `  ${id} "${names.get(id) ?? ''}": ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`,
      );
    print(`${progress(summary)} into ${summary.projects.size} project${summary.projects.size === 1 ? '' : 's'}`);
  }
  return summary.failed;
}

/** `annograph export scale --project <id or name> [--status S] | --delivery <id>`: Scale Task JSONL, 500 tasks at a time. */
export async function exportScale(
  db: Database,
  opts: { project?: string; delivery?: string; status?: string; org?: string },
  write: (line: string) => void,
): Promise<number> {
  if (!opts.project === !opts.delivery) throw new CliError('pass exactly one of --project and --delivery');
  const project = opts.project ? await resolveProject(db, opts.project, opts) : null;
  if (opts.delivery && !(await findDeliveryById(db, opts.delivery))) throw new CliError(`no delivery ${opts.delivery}`);
  let after = '';
  let written = 0;
  for (;;) {
    const of = { projectId: project?.id, deliveryId: opts.delivery, status: opts.status?.toUpperCase() as TaskStatus };
    const tasks = await findTasksToExport(db, of, after, 500);
    if (tasks.length === 0) return written;
    for (const json of await tasksToScale(db, tasks)) write(JSON.stringify(json));
    written += tasks.length;
    after = tasks[tasks.length - 1].id;
  }
}
