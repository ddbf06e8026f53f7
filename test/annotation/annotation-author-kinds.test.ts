import { emptyBundle, insertBundle } from '../../src/db/row-bundle';
import { addPromptDemo } from '../../src/demo/prompt-demo';
import { seededRandom } from '../../src/demo/random';
import { createIdFactory } from '../../src/ids';
import { insertServiceToken } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// The other two kinds of author: a service token writing through GraphQL (an ANNOGRAPH contributor named by the
// token's id) and an inference run's predictions (the run, with its prompt version); and the RUN filter.
const AUTHORS = `query($p: ID!, $f: AnnotationFilter) { project(id: $p) { tasks(first: 20) { nodes { id
  annotations(first: 20, filter: $f) { nodes { key authorKind author { __typename
    ... on ExternalContributor { source externalId } ... on InferenceRun { id version { id } } } } } } } } }`;

describe(`${DIALECT}: annotation authors of service tokens and inference runs`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;

  beforeAll(async () => {
    let owner;
    ({ t, server, projectId, organizationId, owner } = await startProjectServer());
    const env = {
      newId: createIdFactory(seededRandom(7)),
      random: seededRandom(8),
      clock: (() => {
        let tick = Date.parse('2026-11-01T00:00:00Z');
        return () => (tick += 41_000);
      })(),
    };
    const bundle = emptyBundle();
    addPromptDemo(bundle, env, organizationId, projectId, owner.userId);
    await insertBundle(t.db, bundle);
  });
  afterAll(() => stopProjectServer({ t, server }));

  it('names the run and its prompt version on every prediction', async () => {
    const runs = await t.db.selectFrom('inferenceRun').select(['id', 'versionId']).execute();
    const versionOf = new Map(runs.map((r) => [r.id, r.versionId]));
    const predictions = await t.db
      .selectFrom('annotation')
      .select(['id', 'inferenceRunId'])
      .where('inferenceRunId', 'is not', null)
      .execute();
    expect(predictions.length).toBeGreaterThan(0);
    const { data, errors } = await server.execute(AUTHORS, { p: projectId, f: { authorKind: 'RUN' } });
    expect(errors).toBeUndefined();
    const nodes = data!.project.tasks.nodes.flatMap((task: any) => task.annotations.nodes);
    expect(nodes).toHaveLength(predictions.length);
    for (const n of nodes) {
      expect(n.authorKind).toBe('RUN');
      expect(n.author.__typename).toBe('InferenceRun');
      expect(n.author.version.id).toBe(versionOf.get(n.author.id));
    }
    // The filter by one run returns exactly its predictions.
    const runId = predictions[0].inferenceRunId!;
    const one = await server.execute(AUTHORS, { p: projectId, f: { authorInferenceRunId: runId } });
    const ofRun = one.data!.project.tasks.nodes.flatMap((task: any) => task.annotations.nodes);
    expect(ofRun).toHaveLength(predictions.filter((p) => p.inferenceRunId === runId).length);
    expect(ofRun.every((n: any) => n.author.id === runId)).toBe(true);
  });

  it('names a service token as an ANNOGRAPH contributor by its id', async () => {
    const token = await insertServiceToken(t.db, organizationId, 'MANAGER');
    const taskId = (
      await t.db.selectFrom('task').select('id').where('projectId', '=', projectId).executeTakeFirstOrThrow()
    ).id;
    const made = await server.execute(
      `mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "pipeline", type: TEXT, value: "ok" }) {
        annotation { authorKind author { __typename ... on ExternalContributor { source externalId } } } userErrors { code } } }`,
      { t: taskId },
      token.viewer,
    );
    expect(made.data!.annotationCreate).toEqual({
      annotation: {
        authorKind: 'CONTRIBUTOR',
        author: { __typename: 'ExternalContributor', source: 'ANNOGRAPH', externalId: token.tokenId },
      },
      userErrors: [],
    });
  });
});
