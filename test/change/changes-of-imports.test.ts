import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { changeLog } from '../support/changes';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

const IMPORT = `mutation($p: ID!, $t: [JSON!]!) {
  taskImportScale(input: { projectId: $p, tasks: $t }) { summary { created updated unchanged failed } userErrors { code } }
}`;

/** A Scale task record with a conversation: its threads and messages are part of the task's one change. */
const record = (taskId: string, extra: Record<string, unknown> = {}) => ({
  task_id: taskId,
  status: 'pending',
  created_at: '2024-01-01T00:00:00.000Z',
  batch: 'import batch',
  threads: [
    { id: `${taskId}-th`, turns: [{ id: `${taskId}-tu`, messages: [{ role: 'user', content: { text: 'hi' } }] }] },
  ],
  ...extra,
});

// Issue 18: an import records one change per task it writes (and per batch it creates), none per child row, and
// nothing for a record it skips as unchanged.
describe(`${DIALECT}: changes of Scale imports`, () => {
  let s: ProjectServer;
  let log: ReturnType<typeof changeLog>;
  beforeAll(async () => {
    s = await startProjectServer('Imports');
    log = changeLog(s);
  });
  afterAll(() => stopProjectServer(s));

  const importTasks = async (tasks: unknown[]) => {
    const result = await s.server.execute(IMPORT, { p: s.projectId, t: tasks });
    expect(result.errors).toBeUndefined();
    return result.data!.taskImportScale;
  };
  const taskIdOf = async (externalId: string) =>
    (
      await s.server.execute(
        `query($p: ID!, $e: String) { project(id: $p) { tasks(filter: { externalId: $e }) { nodes { id } } } }`,
        { p: s.projectId, e: externalId },
      )
    ).data!.project.tasks.nodes[0].id as string;

  it('records N TASK_CREATED (and the batch it creates) for N new records, nothing for unchanged ones', async () => {
    const records = ['s1', 's2', 's3'].map((id) => record(id));
    const mark = await log.mark();
    expect((await importTasks(records)).summary).toMatchObject({ created: 3, failed: 0 });
    const changes = await log.since(mark);
    const user = { kind: 'USER', id: s.owner.userId };
    expect(changes[0]).toMatchObject({ type: 'BATCH_CREATED', objectType: 'Batch', actor: user });
    expect(changes.slice(1)).toEqual(
      await Promise.all(
        ['s1', 's2', 's3'].map(async (externalId) => ({
          type: 'TASK_CREATED',
          objectType: 'Task',
          objectId: await taskIdOf(externalId),
          projectId: s.projectId,
          actor: user,
          payload: { kind: 'GENAI', status: 'PENDING', externalId },
        })),
      ),
    );
    expect(changes).toHaveLength(4);

    const again = await log.mark();
    expect((await importTasks(records)).summary).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await log.since(again)).toEqual([]);

    // One record changed: one TASK_UPDATED for its task, whose id stays.
    const changed = await log.mark();
    const id = await taskIdOf('s2');
    expect((await importTasks([records[0], record('s2', { metadata: { n: 2 } })])).summary).toMatchObject({
      updated: 1,
      unchanged: 1,
    });
    expect(await log.since(changed)).toEqual([
      expect.objectContaining({
        type: 'TASK_UPDATED',
        objectId: id,
        payload: { externalId: 's2', status: 'PENDING', replaced: true },
      }),
    ]);
  });

  it('records nothing for a refused import and names Annograph itself for an import without a person', async () => {
    const mark = await log.mark();
    const refused = await importTasks(Array.from({ length: 1001 }, (_, i) => record(`x${i}`)));
    expect(refused.userErrors).toEqual([{ code: 'BAD_USER_INPUT' }]);
    expect(await log.since(mark)).toEqual([]);
    // The CLI's import (`annograph import scale`) passes no actor: SYSTEM.
    await importScaleTasks(s.t.db, s.projectId, [{ line: 1, value: record('cli1', { batch: null }) }]);
    expect(await log.since(mark)).toEqual([
      expect.objectContaining({
        type: 'TASK_CREATED',
        objectId: await taskIdOf('cli1'),
        actor: { kind: 'SYSTEM', id: null },
      }),
    ]);
  });
});
