import type { Database } from '../../src/db/database';
import { recordChange, transactionWithChanges } from '../../src/modules/change/change-log';
import { DIALECT } from '../support/db';
import { useChangesCli } from './changes-cli';

// `annograph changes` without --follow: the project's change log as JSON lines, as Query.changes gives it, and the
// refusals of a bad project, cursor or type.
jest.setTimeout(90_000);

describe(`${DIALECT}: annograph changes`, () => {
  const suite = useChangesCli();
  const { run, newProject } = suite;
  let db: Database;
  beforeAll(() => {
    db = suite.db();
  });

  it('prints every change of the project as JSON lines, oldest first, with the fields of the API, and exits 0', async () => {
    const p = await newProject('Printed project');
    const other = await newProject('Other project');
    const first = await p.createTask();
    await p.createTask();
    await p.cancelTask(first);
    await other.createTask();
    // More than one page of the command's reads (500): one transaction of 1,100 changes by the real writer.
    await transactionWithChanges(db, async (trx) => {
      for (let i = 0; i < 1100; i++)
        recordChange(trx, {
          type: 'TASK_UPDATED',
          objectId: first,
          projectId: p.projectId,
          by: { kind: 'SYSTEM', id: null },
          payload: { changed: ['metadata'], i },
        });
    });
    await p.createTask();

    const expected = await p.apiChanges();
    expect(expected).toHaveLength(1104);
    const byId = await run(['changes', '--project', p.projectId]);
    expect(byId.stderr).not.toMatch(/annograph:/);
    expect(byId.code).toBe(0);
    expect(byId.lines).toEqual(expected);
    expect(byId.lines.map((c) => c.payload.i).filter((i) => i !== undefined)).toEqual([...Array(1100).keys()]);

    // By name, from a cursor, and only some types.
    const statusCursor = expected[2].cursor;
    const byName = await run([
      'changes',
      '--project',
      'Printed project',
      '--after',
      statusCursor,
      '--types',
      'TASK_CREATED',
    ]);
    expect(byName.code).toBe(0);
    expect(byName.lines).toEqual([expected[expected.length - 1]]);
    const statuses = await run(['changes', '--project', p.projectId, '--types', 'TASK_STATUS_CHANGED,TASK_DELETED']);
    expect(statuses.lines).toEqual([expected[2]]);
    expect(statuses.lines[0]).toMatchObject({
      type: 'TASK_STATUS_CHANGED',
      objectId: first,
      actor: { kind: 'USER', userId: p.owner.userId, tokenId: null, worker: null },
      payload: expect.objectContaining({ from: 'PENDING', to: 'CANCELED' }),
    });
  });

  it('refuses an unknown project, a bad cursor and an unknown type with a message and exit code 1', async () => {
    const p = await newProject('Refusing project');
    await p.createTask();
    const [unknownName, unknownId, badCursor, badType] = await Promise.all([
      run(['changes', '--project', 'No such project']),
      run(['changes', '--project', 'proj_01ARZ3NDEKTSV4RRFFQ69G5FAV']),
      run(['changes', '--project', p.projectId, '--after', 'not-a-cursor']),
      run(['changes', '--project', p.projectId, '--types', 'TASK_CREATED,TASK_EXPLODED']),
    ]);
    expect(unknownName).toMatchObject({ code: 1, lines: [] });
    expect(unknownName.stderr).toMatch(/no project named "No such project"/);
    expect(unknownId).toMatchObject({ code: 1, lines: [] });
    expect(unknownId.stderr).toMatch(/no project proj_01ARZ3NDEKTSV4RRFFQ69G5FAV/);
    expect(badCursor).toMatchObject({ code: 1, lines: [] });
    expect(badCursor.stderr).toMatch(/--after: "not-a-cursor" is not a change cursor/);
    expect(badType).toMatchObject({ code: 1, lines: [] });
    expect(badType.stderr).toMatch(/unknown change type TASK_EXPLODED/);
  });
});
