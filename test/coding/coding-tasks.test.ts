import { newId } from '../../src/ids';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

const TASK = `task { id kind status sourceStatus coding { type label instructions coder { id } dataChunks { id type responseCount } progress }
  events { nodes { kind message actor { id } } } } userErrors { code field message }`;

describe(`${DIALECT}: coding tasks`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let coderId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
    coderId = newId('coder');
    const now = new Date().toISOString();
    await t.db
      .insertInto('coder')
      .values({
        id: coderId,
        projectId,
        kind: 'CODING',
        label: 'Trained',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const create = async (input: string) =>
    (
      await run(`mutation($p: ID!) { codingTaskCreate(input: { projectId: $p, ${input} }) { ${TASK} } }`, {
        p: projectId,
      })
    ).codingTaskCreate;
  const commit = async (id: string) =>
    (await run(`mutation($id: ID!) { taskCommit(id: $id) { ${TASK} } }`, { id })).taskCommit;
  const abort = async (id: string) =>
    (await run(`mutation($id: ID!) { taskAbort(id: $id) { ${TASK} } }`, { id })).taskAbort;
  const addData = async (id: string, value: unknown = 'some answer') =>
    (
      await run(
        `mutation($id: ID!, $v: JSON!) { taskDataAdd(taskId: $id, responses: [{ setId: "user1", variableId: "a", status: VALUE_CHANGED, value: $v }, { setId: "user2", variableId: "b", status: CODING_COMPLETE, value: [1, 2], code: 1, score: 1 }]) { chunk { id type responseCount responses { nodes { setId variableId status code score value { __typename ... on StringValue { string } ... on NumberListValue { numbers } } } } } userErrors { code field } } }`,
        { id, v: value },
      )
    ).taskDataAdd;

  it('describes the service and validates instructions against its JSON Schema', async () => {
    const info = (
      await run('{ codingService { id type version apiVersion mode instructionsText instructionsSchema } }')
    ).codingService;
    expect(info).toMatchObject({ mode: 'train+code', apiVersion: '0.2.0' });
    expect(info.instructionsSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const bad = await create('type: TRAIN, instructions: { minSupport: 0, color: "red" }');
    expect(bad.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'instructions'] });
    const ok = await create('type: TRAIN, label: "train it", instructions: { minSupport: 2 }');
    expect(ok.task).toMatchObject({
      kind: 'CODING',
      status: 'DRAFT',
      sourceStatus: 'create',
      coding: { type: 'TRAIN', label: 'train it', instructions: { minSupport: 2 }, progress: null },
    });
    expect(ok.task.events.nodes).toEqual([
      { kind: 'CREATE', message: 'task created', actor: { id: expect.stringMatching(/^user_/) } },
    ]);
  });

  it('commits only ready DRAFT tasks: type known, train with instructions, code with a coder and data', async () => {
    const unknown = await create('label: "x"');
    expect((await commit(unknown.task.id)).userErrors[0]).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining('UNKNOWN'),
    });
    const train = await create('type: TRAIN');
    expect((await commit(train.task.id)).userErrors[0].message).toContain('instructions');
    await run(`mutation($id: ID!) { codingTaskUpdate(id: $id, input: { instructions: {} }) { task { id } } }`, {
      id: train.task.id,
    });
    expect((await commit(train.task.id)).userErrors[0]).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining('coded response'),
    });
    await addData(train.task.id);
    const committed = await commit(train.task.id);
    expect(committed.task).toMatchObject({ status: 'PENDING', sourceStatus: 'commit' });
    expect(committed.task.events.nodes.map((e: any) => e.kind)).toEqual(['CREATE', 'COMMIT']);
    expect((await commit(train.task.id)).userErrors[0]).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      message: expect.stringContaining('PENDING'),
    });

    const code = await create('type: CODE');
    expect((await commit(code.task.id)).userErrors[0].message).toContain('coder');
    await run(
      `mutation($id: ID!, $c: ID!) { codingTaskUpdate(id: $id, input: { coderId: $c }) { task { coding { coder { id } } } } }`,
      { id: code.task.id, c: coderId },
    );
    expect((await commit(code.task.id)).userErrors[0].message).toContain('data chunk');
    const chunk = await addData(code.task.id);
    expect(chunk.userErrors).toEqual([]);
    expect(chunk.chunk).toMatchObject({ type: 'INPUT', responseCount: 2 });
    expect(chunk.chunk.responses.nodes).toEqual([
      {
        setId: 'user1',
        variableId: 'a',
        status: 'VALUE_CHANGED',
        code: null,
        score: null,
        value: { __typename: 'StringValue', string: 'some answer' },
      },
      {
        setId: 'user2',
        variableId: 'b',
        status: 'CODING_COMPLETE',
        code: 1,
        score: 1,
        value: { __typename: 'NumberListValue', numbers: [1, 2] },
      },
    ]);
    expect((await commit(code.task.id)).task.status).toBe('PENDING');
  });

  it('changes, adds and deletes data only while DRAFT', async () => {
    const task = (await create('type: TRAIN, instructions: {}')).task;
    const chunk = (await addData(task.id)).chunk;
    expect((await addData(task.id, { not: 'allowed' })).userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['responses', '0'],
    });
    const badVariable = await run(
      `mutation($id: ID!) { taskDataAdd(taskId: $id, responses: [{ setId: "u", variableId: "no spaces", status: UNSET, value: 1 }]) { userErrors { code } } }`,
      { id: task.id },
    );
    expect(badVariable.taskDataAdd.userErrors[0].code).toBe('BAD_USER_INPUT');
    await commit(task.id);
    expect((await addData(task.id)).userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
    const del = (
      await run(`mutation($id: ID!) { taskDataDelete(chunkId: $id) { deletedChunkId userErrors { code } } }`, {
        id: chunk.id,
      })
    ).taskDataDelete;
    expect(del.userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
    const upd = (
      await run(
        `mutation($id: ID!) { codingTaskUpdate(id: $id, input: { label: "late" }) { userErrors { code message } } }`,
        { id: task.id },
      )
    ).codingTaskUpdate;
    expect(upd.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      message: expect.stringContaining('PENDING'),
    });
    const draft = (await create('type: TRAIN')).task;
    const draftChunk = (await addData(draft.id)).chunk;
    expect(
      (await run(`mutation($id: ID!) { taskDataDelete(chunkId: $id) { deletedChunkId } }`, { id: draftChunk.id }))
        .taskDataDelete.deletedChunkId,
    ).toBe(draftChunk.id);
  });

  it('refuses to commit a TRAIN task without data, or with no coded response to learn from (issue 16)', async () => {
    const train = (await create('type: TRAIN, instructions: { minSupport: 1 }')).task;
    const refused = await commit(train.id);
    expect(refused).toEqual({
      task: null,
      userErrors: [
        { code: 'PRECONDITION_FAILED', field: ['id'], message: expect.stringContaining('a train task needs data') },
      ],
    });
    // Responses without a code teach nothing either.
    const uncoded = (
      await run(
        `mutation($id: ID!) { taskDataAdd(taskId: $id, responses: [{ setId: "u1", variableId: "a", status: VALUE_CHANGED, value: "x" }]) { chunk { id } userErrors { code } } }`,
        { id: train.id },
      )
    ).taskDataAdd;
    expect(uncoded.userErrors).toEqual([]);
    expect((await commit(train.id)).userErrors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED' })]);
    // Nothing changed: still DRAFT, no COMMIT event.
    const state = (
      await run(`query($id: ID!) { task(id: $id) { status events { nodes { kind } } } }`, { id: train.id })
    ).task;
    expect(state).toEqual({ status: 'DRAFT', events: { nodes: [{ kind: 'CREATE' }] } });
    // Deleting the only coded chunk again makes a ready task unready.
    const coded = (await addData(train.id)).chunk;
    await run(`mutation($id: ID!) { taskDataDelete(chunkId: $id) { deletedChunkId } }`, { id: coded.id });
    expect((await commit(train.id)).userErrors[0].code).toBe('PRECONDITION_FAILED');
    await addData(train.id);
    expect(await commit(train.id)).toMatchObject({ task: { status: 'PENDING' }, userErrors: [] });
  });

  it('refuses upstream ids over 255 characters and NUL characters in coding data and labels with BAD_USER_INPUT', async () => {
    const task = (await create('type: TRAIN, instructions: {}')).task;
    const add = async (response: Record<string, unknown>) =>
      (
        await run(
          `mutation($id: ID!, $r: [CodingResponseInput!]!) { taskDataAdd(taskId: $id, responses: $r) { chunk { id } userErrors { code field message } } }`,
          {
            id: task.id,
            r: [
              { setId: 'ok', variableId: 'a', status: 'VALUE_CHANGED', value: 'x' },
              { setId: 's', variableId: 'v', status: 'VALUE_CHANGED', value: 'x', ...response },
            ],
          },
        )
      ).taskDataAdd;
    expect(
      (await add({ setId: 's'.repeat(255), variableId: 'v'.repeat(255), subform: 'f'.repeat(255) })).userErrors,
    ).toEqual([]);
    for (const bad of [
      { setId: 's'.repeat(300) },
      { variableId: 'v'.repeat(300) },
      { subform: 'f'.repeat(300) },
      { setId: 's\u0000' },
      { subform: '\u0000' },
      { setId: '' },
    ]) {
      expect(await add(bad)).toEqual({
        chunk: null,
        userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['responses', '1'] })],
      });
    }
    expect(
      (await run(`query($id: ID!) { task(id: $id) { coding { dataChunks { responseCount } } } }`, { id: task.id })).task
        .coding.dataChunks,
    ).toEqual([{ responseCount: 2 }]);
    const label = (
      await run(
        `mutation($p: ID!) { codingTaskCreate(input: { projectId: $p, label: "a\\u0000" }) { task { id } userErrors { code field } } }`,
        { p: projectId },
      )
    ).codingTaskCreate;
    expect(label).toEqual({ task: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'label'] }] });
    const relabel = (
      await run(
        `mutation($id: ID!) { codingTaskUpdate(id: $id, input: { label: "a\\u0000" }) { task { id } userErrors { code field } } }`,
        { id: task.id },
      )
    ).codingTaskUpdate;
    expect(relabel).toEqual({ task: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'label'] }] });
  });

  it('aborts only PENDING or IN_PROGRESS tasks, and keeps a used coder', async () => {
    const task = (await create('type: TRAIN, instructions: {}')).task;
    await addData(task.id);
    expect((await abort(task.id)).userErrors[0]).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      message: expect.stringContaining('DRAFT'),
    });
    await commit(task.id);
    const aborted = await abort(task.id);
    expect(aborted.task).toMatchObject({ status: 'CANCELED', sourceStatus: 'abort' });
    expect(aborted.task.events.nodes.map((e: any) => e.kind)).toEqual(['CREATE', 'COMMIT', 'ABORT']);
    expect((await abort(task.id)).userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
    await t.db.updateTable('task').set({ status: 'IN_PROGRESS' }).where('id', '=', task.id).execute();
    expect((await abort(task.id)).task.status).toBe('CANCELED');

    // A coder of its own, used by one open task only.
    const coder = newId('coder');
    const now = new Date().toISOString();
    await t.db
      .insertInto('coder')
      .values({
        id: coder,
        projectId,
        kind: 'CODING',
        label: 'Spare',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const user = (await create('type: CODE')).task;
    await run(`mutation($id: ID!, $c: ID!) { codingTaskUpdate(id: $id, input: { coderId: $c }) { task { id } } }`, {
      id: user.id,
      c: coder,
    });
    const refused = (
      await run(`mutation($id: ID!) { coderDelete(id: $id) { deletedCoderId userErrors { code } } }`, { id: coder })
    ).coderDelete;
    expect(refused.userErrors[0].code).toBe('PRECONDITION_FAILED');
    await run(`mutation($id: ID!) { taskDelete(id: $id) { task { status } } }`, { id: user.id });
    expect(
      (await run(`mutation($id: ID!) { coderDelete(id: $id) { deletedCoderId } }`, { id: coder })).coderDelete
        .deletedCoderId,
    ).toBe(coder);
  });
});
