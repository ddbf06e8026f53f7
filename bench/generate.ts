// Loads the benchmark's data set into a new database and reports how long it took.
// Usage: tsx bench/generate.ts [--scale 1] [--url sqlite:data/bench.sqlite | postgres://…]
import { parseArgs } from 'node:util';
import { createDb } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { loadDataset } from './dataset';

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, url: { type: 'string', default: 'sqlite:data/bench.sqlite' } },
  });
  const db = createDb({ url: values.url });
  try {
    await migrateToLatest(db);
    const report = await loadDataset(db, Number(values.scale), (done, total) =>
      process.stderr.write(`\r${done}/${total} tasks`),
    );
    process.stderr.write('\n');
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
