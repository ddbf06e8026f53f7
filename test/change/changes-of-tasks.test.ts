import { changeLog } from '../support/changes';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

// Issue 18: every mutation on tasks, their conversations, batches and deliveries records its change(s) in its own
// transaction; a refused one records nothing.
describe(`${DIALECT}: changes of tasks, conversations, batches and deliveries`, () => {
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
  const createTask = async (batchId?: string) =>
    (
      await run(`mutation($p: ID!, $b: ID) { taskCreate(input: { projectId: $p, batchId: $b }) { task { id } } }`, {
        b: batchId,
      })
    ).taskCreate.task.id as string;
  const createBatch = async (name: string, staging = false) =>
    (
      await run(
        `mutation($p: ID!, $n: String!, $s: Boolean) { batchCreate(input: { projectId: $p, name: $n, staging: $s }) { batch { id } } }`,
        { n: name, s: staging },
      )
    ).batchCreate.batch.id as string;
  /** The changes `act` recorded. */
  const recorded = async (act: () => Promise<unknown>) => {
    const mark = await log.mark();
    await act();
    return log.since(mark);
  };

  it('taskSetMetadata records TASK_UPDATED with changed metadata; taskDelete records TASK_DELETED', async () => {
    const id = await createTask();
    const set = await recorded(() =>
      run(`mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { a: 1 }, merge: true) { task { id } } }`, { id }),
    );
    expect(set).toEqual([
      {
        type: 'TASK_UPDATED',
        objectType: 'Task',
        objectId: id,
        projectId: s.projectId,
        actor: user,
        payload: { changed: ['metadata'] },
      },
    ]);
    const deleted = await recorded(() => run(`mutation($id: ID!) { taskDelete(id: $id) { task { id } } }`, { id }));
    expect(deleted).toEqual([
      expect.objectContaining({
        type: 'TASK_DELETED',
        objectId: id,
        actor: user,
        payload: expect.objectContaining({ from: 'PENDING', to: 'DELETED', event: 'DELETE' }),
      }),
    ]);
  });

  it('records nothing for refused mutations', async () => {
    const id = await createTask();
    await run(`mutation($id: ID!) { taskDelete(id: $id) { task { id } } }`, { id });
    const refused = await recorded(async () => {
      const again = await run(`mutation($id: ID!) { taskDelete(id: $id) { userErrors { code } } }`, { id });
      expect(again.taskDelete.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
      // Closed task: its conversation no longer grows.
      const thread = await run(`mutation($id: ID!) { threadAppend(input: { taskId: $id }) { userErrors { code } } }`, {
        id,
      });
      expect(thread.threadAppend.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
      const meta = await run(`mutation($id: ID!) { taskSetMetadata(id: $id, metadata: 3) { userErrors { code } } }`, {
        id,
      });
      expect(meta.taskSetMetadata.userErrors).toEqual([{ code: 'BAD_USER_INPUT' }]);
      const batch = await createBatch('refused');
      const resume = await run(`mutation($id: ID!) { batchResume(id: $id) { userErrors { code } } }`, { id: batch });
      expect(resume.batchResume.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
      const delivery = await run(
        `mutation($p: ID!, $t: [ID!]) { deliveryCreate(input: { projectId: $p, name: "none", taskIds: $t }) { userErrors { code } } }`,
        { t: [id] },
      );
      expect(delivery.deliveryCreate.userErrors).toEqual([{ code: 'PRECONDITION_FAILED' }]);
    });
    // Only the batch made on the way.
    expect(refused.map((c) => c.type)).toEqual(['BATCH_CREATED']);
  });

  it('threadAppend, turnAppend and messageAppend record one change each, naming their parents', async () => {
    const taskId = await createTask();
    let threadId = '';
    let turnId = '';
    let messageId = '';
    const changes = await recorded(async () => {
      threadId = (
        await run(`mutation($id: ID!) { threadAppend(input: { taskId: $id }) { thread { id } } }`, { id: taskId })
      ).threadAppend.thread.id;
      turnId = (
        await run(`mutation($id: ID!) { turnAppend(input: { threadId: $id }) { turn { id } } }`, { id: threadId })
      ).turnAppend.turn.id;
      messageId = (
        await run(
          `mutation($id: ID!) { messageAppend(input: { turnId: $id, role: USER, text: "hi", chunks: [{ text: "h" }, { text: "i" }] }) { message { id } } }`,
          { id: turnId },
        )
      ).messageAppend.message.id;
    });
    expect(changes).toEqual([
      expect.objectContaining({
        type: 'THREAD_CREATED',
        objectType: 'Thread',
        objectId: threadId,
        actor: user,
        payload: { taskId },
      }),
      expect.objectContaining({
        type: 'TURN_CREATED',
        objectType: 'Turn',
        objectId: turnId,
        payload: { taskId, threadId },
      }),
      // One change for the message: its chunks are part of it.
      expect.objectContaining({
        type: 'MESSAGE_CREATED',
        objectType: 'Message',
        objectId: messageId,
        payload: { taskId, threadId, turnId, role: 'USER' },
      }),
    ]);
  });

  it('batch lifecycle records BATCH_CREATED, BATCH_STATUS_CHANGED with from/to and BATCH_UPDATED', async () => {
    let id = '';
    const changes = await recorded(async () => {
      id = await createBatch('lifecycle', true);
      await run(`mutation($id: ID!) { batchFinalize(id: $id) { batch { id } } }`, { id });
      await run(`mutation($id: ID!) { batchPause(id: $id) { batch { id } } }`, { id });
      await run(`mutation($id: ID!) { batchResume(id: $id) { batch { id } } }`, { id });
      await run(`mutation($id: ID!) { batchSetMetadata(id: $id, metadata: { k: "v" }) { batch { id } } }`, { id });
      await run(`mutation($id: ID!) { batchCancel(id: $id) { batch { id } } }`, { id });
    });
    const common = { objectType: 'Batch', objectId: id, projectId: s.projectId, actor: user };
    expect(changes).toEqual([
      { ...common, type: 'BATCH_CREATED', payload: { kind: 'TASKS', status: 'STAGING' } },
      { ...common, type: 'BATCH_STATUS_CHANGED', payload: { from: 'STAGING', to: 'IN_PROGRESS' } },
      { ...common, type: 'BATCH_STATUS_CHANGED', payload: { from: 'IN_PROGRESS', to: 'PAUSED' } },
      { ...common, type: 'BATCH_STATUS_CHANGED', payload: { from: 'PAUSED', to: 'IN_PROGRESS' } },
      { ...common, type: 'BATCH_UPDATED', payload: { changed: ['metadata'] } },
      { ...common, type: 'BATCH_STATUS_CHANGED', payload: { from: 'IN_PROGRESS', to: 'CANCELED', canceledTasks: 0 } },
    ]);
  });

  it('batchCancel records a TASK_STATUS_CHANGED and an ABORT event for each PENDING task it cancels', async () => {
    const batchId = await createBatch('with tasks');
    const pending = [await createTask(batchId), await createTask(batchId)];
    const done = await createTask(batchId);
    await run(`mutation($id: ID!) { taskComplete(id: $id) { task { id } } }`, { id: done });
    const changes = await recorded(() =>
      run(`mutation($id: ID!) { batchCancel(id: $id) { batch { id } } }`, { id: batchId }),
    );
    expect(changes).toEqual([
      ...pending.map((taskId) => ({
        type: 'TASK_STATUS_CHANGED',
        objectType: 'Task',
        objectId: taskId,
        projectId: s.projectId,
        actor: user,
        payload: { from: 'PENDING', to: 'CANCELED', event: 'ABORT', message: 'its batch was canceled', batchId },
      })),
      expect.objectContaining({
        type: 'BATCH_STATUS_CHANGED',
        objectId: batchId,
        payload: { from: 'IN_PROGRESS', to: 'CANCELED', canceledTasks: 2 },
      }),
    ]);
    const task = await run(
      `query($id: ID!) { task(id: $id) { status events { nodes { kind message actor { id } } } } }`,
      {
        id: pending[0],
      },
    );
    expect(task.task.status).toBe('CANCELED');
    expect(task.task.events.nodes.map((e: { kind: string }) => e.kind)).toEqual(['CREATE', 'ABORT']);
    expect(task.task.events.nodes[1]).toEqual({
      kind: 'ABORT',
      message: 'its batch was canceled',
      actor: { id: s.owner.userId },
    });
  });

  it('writes the changes of a mutation in one INSERT (and one counter update on PostgreSQL) however many it records', async () => {
    // batchCancel of a batch with one PENDING task records 2 changes; with four, 5: the same statements.
    const statementsOfCancel = async (tasks: number) => {
      const batchId = await createBatch(`count ${tasks}`);
      for (let i = 0; i < tasks; i++) await createTask(batchId);
      s.t.statements.length = 0;
      await run(`mutation($id: ID!) { batchCancel(id: $id) { batch { id } } }`, { id: batchId });
      return [...s.t.statements];
    };
    const one = await statementsOfCancel(1);
    const four = await statementsOfCancel(4);
    // PostgreSQL reserves the sequences with one counter update; SQLite numbers them in the INSERT itself.
    const counterUpdates = (list: string[]) => list.filter((q) => /^update "?change_counter"?/i.test(q)).length;
    const changeInserts = (list: string[]) => list.filter((q) => /^insert into "?change"? /i.test(q)).length;
    const counters = DIALECT === 'postgres' ? 1 : 0;
    expect([counterUpdates(one), changeInserts(one)]).toEqual([counters, 1]);
    expect([counterUpdates(four), changeInserts(four)]).toEqual([counters, 1]);
    expect(four).toHaveLength(one.length);
  });

  it('deliveryCreate records one DELIVERY_CREATED with the number of tasks it took', async () => {
    const ids = [await createTask(), await createTask()];
    for (const id of ids) await run(`mutation($id: ID!) { taskComplete(id: $id) { task { id } } }`, { id });
    let deliveryId = '';
    const changes = await recorded(async () => {
      deliveryId = (
        await run(
          `mutation($p: ID!, $t: [ID!]) { deliveryCreate(input: { projectId: $p, name: "first", taskIds: $t }) { delivery { id } } }`,
          { t: ids },
        )
      ).deliveryCreate.delivery.id;
    });
    expect(changes).toEqual([
      {
        type: 'DELIVERY_CREATED',
        objectType: 'Delivery',
        objectId: deliveryId,
        projectId: s.projectId,
        actor: user,
        payload: { taskCount: 2 },
      },
    ]);
  });
});
