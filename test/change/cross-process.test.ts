import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedDatabase, startChildServer, type ChildServer } from '../support/child-server';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { collect, liveClient, waitFor } from '../support/live-server';

// Issue 18: a change written by another process reaches a subscriber within 1 s. PostgreSQL: instance A writes,
// instance B's subscriber hears it (LISTEN/NOTIFY wakes B, which reads the log by cursor). SQLite: the same two
// server processes on one file, and the CLI importing (B notices by polling the change counter).
const ROOT = path.resolve(__dirname, '../..');
const WITHIN_MS = 1000;
const SUBSCRIBE = `subscription($p: ID!) { changes(projectId: $p, types: [TASK_CREATED]) { objectId payload } }`;

describe(`${DIALECT}: changes across processes`, () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let a: ChildServer;
  let b: ChildServer;
  let projectId: string;
  let secret: string;
  beforeAll(async () => {
    shared = await sharedDatabase('live');
    ({
      projectId,
      owner: { secret },
    } = await insertProject(shared.db, 'Cross-process'));
    [a, b] = await Promise.all([startChildServer(shared.env), startChildServer(shared.env)]);
  }, 60_000);
  afterAll(async () => {
    for (const child of [a, b]) child?.proc.kill('SIGKILL');
    await shared?.cleanup();
  });

  const subscribeOnB = () => {
    const { client } = liveClient(b.url.replace(/^http/, 'ws'), { authorization: `Token ${secret}` });
    const seen = new Map<string, number>();
    const sub = collect<any>(client, SUBSCRIBE, { p: projectId });
    const timer = setInterval(() => {
      for (const e of sub.events) if (!seen.has(e.data.changes.objectId)) seen.set(e.data.changes.objectId, Date.now());
    }, 5);
    return { client, seen, close: async () => (clearInterval(timer), await client.dispose()) };
  };

  it('delivers a change committed by instance A to a subscriber of instance B within 1 s', async () => {
    const sub = subscribeOnB();
    try {
      await new Promise((r) => setTimeout(r, 300)); // the subscription is registered on B
      for (let i = 0; i < 3; i++) {
        const response = await fetch(a.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Token ${secret}` },
          body: JSON.stringify({
            query: `mutation($p: ID!) { taskCreate(input: { projectId: $p }) { task { id } } }`,
            variables: { p: projectId },
          }),
        });
        const committedAt = Date.now();
        const id = (await response.json()).data.taskCreate.task.id as string;
        await waitFor(() => sub.seen.has(id), 5_000);
        expect(sub.seen.get(id)! - committedAt).toBeLessThan(WITHIN_MS);
      }
    } finally {
      await sub.close();
    }
  });

  // SQLite's own case (the words): a process that is no server. On PostgreSQL every writer NOTIFYs alike, the
  // case above.
  const sqliteOnly = DIALECT === 'sqlite' ? it : () => undefined;
  sqliteOnly('delivers what the CLI imports to a subscriber of a server within 1 s', async () => {
    const sub = subscribeOnB();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-cli-import-'));
    try {
      await new Promise((r) => setTimeout(r, 300));
      const file = path.join(dir, 'tasks.jsonl');
      const ids = ['cli-1', 'cli-2'];
      fs.writeFileSync(
        file,
        ids
          .map((task_id) => JSON.stringify({ task_id, status: 'pending', created_at: '2026-12-01T00:00:00Z' }))
          .join('\n'),
      );
      const exited = await new Promise<{ code: number | null; at: number; output: string }>((resolve) => {
        let output = '';
        const cli = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/cli/index.ts', 'import', 'scale', file, '--project', projectId],
          { cwd: ROOT, env: { ...process.env, ...shared.env }, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        cli.stdout.on('data', (d) => (output += d));
        cli.stderr.on('data', (d) => (output += d));
        cli.on('exit', (code) => resolve({ code, at: Date.now(), output }));
      });
      if (exited.code !== 0) throw new Error(`the CLI failed: ${exited.output}`);
      await waitFor(() => sub.seen.size >= ids.length, 5_000);
      for (const at of sub.seen.values()) expect(at - exited.at).toBeLessThan(WITHIN_MS);
    } finally {
      await sub.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
