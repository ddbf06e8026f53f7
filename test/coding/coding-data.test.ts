import { newId } from '../../src/ids';
import { insertAccount } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// The data chunks of coding tasks (taskDataAdd, taskDataDelete): large chunks, the refusals and what a refusal
// leaves behind (nothing). coding-tasks.test.ts covers the chunks of the task lifecycle.

const ADD = `mutation($id: ID!, $r: [CodingResponseInput!]!) { taskDataAdd(taskId: $id, responses: $r) {
  chunk { id type responseCount } userErrors { code field message } } }`;
const DELETE = `mutation($id: ID!) { taskDataDelete(chunkId: $id) { deletedChunkId userErrors { code field message } } }`;
const responses = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ setId: `s${i}`, variableId: 'v', status: 'VALUE_CHANGED', value: `x${i}` }));

describe(`${DIALECT}: coding task data`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;

  beforeAll(async () => {
    ({ t, server, projectId, organizationId } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const draft = async () =>
    (
      await run(`mutation($p: ID!) { codingTaskCreate(input: { projectId: $p, type: TRAIN }) { task { id } } }`, {
        p: projectId,
      })
    ).codingTaskCreate.task.id as string;
  const chunks = (taskId: string) => t.db.selectFrom('dataChunk').select('id').where('taskId', '=', taskId).execute();

  it('adds a chunk of many responses, a few statements of rows each', async () => {
    const taskId = await draft();
    t.statements.length = 0;
    const added = (await run(ADD, { id: taskId, r: responses(1201) })).taskDataAdd;
    expect(added).toEqual({ chunk: { id: expect.any(String), type: 'INPUT', responseCount: 1201 }, userErrors: [] });
    expect(t.statements.filter((s) => /insert into "coding_response"/i.test(s))).toHaveLength(3);
    expect((await run(DELETE, { id: added.chunk.id })).taskDataDelete).toEqual({
      deletedChunkId: added.chunk.id,
      userErrors: [],
    });
    expect(await chunks(taskId)).toEqual([]);
    expect(await t.db.selectFrom('codingResponse').select('id').execute()).toEqual([]);
  });

  it('refuses an empty chunk, a task of another kind and a task that is no DRAFT, writing nothing', async () => {
    const taskId = await draft();
    expect((await run(ADD, { id: taskId, r: [] })).taskDataAdd).toEqual({
      chunk: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['responses'], message: 'A chunk holds 1 to 10000 responses' }],
    });
    const labeling = newId('task');
    const at = new Date().toISOString();
    await t.db
      .insertInto('task')
      .values({
        id: labeling,
        projectId,
        kind: 'LABELING',
        status: 'DRAFT',
        source: 'ANNOGRAPH',
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    expect((await run(ADD, { id: labeling, r: responses(1) })).taskDataAdd).toEqual({
      chunk: null,
      userErrors: [{ code: 'PRECONDITION_FAILED', field: ['taskId'], message: 'Not a coding task' }],
    });
    for (const id of [newId('task'), projectId])
      expect((await run(ADD, { id, r: responses(1) })).taskDataAdd.userErrors).toEqual([
        { code: 'NOT_FOUND', field: ['taskId'], message: 'No task with this id' },
      ]);
    const chunk = (await run(ADD, { id: taskId, r: responses(2) })).taskDataAdd.chunk.id;
    await t.db.updateTable('task').set({ status: 'PENDING', updatedAt: at }).where('id', '=', taskId).execute();
    expect((await run(ADD, { id: taskId, r: responses(1) })).taskDataAdd).toEqual({
      chunk: null,
      userErrors: [
        {
          code: 'INVALID_STATE_TRANSITION',
          field: ['id'],
          message: 'Cannot add data: the task is PENDING, and only a DRAFT (IQB create) task can change',
        },
      ],
    });
    expect((await run(DELETE, { id: chunk })).taskDataDelete).toEqual({
      deletedChunkId: null,
      userErrors: [
        {
          code: 'INVALID_STATE_TRANSITION',
          field: ['chunkId'],
          message: 'The task was committed: its data can no longer be deleted',
        },
      ],
    });
    expect(await chunks(taskId)).toEqual([{ id: chunk }]);
    const row = await t.db.selectFrom('task').select('updatedAt').where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(row.updatedAt).toBe(at);
    expect((await run(DELETE, { id: newId('dataChunk') })).taskDataDelete.userErrors).toMatchObject([
      { code: 'NOT_FOUND', field: ['chunkId'] },
    ]);
  });

  it('needs MANAGER on the project', async () => {
    const taskId = await draft();
    const chunk = (await run(ADD, { id: taskId, r: responses(1) })).taskDataAdd.chunk.id;
    const annotator = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'ANNOTATOR',
    });
    for (const [query, variables] of [
      [ADD, { id: taskId, r: responses(1) }],
      [DELETE, { id: chunk }],
    ] as const) {
      const refused = await server.execute(query, variables, annotator.viewer);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await chunks(taskId)).toEqual([{ id: chunk }]);
  });
});
