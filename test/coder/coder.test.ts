import { newId } from '../../src/ids';
import { insertAccount, type Account } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Coders (schema/coder.graphql) through GraphQL: a project's models of both kinds, read as a list, by node id and
// by federation reference, and deleted by coderDelete with its refusals and roles.

const CODER = 'id kind label source externalId score createdAt project { id }';
const DELETE = `mutation($id: ID!) { coderDelete(id: $id) { deletedCoderId userErrors { code field message } } }`;

describe(`${DIALECT}: coders`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;
  let stamp = Date.parse('2026-03-01T00:00:00.000Z');

  beforeAll(async () => {
    ({ t, server, projectId, organizationId } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  /** A coder of a project, created a second after the previous one (lists are oldest first). */
  async function insertCoder(
    project: string,
    values: { kind?: 'CODING' | 'CLASSIFIER'; label?: string; externalId?: string; score?: number } = {},
  ) {
    const id = newId('coder');
    const at = new Date((stamp += 1000)).toISOString();
    await t.db
      .insertInto('coder')
      .values({
        id,
        projectId: project,
        kind: values.kind ?? 'CODING',
        label: values.label ?? 'Coder',
        source: values.kind === 'CLASSIFIER' ? 'DEEPOPINION' : 'ANNOGRAPH',
        externalId: values.externalId ?? null,
        score: values.score ?? null,
        modelJson: values.kind === 'CLASSIFIER' ? null : '{}',
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    return id;
  }

  /** A DRAFT coding task of the project using the coder, through the coding service's own mutation. */
  async function codingTask(coderId: string) {
    const created = await server.execute(
      `mutation($p: ID!, $c: ID!) { codingTaskCreate(input: { projectId: $p, type: CODE, coderId: $c }) { task { id coding { coder { id } } } userErrors { code } } }`,
      { p: projectId, c: coderId },
    );
    expect(created.data!.codingTaskCreate.userErrors).toEqual([]);
    return created.data!.codingTaskCreate.task.id as string;
  }

  const run = async (query: string, variables?: Record<string, unknown>, viewer?: Account['viewer']) => {
    const result = await server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const coders = async (variables: { first?: number; after?: string } = {}) =>
    (
      await run(
        `query($p: ID!, $first: Int, $after: String) { project(id: $p) { coders(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CODER} } } nodes { id } } } }`,
        { p: projectId, ...variables },
      )
    ).project.coders;

  it("lists a project's coders of both kinds, oldest first, as a connection", async () => {
    const trained = await insertCoder(projectId, { label: 'Trained codes' });
    const classifier = await insertCoder(projectId, {
      kind: 'CLASSIFIER',
      label: 'Reviews ABSA v3',
      externalId: '42',
      score: 0.91,
    });
    // Another organization's coder is not on this project's list.
    const other = await insertProject(t.db, 'Elsewhere');
    await insertCoder(other.projectId, { label: 'Foreign' });
    const all = await coders();
    expect(all.totalCount).toBe(2);
    expect(all.nodes).toEqual([{ id: trained }, { id: classifier }]);
    expect(all.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        id: trained,
        kind: 'CODING',
        label: 'Trained codes',
        source: 'ANNOGRAPH',
        externalId: null,
        score: null,
        createdAt: expect.any(String),
        project: { id: projectId },
      },
      {
        id: classifier,
        kind: 'CLASSIFIER',
        label: 'Reviews ABSA v3',
        source: 'DEEPOPINION',
        externalId: '42',
        score: 0.91,
        createdAt: expect.any(String),
        project: { id: projectId },
      },
    ]);
    const first = await coders({ first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ id: trained }] });
    const second = await coders({ first: 1, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: classifier }] });
    await t.db.deleteFrom('coder').execute();
  });

  it('reads a coder by node id and by federation reference; null for an unknown, foreign or other id', async () => {
    const id = await insertCoder(projectId, { label: 'By id' });
    const other = await insertProject(t.db, 'Other org');
    const foreign = await insertCoder(other.projectId, { label: 'Foreign' });
    const node = async (nodeId: string) =>
      (await run(`query($id: ID!) { node(id: $id) { __typename ... on Coder { id label } } }`, { id: nodeId })).node;
    expect(await node(id)).toEqual({ __typename: 'Coder', id, label: 'By id' });
    expect(await node(foreign)).toBeNull();
    expect(await node(newId('coder'))).toBeNull();
    expect(await node(projectId)).toMatchObject({ __typename: 'Project' });
    const entities = (
      await run(`query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Coder { id label } } }`, {
        r: [
          { __typename: 'Coder', id },
          { __typename: 'Coder', id: foreign },
          { __typename: 'Coder', id: newId('coder') },
          { __typename: 'Coder', id: projectId },
        ],
      })
    )._entities;
    expect(entities).toEqual([{ __typename: 'Coder', id, label: 'By id' }, null, null, null]);
  });

  it('deletes a coder no open task uses; refuses while a DRAFT, PENDING or IN_PROGRESS task uses it', async () => {
    const coderId = await insertCoder(projectId, { label: 'In use' });
    const taskId = await codingTask(coderId);
    for (const status of ['DRAFT', 'PENDING', 'IN_PROGRESS'] as const) {
      await t.db.updateTable('task').set({ status }).where('id', '=', taskId).execute();
      expect((await run(DELETE, { id: coderId })).coderDelete).toEqual({
        deletedCoderId: null,
        userErrors: [
          {
            code: 'PRECONDITION_FAILED',
            field: ['id'],
            message: 'An open task uses this coder: abort or finish it first',
          },
        ],
      });
      expect(await t.db.selectFrom('coder').select('id').where('id', '=', coderId).executeTakeFirst()).toBeDefined();
    }
    // A finished or canceled task lets it go, and keeps no coder.
    await t.db.updateTable('task').set({ status: 'CANCELED' }).where('id', '=', taskId).execute();
    expect((await run(DELETE, { id: coderId })).coderDelete).toEqual({ deletedCoderId: coderId, userErrors: [] });
    const task = await run(`query($id: ID!) { task(id: $id) { coding { coder { id } } } }`, { id: taskId });
    expect(task.task.coding.coder).toBeNull();
    // Deleted: as if it had never been there.
    expect((await run(DELETE, { id: coderId })).coderDelete.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'], message: 'No coder with this id' },
    ]);
  });

  it('deletes a classifier with its predictions and correction sessions', async () => {
    const coderId = await insertCoder(projectId, { kind: 'CLASSIFIER', label: 'Classifier' });
    const documentId = newId('document');
    const segmentId = newId('segment');
    const at = new Date().toISOString();
    await t.db
      .insertInto('document')
      .values({ id: documentId, projectId, text: 'Price is high.', createdAt: at })
      .execute();
    await t.db
      .insertInto('segment')
      .values({ id: segmentId, projectId, documentId, spanStart: 0, spanEnd: 14, text: 'Price is high.' })
      .execute();
    await t.db
      .insertInto('coderPrediction')
      .values({ id: `pred_${segmentId}`, coderId, segmentId, class: 'Price', label: 'NEG' })
      .execute();
    const session = await run(
      `mutation($p: ID!, $m: ID!) { correctionSessionCreate(input: { projectId: $p, modelId: $m, sampleSize: 1 }) { session { id } userErrors { code } } }`,
      { p: projectId, m: coderId },
    );
    const sessionId = session.correctionSessionCreate.session.id;
    expect((await run(DELETE, { id: coderId })).coderDelete).toEqual({ deletedCoderId: coderId, userErrors: [] });
    expect(await t.db.selectFrom('coderPrediction').select('id').where('coderId', '=', coderId).execute()).toEqual([]);
    expect((await run(`query($id: ID!) { node(id: $id) { id } }`, { id: sessionId })).node).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id, an id of another type and a coder of another organization', async () => {
    const other = await insertProject(t.db, 'Not mine');
    const foreign = await insertCoder(other.projectId, { label: 'Foreign' });
    for (const id of [newId('coder'), projectId, foreign, 'cdr_', '']) {
      expect((await run(DELETE, { id })).coderDelete).toEqual({
        deletedCoderId: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'No coder with this id' }],
      });
    }
    expect(await t.db.selectFrom('coder').select('id').where('id', '=', foreign).executeTakeFirst()).toBeDefined();
  });

  it('needs MANAGER on the project: VIEWER and ANNOTATOR are FORBIDDEN, a member without a role sees nothing', async () => {
    const coderId = await insertCoder(projectId, { label: 'Guarded' });
    for (const projectRole of ['VIEWER', 'ANNOTATOR', 'REVIEWER'] as const) {
      const account = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER', projectId, projectRole });
      const refused = await server.execute(DELETE, { id: coderId }, account.viewer);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?.coderDelete ?? null).toBeNull();
    }
    const outsider = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER' });
    expect((await run(DELETE, { id: coderId }, outsider.viewer)).coderDelete.userErrors[0].code).toBe('NOT_FOUND');
    expect(await t.db.selectFrom('coder').select('id').where('id', '=', coderId).executeTakeFirst()).toBeDefined();
    const manager = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'MANAGER',
    });
    expect((await run(DELETE, { id: coderId }, manager.viewer)).coderDelete).toEqual({
      deletedCoderId: coderId,
      userErrors: [],
    });
  });
});
