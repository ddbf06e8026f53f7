import { getNamedType, isLeafType } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { insertGenAiTasks } from '../support/factories';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

// A list reads only the columns its selected fields need (src/db/list-columns.ts). Every field must still answer
// exactly what the same row answers when read whole, which `node(id)` does: field by field, list against node.
const SUBSELECTIONS: Record<string, string> = {
  'Task.project': '{ id }',
  'Task.batch': '{ id }',
  'Task.delivery': '{ id }',
  'Task.errors': '{ type message }',
  'Task.sensitiveContentReports': '{ type message }',
  'Task.threads': '{ totalCount nodes { id } }',
  'Task.annotations': '{ totalCount nodes { id } }',
  'Task.events': '{ totalCount }',
  'Task.coding': '{ type label instructions progress coder { id } }',
  'Task.jobProgress': '{ done failed total fraction }',
  'Thread.task': '{ id }',
  'Thread.submissions': '{ submittedAt contributorId }',
  'Thread.turns': '{ totalCount nodes { id } }',
  'Thread.annotations': '{ totalCount nodes { id } }',
  'Turn.thread': '{ id }',
  'Turn.messages': '{ totalCount nodes { id } }',
  'Turn.annotations': '{ totalCount nodes { id } }',
  'Message.turn': '{ id }',
  'Message.content':
    '{ text referenceTexts { content category url } attachments { content mimeType name url } reasoning { content } chunks { id text } }',
  'Message.modelParameters': '{ model temperature maxCompletionTokens topP topK }',
  'Message.annotations': '{ totalCount nodes { id } }',
  'Annotation.task': '{ id }',
  'Annotation.thread': '{ id }',
  'Annotation.turn': '{ id }',
  'Annotation.message': '{ id }',
  'Annotation.chunk': '{ id }',
  'Annotation.inferenceRun': '{ id }',
  'Annotation.promptVersion': '{ id }',
  'Annotation.typedValue': '{ __typename }',
  'Annotation.author':
    '{ __typename ... on User { id } ... on ExternalContributor { source externalId } ... on InferenceRun { id } }',
};

describe(`${DIALECT}: list pages read only the columns their fields need`, () => {
  let s: ProjectServer;
  const ids: Record<string, string[]> = {};
  const schema = buildSchema();

  beforeAll(async () => {
    s = await startProjectServer('Columns');
    const bundle = await insertGenAiTasks(s.t.db, s.projectId, 2, {
      threads: 2,
      turns: 2,
      annotationsPerLevel: 2,
      chunks: 2,
    });
    // Values that differ from each column's default, so a column left out would show.
    await s.t.db
      .updateTable('task')
      .set({
        dataJson: '{"text":"x"}',
        sensitiveContentReportsJson: '[{"type":"pii","message":"an email"}]',
        errorsJson: '[{"type":"E","message":"m"}]',
        sourceStatus: 'error',
      })
      .execute();
    await s.t.db.updateTable('turn').set({ rubricsJson: '[{"name":"r"}]' }).execute();
    await s.t.db.updateTable('message').set({ rubricEvaluationsJson: '[{"score":1}]', sourceId: 'src' }).execute();
    await s.t.db
      .updateTable('annotation')
      .set({ justification: 'because', notApplicable: 1, cannotAssess: 1, groundTruth: 1, description: 'd' })
      .execute();
    ids.task = bundle.task.map((r) => r.id);
    ids.thread = bundle.thread.map((r) => r.id);
    ids.turn = bundle.turn.map((r) => r.id);
    ids.message = bundle.message.map((r) => r.id);
  });
  afterAll(() => stopProjectServer(s));

  const run = async (query: string, variables: Record<string, unknown>) => {
    const result = await s.server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const selection = (type: string, field: string) => {
    if (SUBSELECTIONS[`${type}.${field}`]) return `${field} ${SUBSELECTIONS[`${type}.${field}`]}`;
    const fieldType = getNamedType((schema.getType(type) as any).getFields()[field].type);
    if (isLeafType(fieldType)) return field;
    throw new Error(`add a subselection for ${type}.${field} (${String(fieldType)}) to the test`);
  };
  // Each list of a type, reached from a parent the test knows, and the ids of that parent.
  const LISTS: [string, (f: string) => string, () => string[]][] = [
    [
      'Task',
      (f) => `query($id: ID!) { project(id: $id) { tasks(first: 10) { nodes { id ${f} } } } }`,
      () => [s.projectId],
    ],
    ['Thread', (f) => `query($id: ID!) { task(id: $id) { threads { nodes { id ${f} } } } }`, () => ids.task],
    [
      'Turn',
      (f) => `query($id: ID!) { node(id: $id) { ... on Thread { turns { nodes { id ${f} } } } } }`,
      () => ids.thread,
    ],
    [
      'Message',
      (f) => `query($id: ID!) { node(id: $id) { ... on Turn { messages { nodes { id ${f} } } } } }`,
      () => ids.turn,
    ],
    [
      'Annotation',
      (f) => `query($id: ID!) { node(id: $id) { ... on Message { annotations { nodes { id ${f} } } } } }`,
      () => ids.message,
    ],
  ];

  it.each(LISTS)(
    'every field of %s from a list page equals the same field of the whole row',
    async (type, listQuery, parents) => {
      const fields = Object.keys((schema.getType(type) as any).getFields());
      expect(fields.length).toBeGreaterThan(4);
      for (const field of fields) {
        const f = selection(type, field);
        const listed: any[] = [];
        for (const id of parents()) {
          const data = await run(listQuery(f), { id });
          listed.push(...collectNodes(data));
        }
        expect(listed.length).toBeGreaterThan(0);
        for (const node of listed) {
          const whole = (await run(`query($id: ID!) { node(id: $id) { ... on ${type} { id ${f} } } }`, { id: node.id }))
            .node;
          expect({ field, value: node[field] }).toEqual({ field, value: whole[field] });
        }
      }
    },
  );

  it("reads each part of a message's content from a list page as from the whole row", async () => {
    const parts = [
      'text',
      'referenceTexts { content category url }',
      'attachments { content mimeType name url }',
      'reasoning { content }',
      'chunks { id text }',
      '__typename',
    ];
    for (const part of parts) {
      for (const turnId of ids.turn) {
        const listed = collectNodes(
          await run(
            `query($id: ID!) { node(id: $id) { ... on Turn { messages { nodes { id content { ${part} } } } } } }`,
            { id: turnId },
          ),
        );
        expect(listed.length).toBeGreaterThan(0);
        for (const message of listed) {
          const whole = (
            await run(`query($id: ID!) { node(id: $id) { ... on Message { id content { ${part} } } } }`, {
              id: message.id,
            })
          ).node;
          expect({ part, content: message.content }).toEqual({ part, content: whole.content });
        }
      }
    }
  });

  it('reads fewer columns when fewer fields are asked for', async () => {
    s.t.statements.length = 0;
    await run(`query($id: ID!) { node(id: $id) { ... on Message { annotations { nodes { id key value } } } } }`, {
      id: ids.message[0],
    });
    const annotationSelect = s.t.statements.find((q) => /from "annotation"/.test(q))!;
    expect(annotationSelect).toMatch(/"annotation"\."value_json"/);
    expect(annotationSelect).not.toMatch(/"annotation"\.\*/);
    expect(annotationSelect).not.toMatch(/metadata_json/);
  });
});

/** The innermost `nodes` list of a nested answer. */
function collectNodes(data: unknown): any[] {
  let found: any[] = [];
  const walk = (value: any) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value.nodes) && value.nodes.every((n: any) => n && typeof n.id === 'string')) found = value.nodes;
    else for (const v of Object.values(value)) walk(v);
  };
  walk(data);
  return found;
}
