import { insertAccount } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import { createTestServer } from '../support/server';

// Two organizations side by side: nothing of one may reach a caller of the other, by any path.
describe(`${DIALECT}: tenancy`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let a: Awaited<ReturnType<typeof insertProject>>;
  let b: Awaited<ReturnType<typeof insertProject>>;
  let aIds: string[];
  let bTaskIds: string[];

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
    a = await insertProject(t.db, 'Alpha');
    b = await insertProject(t.db, 'Beta');
    const shape = { threads: 1, turns: 1, annotationsPerLevel: 1, chunks: 1 };
    const bundleA = await insertGenAiTasks(t.db, a.projectId, 3, shape);
    const bundleB = await insertGenAiTasks(t.db, b.projectId, 5, shape);
    aIds = [
      a.organizationId,
      a.projectId,
      a.owner.userId,
      a.owner.tokenId,
      ...(['task', 'thread', 'turn', 'message', 'messageChunk', 'annotation'] as const).map(
        (table) => bundleA[table][0].id,
      ),
    ];
    bTaskIds = bundleB.task.map((r) => r.id);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  it('answers null for every id of the other organization, as for an unknown id', async () => {
    const { data, errors } = await server.execute(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: aIds },
      b.owner.viewer,
    );
    expect(errors).toBeUndefined();
    expect(data!.nodes).toEqual(aIds.map(() => null));
    const own = await server.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: aIds }, a.owner.viewer);
    expect(own.data!.nodes.map((n: any) => n?.id)).toEqual(aIds);
  });

  it("keeps root lists and their totalCount to the caller's own organization", async () => {
    const query = `{ organizations { totalCount nodes { id projects { totalCount nodes { id tasks { totalCount } } } } }
                     projects { totalCount nodes { id } } }`;
    const { data } = await server.execute(query, undefined, b.owner.viewer);
    expect(data!.organizations).toEqual({
      totalCount: 1,
      nodes: [
        { id: b.organizationId, projects: { totalCount: 1, nodes: [{ id: b.projectId, tasks: { totalCount: 5 } }] } },
      ],
    });
    expect(data!.projects).toEqual({ totalCount: 1, nodes: [{ id: b.projectId }] });
  });

  it('resolves no federation entity of the other organization', async () => {
    const representations = [
      { __typename: 'Task', id: bTaskIds[0] },
      { __typename: 'Project', id: b.projectId },
      { __typename: 'Organization', id: b.organizationId },
    ];
    const { data } = await server.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      { r: representations },
      a.owner.viewer,
    );
    expect(data!._entities).toEqual([null, null, null]);
  });

  it('shows an organization MEMBER only the projects they belong to, in lists and counts', async () => {
    const second = (
      await server.execute(
        `mutation($o: ID!) { projectCreate(input: { organizationId: $o, name: "Alpha two" }) { project { id } } }`,
        { o: a.organizationId },
        a.owner.viewer,
      )
    ).data!.projectCreate.project.id;
    const member = await insertAccount(t.db, {
      organizationId: a.organizationId,
      organizationRole: 'MEMBER',
      projectId: a.projectId,
      projectRole: 'ANNOTATOR',
    });
    const { data } = await server.execute(
      `query($o: ID!, $p: ID!) { organization(id: $o) { viewerRole projects { totalCount nodes { id viewerRole } } } project(id: $p) { id } }`,
      { o: a.organizationId, p: second },
      member.viewer,
    );
    expect(data).toEqual({
      organization: {
        viewerRole: 'MEMBER',
        projects: { totalCount: 1, nodes: [{ id: a.projectId, viewerRole: 'ANNOTATOR' }] },
      },
      project: null,
    });
  });

  it('shows people only to members of a shared organization', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on User { email } } }`;
    const { data } = await server.execute(query, { ids: [a.owner.userId, b.owner.userId] }, b.owner.viewer);
    expect(data!.nodes[0]).toBeNull();
    expect(data!.nodes[1].email).toContain('@');
  });
});
