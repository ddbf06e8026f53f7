import { newId } from '../../src/ids';
import { drainCodingTasks } from '../../src/modules/coding/coding-worker';
import { changeLog } from '../support/changes';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

// Issue 18: the coding mutations record TASK_UPDATED with what they changed, the worker's steps record the task's
// status changes and progress as a WORKER, and training records the coder it makes.
describe(`${DIALECT}: changes of coding tasks and coders`, () => {
  let s: ProjectServer;
  let log: ReturnType<typeof changeLog>;
  let user: { kind: string; id: string };
  beforeAll(async () => {
    s = await startProjectServer();
    log = changeLog(s);
    user = { kind: 'USER', id: s.owner.userId };
  });
  afterAll(() => stopProjectServer(s));

  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await s.server.execute(query, { p: s.projectId, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const createTrainTask = async () =>
    (
      await run(
        `mutation($p: ID!) { codingTaskCreate(input: { projectId: $p, type: TRAIN, instructions: {} }) { task { id } } }`,
      )
    ).codingTaskCreate.task.id as string;
  const addData = async (taskId: string) =>
    (
      await run(
        `mutation($id: ID!) { taskDataAdd(taskId: $id, responses: [
          { setId: "a", variableId: "v", status: CODING_COMPLETE, value: "red", code: 1, score: 1 },
          { setId: "b", variableId: "v", status: CODING_COMPLETE, value: "blue", code: 2, score: 0 },
          { setId: "c", variableId: "v", status: CODING_COMPLETE, value: "red", code: 1, score: 1 }]) { chunk { id } } }`,
        { id: taskId },
      )
    ).taskDataAdd.chunk.id as string;

  it('codingTaskUpdate, taskDataAdd and taskDataDelete record TASK_UPDATED naming what changed', async () => {
    const id = await createTrainTask();
    const mark = await log.mark();
    await run(`mutation($id: ID!) { codingTaskUpdate(id: $id, input: { label: "L", type: null }) { task { id } } }`, {
      id,
    });
    const chunkId = await addData(id);
    await run(`mutation($id: ID!) { taskDataDelete(chunkId: $id) { deletedChunkId } }`, { id: chunkId });
    // Refused: the label holds a NUL character.
    const bad = await run(
      `mutation($id: ID!) { codingTaskUpdate(id: $id, input: { label: "a\\u0000" }) { userErrors { code } } }`,
      { id },
    );
    expect(bad.codingTaskUpdate.userErrors).toEqual([{ code: 'BAD_USER_INPUT' }]);
    const changes = await log.since(mark);
    const common = { type: 'TASK_UPDATED', objectType: 'Task', objectId: id, projectId: s.projectId, actor: user };
    expect(changes).toEqual([
      { ...common, payload: { changed: ['label'] } },
      { ...common, payload: { changed: ['dataChunks'], chunkId, responseCount: 3 } },
      { ...common, payload: { changed: ['dataChunks'], chunkId } },
    ]);
  });

  it('a task run by the worker records START, PROGRESS with done/total, the trained coder and FINISH as a WORKER', async () => {
    const id = await createTrainTask();
    await addData(id);
    await run(`mutation($id: ID!) { taskCommit(id: $id) { task { id } } }`, { id });
    const mark = await log.mark();
    expect(await drainCodingTasks(s.t.db, { workerId: 'w-changes', stepSize: 2 })).toBe(1);
    const worker = { kind: 'WORKER', id: 'w-changes' };
    const coderId = (await run(`query($id: ID!) { task(id: $id) { coding { coder { id } } } }`, { id })).task.coding
      .coder.id as string;
    const task = { objectType: 'Task', objectId: id, projectId: s.projectId, actor: worker };
    expect(await log.since(mark)).toEqual([
      {
        ...task,
        type: 'TASK_STATUS_CHANGED',
        payload: { from: 'PENDING', to: 'IN_PROGRESS', event: 'START', message: 'started by w-changes' },
      },
      {
        ...task,
        type: 'JOB_PROGRESS',
        payload: expect.objectContaining({ from: 'IN_PROGRESS', to: 'IN_PROGRESS', progress: { done: 2, total: 3 } }),
      },
      {
        ...task,
        type: 'JOB_PROGRESS',
        payload: expect.objectContaining({ progress: { done: 3, total: 3 } }),
      },
      {
        type: 'CODER_UPDATED',
        objectType: 'Coder',
        objectId: coderId,
        projectId: s.projectId,
        actor: worker,
        payload: { taskId: id, trainedOn: 3 },
      },
      {
        ...task,
        type: 'TASK_STATUS_CHANGED',
        payload: expect.objectContaining({ from: 'IN_PROGRESS', to: 'COMPLETED', event: 'FINISH' }),
      },
    ]);
  });

  it('a worker that fails a task records FAIL as a WORKER', async () => {
    // A coder without a learned model: the code task fails at its start.
    const coderId = newId('coder');
    const now = new Date().toISOString();
    await s.t.db
      .insertInto('coder')
      .values({
        id: coderId,
        projectId: s.projectId,
        kind: 'CODING',
        label: 'empty',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const id = (
      await run(
        `mutation($p: ID!, $c: ID!) { codingTaskCreate(input: { projectId: $p, type: CODE, coderId: $c }) { task { id } } }`,
        { c: coderId },
      )
    ).codingTaskCreate.task.id as string;
    await addData(id);
    await run(`mutation($id: ID!) { taskCommit(id: $id) { task { id } } }`, { id });
    const mark = await log.mark();
    await drainCodingTasks(s.t.db, { workerId: 'w-fail' });
    expect((await log.since(mark)).map((c) => [c.type, c.actor.kind, c.payload.to])).toEqual([
      ['TASK_STATUS_CHANGED', 'WORKER', 'IN_PROGRESS'],
      ['TASK_STATUS_CHANGED', 'WORKER', 'FAILED'],
    ]);

    // The task is closed: its coder can go, and that records CODER_DELETED; a second delete is refused, unrecorded.
    const deleted = await log.mark();
    expect(
      (await run(`mutation($id: ID!) { coderDelete(id: $id) { deletedCoderId } }`, { id: coderId })).coderDelete,
    ).toEqual({
      deletedCoderId: coderId,
    });
    const again = await run(`mutation($id: ID!) { coderDelete(id: $id) { userErrors { code } } }`, { id: coderId });
    expect(again.coderDelete.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(await log.since(deleted)).toEqual([
      {
        type: 'CODER_DELETED',
        objectType: 'Coder',
        objectId: coderId,
        projectId: s.projectId,
        actor: user,
        payload: { kind: 'CODING' },
      },
    ]);
  });
});
