import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { createTestServer } from '../support/server';
import { insertSeedTask, SEED_ANNOTATION, SEED_TASK } from '../fixtures/scale-seed-task';
import { newId } from '../../src/ids';

const ANNOTATION_FIELDS = `id level externalId key type sourceType title description labels notApplicable cannotAssess groundTruth metadata value possibleValues`;

const TASK_QUERY = `query Task($id: ID!) {
  task(id: $id) {
    id kind status sourceStatus source externalId data metadata createdAt updatedAt completedAt
    project { name }
    batch { name externalId }
    errors { type message }
    sensitiveContentReports { type message }
    threads {
      totalCount
      nodes {
        id externalId task { id }
        annotations { nodes { ${ANNOTATION_FIELDS} thread { id } turn { id } } }
        turns {
          nodes {
            id externalId
            annotations { nodes { ${ANNOTATION_FIELDS} turn { id } } }
            messages {
              nodes {
                id role sourceId
                content {
                  text
                  referenceTexts { content category url }
                  attachments { content mimeType scaleUrl url name }
                  reasoning { content }
                  chunks { id type text annotations { nodes { ${ANNOTATION_FIELDS} chunk { id } message { id } } } }
                }
                modelParameters { model temperature maxCompletionTokens topP topK }
                annotations { nodes { ${ANNOTATION_FIELDS} message { id } } }
              }
            }
          }
        }
      }
    }
  }
}`;

describe(`${DIALECT}: reading a Scale GenAI task (seed 002)`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let ids: Awaited<ReturnType<typeof insertSeedTask>>;

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
    const { projectId, owner } = await insertProject(t.db, 'Scale project');
    server.actAs(owner.viewer);
    const batchId = newId('batch');
    const now = new Date().toISOString();
    await t.db
      .insertInto('batch')
      .values({
        id: batchId,
        projectId,
        kind: 'TASKS',
        name: 'batch one',
        status: 'IN_PROGRESS',
        source: 'SCALE',
        externalId: 'batch_abc123',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    ids = await insertSeedTask(t.db, projectId, batchId);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  it('returns every field of the seed task, at every level', async () => {
    const { data, errors } = await server.execute(TASK_QUERY, { id: ids.task });
    expect(errors).toBeUndefined();
    const task = data!.task;
    expect(task).toMatchObject({
      id: ids.task,
      kind: 'GENAI',
      status: 'PENDING',
      sourceStatus: SEED_TASK.status,
      source: 'SCALE',
      externalId: SEED_TASK.task_id,
      data: {},
      metadata: SEED_TASK.metadata,
      createdAt: '2023-11-07T05:31:56.000Z',
      completedAt: '2023-11-07T05:31:56.000Z',
      project: { name: 'Scale project' },
      batch: { name: 'batch one', externalId: 'batch_abc123' },
      errors: SEED_TASK.errors,
      sensitiveContentReports: SEED_TASK.sensitive_content_reports,
    });
    expect(task.threads.totalCount).toBe(1);
    const thread = task.threads.nodes[0];
    expect(thread).toMatchObject({ id: ids.thread, externalId: SEED_TASK.thread.id, task: { id: ids.task } });
    const turn = thread.turns.nodes[0];
    expect(turn.externalId).toBe(SEED_TASK.turn.id);
    const message = turn.messages.nodes[0];
    const m = SEED_TASK.message;
    expect(message).toMatchObject({
      id: ids.message,
      role: 'SYSTEM',
      sourceId: m.source_id,
      content: {
        text: m.text,
        referenceTexts: m.reference_texts,
        attachments: [
          {
            content: m.attachments[0].content,
            mimeType: m.attachments[0].mime_type,
            scaleUrl: m.attachments[0].scale_url,
            url: m.attachments[0].url,
            name: m.attachments[0].name,
          },
        ],
        reasoning: m.reasoning,
      },
      modelParameters: { model: 'my-model-123', temperature: 0.9, maxCompletionTokens: 1000, topP: 0.9, topK: 4 },
    });
    expect(message.content.chunks).toHaveLength(1);
    expect(message.content.chunks[0]).toMatchObject({ id: ids.chunk, type: m.chunk.type, text: m.chunk.text });

    const expectedAnnotation = {
      externalId: SEED_ANNOTATION.id,
      key: SEED_ANNOTATION.key,
      type: 'OTHER',
      sourceType: SEED_ANNOTATION.type,
      title: SEED_ANNOTATION.title,
      description: SEED_ANNOTATION.description,
      labels: SEED_ANNOTATION.labels,
      notApplicable: false,
      cannotAssess: false,
      groundTruth: false,
      metadata: SEED_ANNOTATION.metadata,
      value: SEED_ANNOTATION.value,
      possibleValues: SEED_ANNOTATION.possible_values,
    };
    const perLevel = [
      [thread.annotations.nodes, 'THREAD'],
      [turn.annotations.nodes, 'TURN'],
      [message.annotations.nodes, 'MESSAGE'],
      [message.content.chunks[0].annotations.nodes, 'CHUNK'],
    ] as const;
    for (const [nodes, level] of perLevel) {
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({ ...expectedAnnotation, level });
    }
    expect(message.content.chunks[0].annotations.nodes[0]).toMatchObject({
      chunk: { id: ids.chunk },
      message: { id: ids.message },
    });
    expect(thread.annotations.nodes[0].turn).toBeNull();
    // One upstream annotation id at four levels: four distinct Annograph annotations.
    const annotationIds = perLevel.map(([nodes]) => nodes[0].id);
    expect(new Set(annotationIds).size).toBe(4);
  });

  it('resolves each level from node(id:) with its own type', async () => {
    const { data } = await server.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: [ids.task, ids.thread, ids.turn, ids.message, ids.chunk],
    });
    expect(data!.nodes).toEqual([
      { __typename: 'Task', id: ids.task },
      { __typename: 'Thread', id: ids.thread },
      { __typename: 'Turn', id: ids.turn },
      { __typename: 'Message', id: ids.message },
      { __typename: 'MessageChunk', id: ids.chunk },
    ]);
  });

  it('answers null, not an error, for unknown ids, ids of another type and foreign strings', async () => {
    const unknownTask = newId('task');
    const { data, errors } = await server.execute(
      `query($a: ID!, $b: ID!, $c: ID!) { a: task(id: $a) { id } b: task(id: $b) { id } c: node(id: $c) { id } nodes(ids: [$a, $c]) { id } }`,
      { a: unknownTask, b: ids.thread, c: 'task_abc123' },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null, c: null, nodes: [null, null] });
  });
});
