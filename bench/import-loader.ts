// The hand-written loader the import bench compares `annograph import scale` with (issue 20, section 3): the same
// rows, mapped by the project's own Scale mapping (scale-to-rows.ts), inserted with nothing else: no validation, no
// hashing, no lookups, no change log. SQLite: one prepared statement per table, one transaction for the file.
// PostgreSQL: COPY FROM STDIN (pg-copy-streams) per table and chunk, one transaction for the file.
// Usage: tsx bench/import-loader.ts <file.jsonl> <database url> <project id>; prints {"rows":{...},"seconds":...}
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { emptyBundle, TABLE_ORDER, type RowBundle } from '../src/db/row-bundle';
import { newId } from '../src/ids';
import { addScaleTask } from '../src/modules/scale/scale-to-rows';
import { refId, type ScaleTaskRecord } from '../src/modules/scale/scale-task.schema';

const [file, url, projectId] = process.argv.slice(2);
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
type Row = Record<string, unknown>;
const HASH_STAND_IN = '0'.repeat(64);
type Sink = { write: (bundle: RowBundle) => Promise<void> | void; done: () => Promise<void> | void };

function sqliteSink(): Sink {
  const db = new SQLite(url.replace(/^sqlite:/, ''));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  const statements = new Map<string, { columns: string[]; statement: SQLite.Statement }>();
  db.exec('begin');
  return {
    write: (bundle) => {
      for (const table of TABLE_ORDER) {
        for (const row of bundle[table] as Row[]) {
          let s = statements.get(table);
          if (!s) {
            const columns = Object.keys(row);
            const sql = `insert into ${snake(table)} (${columns.map(snake).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
            statements.set(table, (s = { columns, statement: db.prepare(sql) }));
          }
          s.statement.run(s.columns.map((c) => row[c] ?? null));
        }
      }
    },
    done: () => {
      db.exec('commit');
      db.close();
    },
  };
}

/** A value in COPY's text format: \N for null, backslash escapes for the characters the format gives a meaning. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
}

async function postgresSink(): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('begin');
  return {
    write: async (bundle) => {
      for (const table of TABLE_ORDER) {
        const rows = bundle[table] as Row[];
        if (!rows.length) continue;
        const columns = Object.keys(rows[0]);
        const text = rows.map((r) => columns.map((c) => copyText(r[c])).join('\t')).join('\n') + '\n';
        const copy = client.query(copyFrom(`copy ${snake(table)} (${columns.map(snake).join(', ')}) from stdin`));
        await pipeline(Readable.from([text]), copy);
      }
    },
    done: async () => {
      await client.query('commit');
      await client.end();
    },
  };
}

async function main() {
  const started = performance.now();
  const sink = /^postgres(ql)?:\/\//.test(url) ? await postgresSink() : sqliteSink();
  const now = new Date().toISOString();
  const batches = new Map<string, string>();
  const counts: Record<string, number> = {};
  let bundle = emptyBundle();
  let held = 0;
  const flush = async () => {
    for (const table of TABLE_ORDER)
      if (bundle[table].length) counts[table] = (counts[table] ?? 0) + bundle[table].length;
    await sink.write(bundle);
    bundle = emptyBundle();
    held = 0;
  };
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    if (!text.trim()) continue;
    const value = JSON.parse(text) as ScaleTaskRecord;
    const ref = refId(value.batch);
    let batchId = ref ? batches.get(ref) : null;
    if (ref && !batchId) {
      batches.set(ref, (batchId = newId('batch')));
      bundle.batch.push({
        id: batchId,
        projectId,
        kind: 'TASKS',
        name: ref,
        status: 'IN_PROGRESS',
        source: 'SCALE',
        externalId: ref,
        createdAt: now,
        updatedAt: now,
      });
    }
    // The import stores each record's sha256 (its idempotency key); the loader does not hash, the column gets as
    // many bytes: the import's hashing counts as a cost of the import.
    const hash = HASH_STAND_IN;
    addScaleTask(bundle, newId, value, { taskId: newId('task'), projectId, batchId: batchId ?? null, hash, now });
    if (++held >= 250) await flush();
  }
  await flush();
  await sink.done();
  process.stdout.write(`${JSON.stringify({ rows: counts, seconds: (performance.now() - started) / 1000 })}\n`);
}

main().catch((error) => {
  process.stderr.write(`loader failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
