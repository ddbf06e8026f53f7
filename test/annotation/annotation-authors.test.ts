import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Annotation.author and authorKind: a Scale submission's contributor, and the user who wrote through GraphQL.
const TASKS = 6;
const scaleTask = (i: number) => ({
  task_id: `task_${i}`,
  status: 'pending',
  created_at: '2026-03-01T00:00:00Z',
  metadata: {},
  threads: [
    {
      id: `th_${i}`,
      submissions: [{ contributor_id: 'early' }, { contributor_id: `labeler_${i}` }],
      annotations: [{ id: `an_${i}`, key: 'quality', type: 'integer', value: 4, possible_values: [[1, 2, 3, 4, 5]] }],
      turns: [],
    },
  ],
});

const PAGE = `query($p: ID!, $n: Int!) { project(id: $p) { tasks(first: $n) { nodes { threads(first: 5) { nodes {
  annotations(first: 5) { nodes { key authorKind author { __typename
    ... on User { id name } ... on ExternalContributor { source externalId } ... on InferenceRun { id version { id } } } } }
} } } } } }`;

describe(`${DIALECT}: annotation authors`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let ownerId: string;

  beforeAll(async () => {
    let owner;
    ({ t, server, projectId, owner } = await startProjectServer());
    ownerId = owner.viewer.kind === 'user' ? owner.viewer.userId : '';
    const lines = Array.from({ length: TASKS }, (_x, i) => ({ line: i + 1, value: scaleTask(i) }));
    expect((await importScaleTasks(t.db, projectId, lines)).created).toBe(TASKS);
    const threads = await server.execute(
      `query($p: ID!) { project(id: $p) { tasks(first: 10) { nodes { threads(first: 1) { nodes { id } } } } } }`,
      { p: projectId },
    );
    for (const task of threads.data!.project.tasks.nodes) {
      const r = await server.execute(
        `mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "quality", type: INTEGER, value: 3 }) { userErrors { code } } }`,
        { t: task.threads.nodes[0].id },
      );
      expect(r.data!.annotationCreate.userErrors).toEqual([]);
    }
  });
  afterAll(() => stopProjectServer({ t, server }));

  it('names the last submission contributor of an imported thread, and the user who wrote through GraphQL', async () => {
    const { data, errors } = await server.execute(PAGE, { p: projectId, n: 1 });
    expect(errors).toBeUndefined();
    const nodes = data!.project.tasks.nodes[0].threads.nodes[0].annotations.nodes;
    expect(nodes).toHaveLength(2);
    expect(nodes).toContainEqual({
      key: 'quality',
      authorKind: 'CONTRIBUTOR',
      author: { __typename: 'ExternalContributor', source: 'SCALE', externalId: 'labeler_0' },
    });
    const mine = nodes.find((n: any) => n.authorKind === 'USER');
    expect(mine.author.__typename).toBe('User');
    expect(mine.author.id).toBe(ownerId);
    expect(typeof mine.author.name).toBe('string');
  });

  it('loads authors in batches: the statement count does not grow with the page size', async () => {
    const counts: number[] = [];
    for (const n of [2, TASKS]) {
      t.statements.length = 0;
      const { data, errors } = await server.execute(PAGE, { p: projectId, n });
      expect(errors).toBeUndefined();
      expect(data!.project.tasks.nodes).toHaveLength(n);
      for (const task of data!.project.tasks.nodes) {
        const authors = task.threads.nodes[0].annotations.nodes.map((a: any) => a.author?.__typename).sort();
        expect(authors).toEqual(['ExternalContributor', 'User']);
      }
      counts.push(t.statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
