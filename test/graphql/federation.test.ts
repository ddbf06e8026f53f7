import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import { createTestServer } from '../support/server';

const ENTITIES = ['Organization', 'User', 'Project', 'Batch', 'Task', 'Thread', 'Turn', 'Message', 'MessageChunk', 'Annotation'];

describe(`${DIALECT}: Apollo Federation v2 subgraph`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
    const fixture = await insertProject(t.db, 'Federated');
    projectId = fixture.projectId;
    server.actAs(fixture.owner.viewer);
    const bundle = await insertGenAiTasks(t.db, projectId, 1, { threads: 1, turns: 1, annotationsPerLevel: 1, chunks: 1 });
    taskId = bundle.task[0].id as string;
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  it('publishes its SDL through _service with @key on every entity', async () => {
    const { data } = await server.execute('{ _service { sdl } }');
    const sdl: string = data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    for (const entity of ENTITIES) {
      expect(sdl).toMatch(new RegExp(`type ${entity} implements Node\\s+@key\\(fields: "id"\\)`));
    }
  });

  it('resolves entity representations through _entities, null for an unknown id', async () => {
    const { data, errors } = await server.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Task { id status project { name } } ... on Project { name } } }`,
      { r: [{ __typename: 'Task', id: taskId }, { __typename: 'Project', id: projectId }, { __typename: 'Task', id: projectId }] },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { __typename: 'Task', id: taskId, status: 'COMPLETED', project: { name: 'Federated' } },
      { __typename: 'Project', name: 'Federated' },
      null,
    ]);
  });

  it('composes into a supergraph with another subgraph that extends Task', async () => {
    const { data } = await server.execute('{ _service { sdl } }');
    const reviews = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Task @key(fields: "id") { id: ID! reviewScore: Int }
      type Query { topReviewed: [Task!]! }`;
    const result = composeServices([
      { name: 'annograph', url: 'http://annograph/graphql', typeDefs: parse(data!._service.sdl) },
      { name: 'reviews', url: 'http://reviews/graphql', typeDefs: parse(reviews) },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('reviewScore');
  });
});
