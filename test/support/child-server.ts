import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type Database } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { DIALECT } from './db';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A migrated database several processes can open at once: a SQLite file (WAL), or a PostgreSQL schema of its own.
 * `env` is what a child process needs to open it (DATABASE_URL, SEARCH_PATH), as test/support/kill-server.ts reads.
 */
export async function sharedDatabase(prefix: string) {
  if (DIALECT === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `annograph-${prefix}-`));
    const file = path.join(dir, `${prefix}.sqlite`);
    const db: Database = createDb({ url: `sqlite:${file}` });
    await migrateToLatest(db);
    return {
      db,
      env: { DATABASE_URL: `sqlite:${file}`, SEARCH_PATH: '' },
      cleanup: async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.DATABASE_URL!;
  const schema = `test_${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db: Database = createDb({ url, searchPath: schema, poolSize: 3 });
  await migrateToLatest(db, schema);
  return {
    db,
    env: { DATABASE_URL: url, SEARCH_PATH: schema },
    cleanup: async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export type ChildServer = { proc: ChildProcess; url: string; exited: Promise<unknown>; output: () => string };

/** The real server (test/support/kill-server.ts) in a process of its own; resolves once it listens. */
export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/support/kill-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', CODING_WORKER: 'off', RATE_LIMIT_POINTS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout.on('data', (d) => (output += d));
  proc.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve(signal ?? code)));
  return new Promise<ChildServer>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = /LISTENING (\S+)/.exec(output);
      if (!match) return;
      clearInterval(poll);
      clearTimeout(limit);
      resolve({ proc, url: match[1], exited, output: () => output });
    }, 20);
    const limit = setTimeout(() => {
      clearInterval(poll);
      proc.kill('SIGKILL');
      reject(new Error(`the server did not start within 25 s:\n${output}`));
    }, 25_000);
    void exited.then(() => {
      clearInterval(poll);
      clearTimeout(limit);
      reject(new Error(`the server exited before listening:\n${output}`));
    });
  });
}
