import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

const ENTITIES = [
  'Organization',
  'User',
  'Project',
  'Batch',
  'Task',
  'Thread',
  'Turn',
  'Message',
  'MessageChunk',
  'Annotation',
];

describe(`${DIALECT}: Apollo Federation v2 subgraph`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer('Federated'));
    const bundle = await insertGenAiTasks(t.db, projectId, 1, {
      threads: 1,
      turns: 1,
      annotationsPerLevel: 1,
      chunks: 1,
    });
    taskId = bundle.task[0].id;
  });
  afterAll(() => stopProjectServer({ t, server }));

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
      {
        r: [
          { __typename: 'Task', id: taskId },
          { __typename: 'Project', id: projectId },
          { __typename: 'Task', id: projectId },
        ],
      },
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
