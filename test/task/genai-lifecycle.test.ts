import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Every task transition, allowed and refused, and the writes that build a conversation (batches: test/batch/).
const ALL_TASK_STATUSES = ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED', 'DELETED'] as const;
const TASK_RULES: Record<string, { from: string[]; to: string; args?: string }> = {
  taskComplete: { from: ['PENDING', 'IN_PROGRESS'], to: 'COMPLETED' },
  taskFail: {
    from: ['PENDING', 'IN_PROGRESS'],
    to: 'FAILED',
    args: ', errors: [{ type: "LANGUAGE_MISMATCH", message: "German prompt" }]',
  },
  taskCancel: { from: ['DRAFT', 'PENDING', 'IN_PROGRESS'], to: 'CANCELED' },
  taskDelete: { from: ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED'], to: 'DELETED' },
};
describe(`${DIALECT}: GenAI task lifecycle`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const createTask = async (extra = '') =>
    (
      await run(
        `mutation($p: ID!) { taskCreate(input: { projectId: $p${extra} }) { task { id status } userErrors { code } } }`,
        { p: projectId },
      )
    ).taskCreate.task.id as string;
  const setStatus = (table: 'task' | 'batch', id: string, status: string) =>
    t.db
      .updateTable(table)
      .set({ status: status as never })
      .where('id', '=', id)
      .execute();

  it('allows every task transition from exactly the statuses the lifecycle names', async () => {
    for (const [mutation, rule] of Object.entries(TASK_RULES)) {
      for (const from of ALL_TASK_STATUSES) {
        const id = await createTask();
        await setStatus('task', id, from);
        const data = await run(
          `mutation($id: ID!) { ${mutation}(id: $id${rule.args ?? ''}) { task { status sourceStatus completedAt errors { type message } } userErrors { code field } } }`,
          { id },
        );
        const payload = data[mutation];
        if (rule.from.includes(from)) {
          expect(payload.userErrors).toEqual([]);
          expect(payload.task.status).toBe(rule.to);
          if (rule.to === 'COMPLETED') expect(payload.task.completedAt).not.toBeNull();
          if (rule.to === 'FAILED')
            expect(payload.task).toMatchObject({
              sourceStatus: 'error',
              errors: [{ type: 'LANGUAGE_MISMATCH', message: 'German prompt' }],
            });
        } else {
          expect(payload).toEqual({ task: null, userErrors: [{ code: 'INVALID_STATE_TRANSITION', field: ['id'] }] });
          const row = await t.db.selectFrom('task').select('status').where('id', '=', id).executeTakeFirstOrThrow();
          expect(row.status).toBe(from);
        }
      }
    }
  });

  it('replaces or deep-merges task metadata and refuses a non-object', async () => {
    const id = await createTask(', metadata: { a: { x: 1, y: 2 }, keep: true }');
    const merged = (
      await run(
        `mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { a: { y: 3, z: [1] } }, merge: true) { task { metadata } } }`,
        { id },
      )
    ).taskSetMetadata.task.metadata;
    expect(merged).toEqual({ a: { x: 1, y: 3, z: [1] }, keep: true });
    const replaced = (
      await run(`mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { only: 1 }) { task { metadata } } }`, { id })
    ).taskSetMetadata.task.metadata;
    expect(replaced).toEqual({ only: 1 });
    const bad = (
      await run(`mutation($id: ID!) { taskSetMetadata(id: $id, metadata: [1, 2]) { userErrors { code field } } }`, {
        id,
      })
    ).taskSetMetadata;
    expect(bad.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['metadata'] }]);
    // Concurrent merges of different keys all land (the row is locked before it is read; a pool on PostgreSQL).
    await Promise.all(
      Array.from({ length: 10 }, (_v, i) =>
        run(`mutation($id: ID!, $m: JSON!) { taskSetMetadata(id: $id, metadata: $m, merge: true) { task { id } } }`, {
          id,
          m: { [`k${i}`]: i },
        }),
      ),
    );
    const all = (await run(`query($id: ID!) { task(id: $id) { metadata } }`, { id })).task.metadata;
    expect(all).toEqual({ only: 1, ...Object.fromEntries(Array.from({ length: 10 }, (_v, i) => [`k${i}`, i])) });
  });

  it('builds a conversation by appends, with annotations at every level, and closes it with the task', async () => {
    const taskId = await createTask();
    const threadId = (
      await run(`mutation($t: ID!) { threadAppend(input: { taskId: $t, externalId: "th1" }) { thread { id } } }`, {
        t: taskId,
      })
    ).threadAppend.thread.id;
    const turnId = (
      await run(`mutation($t: ID!) { turnAppend(input: { threadId: $t }) { turn { id } } }`, { t: threadId })
    ).turnAppend.turn.id;
    const message = (
      await run(
        `mutation($t: ID!) { messageAppend(input: {
        turnId: $t, role: ASSISTANT, text: "Reset it. Then wait.", chunks: [{ text: "Reset it." }, { text: "Then wait." }], reasoning: ["short"],
        referenceTexts: [{ content: "manual" }], attachments: [{ name: "a.txt", mimeType: "text/plain" }], sourceId: "src", modelParameters: { model: "m", topK: 4 }
      }) { message { id content { text chunks { id text } reasoning { content } referenceTexts { content } attachments { name mimeType } } modelParameters { model topK } } } }`,
        { t: turnId },
      )
    ).messageAppend.message;
    expect(message.content).toMatchObject({
      text: 'Reset it. Then wait.',
      reasoning: [{ content: 'short' }],
      referenceTexts: [{ content: 'manual' }],
      attachments: [{ name: 'a.txt', mimeType: 'text/plain' }],
    });
    expect(message.content.chunks.map((c: any) => c.text)).toEqual(['Reset it.', 'Then wait.']);
    expect(message.modelParameters).toEqual({ model: 'm', topK: 4 });

    const targets = {
      TASK: taskId,
      THREAD: threadId,
      TURN: turnId,
      MESSAGE: message.id,
      CHUNK: message.content.chunks[1].id,
    };
    for (const [level, targetId] of Object.entries(targets)) {
      const created = (
        await run(
          `mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "quality", type: CATEGORY, value: "good", possibleValues: ["bad", "good"] }) {
        annotation { id level task { id } typedValue { ... on CategoryAnnotationValue { category possibleCategories } } } userErrors { code } } }`,
          { t: targetId },
        )
      ).annotationCreate;
      expect(created.userErrors).toEqual([]);
      expect(created.annotation).toMatchObject({
        level,
        task: { id: taskId },
        typedValue: { category: 'good', possibleCategories: ['bad', 'good'] },
      });
    }
    const wrong = (
      await run(
        `mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "n", type: INTEGER, value: "three" }) { userErrors { code field } } }`,
        { t: taskId },
      )
    ).annotationCreate;
    expect(wrong.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'value'] }]);
    const ranking = (
      await run(
        `mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "r", type: RANKED_CHOICES, value: ["a", "a"] }) { userErrors { code } } }`,
        { t: taskId },
      )
    ).annotationCreate;
    expect(ranking.userErrors[0].code).toBe('BAD_USER_INPUT');

    const annotationId = (
      await run(
        `mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "score", type: INTEGER, value: 1 }) { annotation { id } } }`,
        { t: turnId },
      )
    ).annotationCreate.annotation.id;
    const set = (
      await run(
        `mutation($id: ID!) { annotationSetValue(id: $id, input: { value: 3, justification: "better" }) { annotation { value justification } userErrors { code } } }`,
        { id: annotationId },
      )
    ).annotationSetValue;
    expect(set).toEqual({ annotation: { value: 3, justification: 'better' }, userErrors: [] });
    const badSet = (
      await run(`mutation($id: ID!) { annotationSetValue(id: $id, input: { value: true }) { userErrors { code } } }`, {
        id: annotationId,
      })
    ).annotationSetValue;
    expect(badSet.userErrors[0].code).toBe('BAD_USER_INPUT');

    await run(`mutation($id: ID!) { taskComplete(id: $id) { task { id } } }`, { id: taskId });
    const closed = await run(
      `mutation($th: ID!, $a: ID!) {
      turnAppend(input: { threadId: $th }) { userErrors { code } }
      annotationSetValue(id: $a, input: { value: 2 }) { userErrors { code } }
      annotationDelete(id: $a) { userErrors { code } }
    }`,
      { th: threadId, a: annotationId },
    );
    expect(
      [closed.turnAppend, closed.annotationSetValue, closed.annotationDelete].map((p: any) => p.userErrors[0].code),
    ).toEqual(['INVALID_STATE_TRANSITION', 'INVALID_STATE_TRANSITION', 'INVALID_STATE_TRANSITION']);
  });

  it('answers NOT_FOUND for unknown or foreign ids', async () => {
    const unknown = await run(
      `mutation { taskComplete(id: "task_01ARZ3NDEKTSV4RRFFQ69G5FAV") { userErrors { code } } annotationCreate(input: { targetId: "proj_01ARZ3NDEKTSV4RRFFQ69G5FAV", key: "k", type: TEXT }) { userErrors { code } } }`,
    );
    expect([unknown.taskComplete.userErrors[0].code, unknown.annotationCreate.userErrors[0].code]).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
  });
});
