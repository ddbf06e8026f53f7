#!/usr/bin/env node
import { loadConfig } from '../config';
import { createDb } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { seedDemoData } from '../demo/seed-demo';

const USAGE = `usage: annograph <command>
  migrate   bring the database (DATABASE_URL, default data/annograph.sqlite) to the newest schema
  seed      migrate, then fill an empty database with the deterministic demo data set`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command !== 'migrate' && command !== 'seed') {
    process.stderr.write(`${USAGE}\n`);
    return command === undefined || command === '--help' ? 0 : 2;
  }
  const config = loadConfig();
  const db = createDb({ url: config.databaseUrl });
  try {
    const applied = await migrateToLatest(db);
    process.stdout.write(`migrations applied: ${applied.length ? applied.join(', ') : 'none (up to date)'}\n`);
    if (command === 'seed') {
      const seeded = await seedDemoData(db);
      process.stdout.write(seeded ? `demo data written: ${JSON.stringify(seeded)}\n` : 'database not empty: demo data left as is\n');
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`annograph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
