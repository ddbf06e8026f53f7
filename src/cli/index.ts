#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createDb, dialectOf } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { CliError, init, projectCreate, tokenCreate } from './commands';
import { exportScale, importScaleFile } from './scale-commands';
import { syncUpstream } from './sync-command';
import { secretBoxFromConfig } from '../secrets/secret-box';

// Loaded by the commands that need them: the demo seeder and the export formats bring most of the server's modules
// (about 90 MB of resident memory), which an import would carry for its whole run.
const seedDemoData: typeof import('../demo/seed-demo').seedDemoData = async (...a) =>
  (await import('../demo/seed-demo.js')).seedDemoData(...a);
const printChanges: typeof import('./changes-command').printChanges = async (...a) =>
  (await import('./changes-command.js')).printChanges(...a);
const pruneChangesNow: typeof import('./changes-command').pruneChangesNow = async (...a) =>
  (await import('./changes-command.js')).pruneChangesNow(...a);
const exportFormat: typeof import('./export-command').exportFormat = async (...a) =>
  (await import('./export-command.js')).exportFormat(...a);

const USAGE = `usage: annograph <command> [options]     (DATABASE_URL picks the database; default data/annograph.sqlite)
  migrate                                    bring the database to the newest schema
  seed                                       migrate, then write the demo data set into an empty database
  init --org <slug> --email <email> [--name <organization name>]
                                             first install: organization, its OWNER, one token (printed once)
  token create --email <email> [--name <what for>]
  token create --service --org <slug> [--role VIEWER|ANNOTATOR|REVIEWER|MANAGER|ADMIN] [--name <what for>]
  project create --org <slug> --name <name> [--description <text>]
  import scale <file.jsonl|file.json> --project <id or name> [--org <slug>] [--create-project]
  import scale <file.jsonl|file.json> --org <slug> [--create-project]
                                             Scale Task JSON in (without --project: each task into the project of
                                             the organization its "project" names); same task_id twice: replaced or
                                             skipped; exit 1 if a record failed
  export scale --project <id or name> [--org <slug>] [--status <status>] | --delivery <id>
                                             Scale Task JSONL to standard output
  export <format> --project <id or name> [--org <slug>] [--filter <TaskFilter JSON>] [--options <ExportOptions JSON>]
         [--out <file>]                      an export job's file (SCALE_JSONL, SFT_MESSAGES, ...) written in this
                                             process by the jobs' own exporter; standard output unless --out
  changes --project <id or name> [--org <slug>] [--after <cursor>] [--types A,B] [--follow]
                                             the project's changes as JSON lines, oldest first; --follow: then live
                                             until SIGINT/SIGTERM
  changes prune [--days <n>]                 delete changes older than n days (default CHANGE_RETENTION_DAYS) now
  sync <scale|label-studio|embedding-studio|deepopinion|iqb> --base-url <url> --project <id or name> [--org <slug>]
       [--key-env <VAR>] [--upstream-project <name or id>] [--batch-id <id,id>] [--options <JSON>]
                                             one run of the project's connector to that upstream (made on first
                                             use; the key read from the environment variable VAR, stored sealed);
                                             exit 1 if a record failed; when a server's worker claimed the run
                                             first, waits for it there (Ctrl-C stops waiting: exit 130)`;

const OPTIONS = {
  org: { type: 'string' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  description: { type: 'string' },
  service: { type: 'boolean' },
  project: { type: 'string' },
  delivery: { type: 'string' },
  status: { type: 'string' },
  'create-project': { type: 'boolean' },
  after: { type: 'string' },
  types: { type: 'string' },
  follow: { type: 'boolean' },
  days: { type: 'string' },
  filter: { type: 'string' },
  options: { type: 'string' },
  out: { type: 'string' },
  'base-url': { type: 'string' },
  'key-env': { type: 'string' },
  'upstream-project': { type: 'string' },
  'batch-id': { type: 'string' },
  help: { type: 'boolean' },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const command = positionals
    .slice(0, 2)
    .join(' ')
    .replace(/^(migrate|seed|init) .*/, '$1')
    .replace(/^export (?!scale$).+/, 'export')
    .replace(/^sync .+/, 'sync');
  const known = [
    'migrate',
    'seed',
    'init',
    'token create',
    'project create',
    'import scale',
    'export scale',
    'export',
    'changes',
    'changes prune',
    'sync',
  ];
  if (values.help || !known.includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help || command === '' ? 0 : 2;
  }
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const config = loadConfig();
  const db = createDb({ url: config.databaseUrl });
  try {
    const applied = await migrateToLatest(db);
    // On standard error unless asked for: `export scale` writes its data to standard output.
    const note = command === 'migrate' ? print : (line: string) => process.stderr.write(`${line}\n`);
    if (command === 'migrate' || applied.length)
      note(`migrations applied: ${applied.length ? applied.join(', ') : 'none (up to date)'}`);
    if (command === 'seed') {
      const seeded = await seedDemoData(db);
      print(seeded ? `demo data written: ${JSON.stringify(seeded)}` : 'database not empty: demo data left as is');
    }
    if (command === 'init') await init(db, values, print);
    if (command === 'token create') await tokenCreate(db, values, print);
    if (command === 'project create') await projectCreate(db, values, print);
    if (command === 'import scale') {
      const tty = process.stderr.isTTY;
      const showProgress = (line: string) => tty && process.stderr.write(`\r${line}\x1b[K`);
      const failed = await importScaleFile(
        db,
        positionals[2],
        { ...values, createProject: values['create-project'] },
        (line) => {
          if (tty) process.stderr.write('\n');
          print(line);
        },
        showProgress,
      );
      return failed > 0 ? 1 : 0;
    }
    if (command === 'changes') {
      const stop = new AbortController();
      if (values.follow) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
      const listenUrl = dialectOf(config.databaseUrl) === 'postgres' ? config.databaseUrl : undefined;
      await printChanges(db, values, print, { listenUrl, stop: stop.signal });
      // Standard output may be a pipe: every line out before the process exits.
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    }
    if (command === 'changes prune') await pruneChangesNow(db, values, config.changeRetentionDays, print);
    if (command === 'export') {
      const tty = process.stderr.isTTY;
      const { tasks, records } = await exportFormat(
        db,
        positionals[1],
        { ...values, pageSize: config.exports.pageSize },
        // A slow pipe holds the next page back: memory stays one page.
        (text) =>
          process.stdout.write(text) ? undefined : new Promise((resolve) => process.stdout.once('drain', resolve)),
        tty ? (done, total) => process.stderr.write(`\r${done}/${total} tasks`) : undefined,
      );
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
      process.stderr.write(`${tty ? '\n' : ''}exported ${tasks} tasks, ${records} records\n`);
    }
    if (command === 'sync') {
      const tty = process.stderr.isTTY;
      const failed = await syncUpstream(
        db,
        positionals[1],
        values,
        {
          outbound: config.outbound,
          secrets: secretBoxFromConfig(config),
          env: process.env,
          progress: tty
            ? (run) =>
                process.stderr.write(
                  `\r${run.pages} pages, ${run.recordsCreated + run.recordsUpdated + run.recordsUnchanged + run.recordsFailed} records`,
                )
            : undefined,
          catchInterrupts: () => {
            const stop = new AbortController();
            const abort = () => stop.abort();
            for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, abort);
            return {
              signal: stop.signal,
              release: () => {
                for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, abort);
              },
            };
          },
        },
        (line) => {
          if (tty) process.stderr.write('\n');
          print(line);
        },
      );
      return failed;
    }
    if (command === 'export scale') {
      const written = await exportScale(db, values, print);
      process.stderr.write(`exported ${written} tasks\n`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A mistake in the command line exits 2; a command that cannot do what was asked (CliError) or fails, 1.
    const usage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const known = error instanceof CliError || usage;
    process.stderr.write(`annograph: ${error instanceof Error && known ? error.message : String(error)}\n`);
    process.exit(usage ? 2 : 1);
  },
);
