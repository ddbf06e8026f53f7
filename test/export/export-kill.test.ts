import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Database } from '../../src/db/database';
import { newId } from '../../src/ids';
import { drainExports } from '../../src/modules/export/export-worker';
import { sharedDatabase, startChildServer } from '../support/child-server';
import { DIALECT } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// kill -9 in the middle of an export loses and doubles nothing (issue 19, section 2). A real server (kill-server.ts,
// startAnnograph with its export worker) writes a SCALE_JSONL export of TASKS tasks in pages of PAGE tasks and is
// SIGKILLed once some pages are committed; a second server takes the job over when the lease runs out, cuts the
// part file back to the last committed page and finishes. The file equals, byte for byte and by sha256, the one an
// uninterrupted export of the same tasks writes in this process.
const TASKS = 400;
const PAGE = 10;
const LEASE_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`${DIALECT}: kill -9 during an export`, () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let db: Database;
  let dir: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    shared = await sharedDatabase('expkill');
    db = shared.db;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-expkill-'));
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await shared?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = async () => {
    const child = await startChildServer({
      ...shared.env,
      EXPORT_WORKER: 'on',
      EXPORT_DIR: path.join(dir, 'server'),
      EXPORT_PAGE_SIZE: String(PAGE),
      WEBHOOK_WORKER: 'off',
      WORKER_LEASE_MS: String(LEASE_MS),
      WORKER_INTERVAL_MS: '100',
    });
    children.push(child.proc);
    return child;
  };
  const jobRow = (id: string) => db.selectFrom('exportJob').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const insertJob = async (projectId: string) => {
    const id = newId('exportJob');
    await db
      .insertInto('exportJob')
      .values({
        id,
        projectId,
        format: 'SCALE_JSONL',
        filterJson: '{}',
        optionsJson: '{}',
        status: 'PENDING',
        createdAt: new Date().toISOString(),
      })
      .execute();
    return id;
  };

  it('resumes at the last committed page: the same bytes and sha256 as an uninterrupted run', async () => {
    const { projectId } = await insertProject(db, 'Kill export');
    await insertGenAiTasks(db, projectId, TASKS, { threads: 1, turns: 2, annotationsPerLevel: 1, chunks: 1 });

    // The reference, written in this process without interruption.
    const reference = await insertJob(projectId);
    await drainExports(db, { workerId: 'reference', dir: path.join(dir, 'reference'), pageSize: PAGE, ttlHours: 1 });
    const expected = await jobRow(reference);
    expect(expected.status).toBe('COMPLETED');
    const expectedBytes = fs.readFileSync(expected.filePath!);
    expect(expectedBytes.toString('utf8').trim().split('\n')).toHaveLength(TASKS);

    const id = await insertJob(projectId);
    const first = await start();
    for (const end = Date.now() + 60_000; Date.now() < end; await sleep(10)) {
      const row = await jobRow(id);
      if (row.rootObjectCount >= TASKS / 4) break;
      if (row.status === 'COMPLETED') throw new Error('finished before the kill: make the export larger');
    }
    first.proc.kill('SIGKILL');
    await first.exited;
    const killed = await jobRow(id);
    expect(killed.status).toBe('IN_PROGRESS');
    expect(killed.rootObjectCount).toBeLessThan(TASKS);

    await start();
    let done = killed;
    for (const end = Date.now() + 60_000; Date.now() < end && done.status !== 'COMPLETED'; await sleep(50))
      done = await jobRow(id);
    expect(done).toMatchObject({ status: 'COMPLETED', objectCount: TASKS, rootObjectCount: TASKS, totalCount: TASKS });
    expect(done.sha256).toBe(expected.sha256);
    const bytes = fs.readFileSync(done.filePath!);
    expect(bytes.length).toBe(done.fileSize);
    const ids = bytes
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).task_id as string);
    expect(new Set(ids).size).toBe(TASKS);
    expect(bytes.equals(expectedBytes)).toBe(true);
    expect(fs.existsSync(`${done.filePath}.part`)).toBe(false);
  }, 120_000);
});
