import fs from 'node:fs';
import path from 'node:path';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Issue 16: negative temperatures, top-k and token counts were stored; messageAppend and the Scale import share one
// set of bounds (src/modules/thread/model-parameters.ts).
const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

describe(`${DIALECT}: bounds of a message's model parameters`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let turnId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer('Model parameters'));
    const run = async (query: string, variables: Record<string, unknown>) =>
      (await server.execute(query, variables)).data!;
    const taskId = (
      await run('mutation($p: ID!) { taskCreate(input: { projectId: $p }) { task { id } } }', { p: projectId })
    ).taskCreate.task.id;
    const threadId = (
      await run('mutation($t: ID!) { threadAppend(input: { taskId: $t }) { thread { id } } }', { t: taskId })
    ).threadAppend.thread.id;
    turnId = (await run('mutation($t: ID!) { turnAppend(input: { threadId: $t }) { turn { id } } }', { t: threadId }))
      .turnAppend.turn.id;
  });
  afterAll(() => stopProjectServer({ t, server }));

  const append = async (modelParameters: Record<string, unknown>) =>
    (
      await server.execute(
        'mutation($t: ID!, $m: ModelParametersInput) { messageAppend(input: { turnId: $t, role: ASSISTANT, text: "x", modelParameters: $m }) { message { id } userErrors { field code message } } }',
        { t: turnId, m: modelParameters },
      )
    ).data!.messageAppend;

  it.each([
    ['temperature', -0.5],
    ['topP', 1.5],
    ['topK', -1],
    ['maxCompletionTokens', 0],
  ])('refuses %s %s with BAD_USER_INPUT and writes no message', async (field, value) => {
    const before = Number(
      (
        await t.db
          .selectFrom('message')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const result = await append({ model: 'm', [field]: value });
    expect(result.message).toBeNull();
    expect(result.userErrors).toEqual([
      { field: ['input', 'modelParameters', field], code: 'BAD_USER_INPUT', message: expect.stringContaining(field) },
    ]);
    expect(
      Number(
        (
          await t.db
            .selectFrom('message')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(before);
  });

  it('accepts settings within the bounds, topK 0 included', async () => {
    const result = await append({ model: 'm', temperature: 0, topP: 1, topK: 0, maxCompletionTokens: 1 });
    expect(result.userErrors).toEqual([]);
    expect(result.message.id).toMatch(/^msg_/);
  });

  it('refuses the same in a Scale record, by line and reason', async () => {
    const record = structuredClone(SEED);
    record.task_id = 'task_bad_temperature';
    const message =
      record.threads[0].turns[0].messages.find((m: { model_parameters?: unknown }) => m.model_parameters) ??
      record.threads[0].turns[0].messages[0];
    message.model_parameters = { model: 'm', temperature: -1 };
    const { data } = await server.execute(
      'mutation($p: ID!, $t: [JSON!]!) { taskImportScale(input: { projectId: $p, tasks: $t }) { summary { created failed failures { line reason } } } }',
      { p: projectId, t: [record] },
    );
    expect(data!.taskImportScale.summary).toMatchObject({ created: 0, failed: 1 });
    expect(data!.taskImportScale.summary.failures[0].reason).toMatch(/temperature: must be 0 or more/);
  });
});
