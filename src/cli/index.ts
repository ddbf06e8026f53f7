#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createDb } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { seedDemoData } from '../demo/seed-demo';
import { CliError, init, projectCreate, tokenCreate } from './commands';

const USAGE = `usage: annograph <command> [options]     (DATABASE_URL picks the database; default data/annograph.sqlite)
  migrate                                    bring the database to the newest schema
  seed                                       migrate, then write the demo data set into an empty database
  init --org <slug> --email <email> [--name <organization name>]
                                             first install: organization, its OWNER, one token (printed once)
  token create --email <email> [--name <what for>]
  token create --service --org <slug> [--role VIEWER|ANNOTATOR|REVIEWER|MANAGER|ADMIN] [--name <what for>]
  project create --org <slug> --name <name> [--description <text>]`;

const OPTIONS = {
  org: { type: 'string' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  description: { type: 'string' },
  service: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const command = positionals.join(' ');
  const known = ['migrate', 'seed', 'init', 'token create', 'project create'];
  if (values.help || !known.includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help || command === '' ? 0 : 2;
  }
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const db = createDb({ url: loadConfig().databaseUrl });
  try {
    const applied = await migrateToLatest(db);
    if (command === 'migrate' || applied.length) print(`migrations applied: ${applied.length ? applied.join(', ') : 'none (up to date)'}`);
    if (command === 'seed') {
      const seeded = await seedDemoData(db);
      print(seeded ? `demo data written: ${JSON.stringify(seeded)}` : 'database not empty: demo data left as is');
    }
    if (command === 'init') await init(db, values, print);
    if (command === 'token create') await tokenCreate(db, values, print);
    if (command === 'project create') await projectCreate(db, values, print);
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`annograph: ${error instanceof Error && known ? error.message : String(error)}\n`);
    process.exit(known ? 2 : 1);
  },
);
