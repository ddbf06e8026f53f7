import type { Database } from '../../src/db/database';
import { DIALECT } from '../support/db';
import { useChangesCli } from './changes-cli';

// `annograph changes prune`: deletes changes older than --days.
jest.setTimeout(90_000);

describe(`${DIALECT}: annograph changes`, () => {
  const suite = useChangesCli();
  const { run, newProject, cliText } = suite;
  let db: Database;
  beforeAll(() => {
    db = suite.db();
  });

  it('changes prune deletes what is older than --days and prints how many; a bad --days exits 1', async () => {
    const p = await newProject('Pruned project');
    await p.createTask();
    await p.createTask();
    const [old] = await p.apiChanges();
    const longAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString();
    await db.updateTable('change').set({ createdAt: longAgo }).where('id', '=', old.id).execute();

    const refused = await run(['changes', 'prune', '--days', '0']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--days/);
    const kept = await cliText(['changes', 'prune', '--days', '11']);
    expect(kept).toMatchObject({ code: 0, out: expect.stringMatching(/^deleted 0 changes/) });
    const pruned = await cliText(['changes', 'prune', '--days', '9']);
    expect(pruned).toMatchObject({ code: 0, out: expect.stringMatching(/^deleted 1 changes/) });
    expect((await p.apiChanges()).map((x) => x.id)).not.toContain(old.id);
    expect(await p.apiChanges()).toHaveLength(1);
  });
});
