import { printChanges } from '../../src/cli/changes-command';
import type { Database } from '../../src/db/database';
import { recordChange, transactionWithChanges } from '../../src/modules/change/change-log';
import { waitFor } from '../support/live-server';
import { DIALECT } from '../support/db';
import { useChangesCli } from './changes-cli';

// `annograph changes --follow`: the backlog, then every later commit once and in order, until a signal ends it.
jest.setTimeout(90_000);

describe(`${DIALECT}: annograph changes`, () => {
  const suite = useChangesCli();
  const { cli, newProject } = suite;
  let db: Database;
  beforeAll(() => {
    db = suite.db();
  });

  it('--follow prints the backlog, then what any process commits, once each and in order, until SIGINT (exit 0)', async () => {
    const p = await newProject('Followed project');
    const other = await newProject('Unfollowed project');
    const tasks = [await p.createTask(), await p.createTask(), await p.createTask()];
    const c = cli(['changes', '--project', p.projectId, '--follow']);
    try {
      // Commits race the command's start (its backlog read and the feed's registration) until the backlog is out…
      while (c.lines().length < 3) {
        tasks.push(await p.createTask());
        await new Promise((r) => setTimeout(r, 25));
        if (c.child.exitCode !== null) throw new Error(`the command ended: ${c.stderr()}`);
      }
      // …then more once it is live, and changes of another project, which it must not print.
      await other.createTask();
      for (let i = 0; i < 3; i++) tasks.push(await p.createTask());
      await p.cancelTask(tasks[0]);
      await other.createTask();
      await p.createTask();
      const expected = await p.apiChanges();
      await waitFor(() => c.lines().length >= expected.length, 15_000);
      expect(c.lines()).toEqual(expected);
      expect(new Set(c.lines().map((l) => l.id)).size).toBe(expected.length);
    } finally {
      c.child.kill('SIGINT');
    }
    expect(await c.exited).toBe(0);
    // Nothing came after the last expected line, either (a duplicate would have).
    expect(c.lines()).toEqual(await p.apiChanges());
    expect(c.stderr()).not.toMatch(/annograph:/);
  });

  it('--follow with --after and --types prints only those, and SIGTERM ends it with exit code 0', async () => {
    const p = await newProject('Filtered project');
    const a = await p.createTask();
    const mark = (await p.apiChanges()).at(-1).cursor as string;
    await p.cancelTask(a);
    const c = cli(['changes', '--project', p.projectId, '--follow', '--after', mark, '--types', 'TASK_STATUS_CHANGED']);
    try {
      await waitFor(() => c.lines().length >= 1, 15_000);
      const b = await p.createTask();
      await p.cancelTask(b);
      const expected = (await p.apiChanges()).filter((x) => x.type === 'TASK_STATUS_CHANGED');
      expect(expected.map((x) => x.objectId)).toEqual([a, b]);
      await waitFor(() => c.lines().length >= 2, 15_000);
      expect(c.lines()).toEqual(expected);
    } finally {
      c.child.kill('SIGTERM');
    }
    expect(await c.exited).toBe(0);
  });

  it('--follow, in process: a change committed while the backlog is read is printed once, at its place', async () => {
    const p = await newProject('Seam project');
    const bulk = (n: number, mark: string) =>
      transactionWithChanges(db, async (trx) => {
        for (let i = 0; i < n; i++)
          recordChange(trx, {
            type: 'TASK_UPDATED',
            objectId: p.projectId,
            objectType: 'Project',
            projectId: p.projectId,
            by: { kind: 'SYSTEM', id: null },
            payload: { mark, i },
          });
      });
    await bulk(1200, 'backlog');
    const printed: any[] = [];
    const stop = new AbortController();
    const during: { commit?: Promise<unknown> } = {};
    const done = printChanges(
      db,
      { project: p.projectId, follow: true },
      (line) => {
        printed.push(JSON.parse(line));
        // Between the backlog's first and second page (500 each): in both the backlog and the feed's reads.
        if (printed.length === 1) during.commit = bulk(3, 'during');
      },
      { stop: stop.signal, pollMs: 20 },
    );
    await waitFor(() => printed.length >= 1203, 15_000);
    await during.commit;
    await bulk(2, 'after');
    await waitFor(() => printed.length >= 1205, 15_000);
    stop.abort();
    await done;
    const expected = await p.apiChanges();
    expect(expected).toHaveLength(1205);
    expect(printed).toEqual(expected);
    expect(printed.slice(1200).map((c) => c.payload.mark)).toEqual(['during', 'during', 'during', 'after', 'after']);
  });
});
