import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

// Issue 18, part 1: the change log, written in the transaction of the change, read as a connection by cursor.
describe(`${DIALECT}: the change log`, () => {
  let s: ProjectServer;
  beforeAll(async () => {
    s = await startProjectServer();
  });
  afterAll(() => stopProjectServer(s));

  const createTask = async () =>
    (
      await s.server.execute(
        `mutation($p: ID!) { taskCreate(input: { projectId: $p }) { task { id } userErrors { code } } }`,
        { p: s.projectId },
      )
    ).data!.taskCreate.task.id as string;

  const changes = async (vars: Record<string, unknown>, viewer = s.owner.viewer) => {
    s.server.actAs(viewer);
    const result = await s.server.execute(
      `query($p: ID, $o: ID, $after: String, $first: Int, $types: [ChangeType!]) {
        changes(projectId: $p, organizationId: $o, after: $after, first: $first, types: $types) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id cursor type objectType objectId projectId organizationId actor { kind userId tokenId worker } payload } } } }`,
      vars,
    );
    s.server.actAs(s.owner.viewer);
    return result;
  };

  it('records each change once, in commit order, with its actor, and replays from any cursor', async () => {
    const before = (await changes({ p: s.projectId, first: 100 })).data!.changes.totalCount as number;
    const taskId = await createTask();
    const cancel = await s.server.execute(`mutation($id: ID!) { taskCancel(id: $id) { userErrors { code } } }`, {
      id: taskId,
    });
    expect(cancel.errors).toBeUndefined();
    const page = (await changes({ p: s.projectId, first: 100 })).data!.changes;
    expect(page.totalCount).toBe(before + 2);
    const mine = page.edges.slice(-2).map((e: any) => e.node);
    expect(mine).toEqual([
      expect.objectContaining({
        type: 'TASK_CREATED',
        objectType: 'Task',
        objectId: taskId,
        projectId: s.projectId,
        organizationId: s.organizationId,
        actor: { kind: 'USER', userId: s.owner.userId, tokenId: null, worker: null },
      }),
      expect.objectContaining({
        type: 'TASK_STATUS_CHANGED',
        objectId: taskId,
        payload: expect.objectContaining({ from: 'PENDING', to: 'CANCELED' }),
      }),
    ]);
    // The edge cursor is the change's own; after it comes exactly the next change.
    expect(page.edges[page.edges.length - 2].cursor).toBe(mine[0].cursor);
    const replay = (await changes({ p: s.projectId, after: mine[0].cursor })).data!.changes;
    expect(replay.edges.map((e: any) => e.node.id)).toEqual([mine[1].id]);
    expect(replay.pageInfo.hasNextPage).toBe(false);
    const onlyStatus = (await changes({ p: s.projectId, first: 100, types: ['TASK_STATUS_CHANGED'] })).data!.changes;
    expect(onlyStatus.edges.every((e: any) => e.node.type === 'TASK_STATUS_CHANGED')).toBe(true);
    expect(onlyStatus.edges.map((e: any) => e.node.id)).toContain(mine[1].id);
  });

  it('writes nothing for a refused mutation (the change is in its transaction)', async () => {
    const taskId = await createTask();
    await s.server.execute(`mutation($id: ID!) { taskCancel(id: $id) { userErrors { code } } }`, { id: taskId });
    const count = async () => (await changes({ p: s.projectId, first: 1 })).data!.changes.totalCount as number;
    const before = await count();
    const again = await s.server.execute(`mutation($id: ID!) { taskCancel(id: $id) { userErrors { code } } }`, {
      id: taskId,
    });
    expect(again.data!.taskCancel.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
    expect(await count()).toBe(before);
  });

  it('shows a project only to who may read it, and organization-wide changes to its members', async () => {
    await createTask();
    const outsider = await insertAccount(s.t.db, { organizationId: s.organizationId, organizationRole: 'MEMBER' });
    const own = (await changes({ p: s.projectId, first: 5 }, outsider.viewer)).data!.changes;
    expect(own).toMatchObject({ totalCount: 0, edges: [] });
    const viaOrganizationResult = await changes({ o: s.organizationId, first: 5 }, outsider.viewer);
    expect(viaOrganizationResult.errors).toBeUndefined();
    const viaOrganization = viaOrganizationResult.data!.changes;
    expect(viaOrganization.edges.filter((e: any) => e.node.projectId !== null)).toEqual([]);
    const reader = await insertAccount(s.t.db, {
      organizationId: s.organizationId,
      organizationRole: 'MEMBER',
      projectId: s.projectId,
      projectRole: 'VIEWER',
    });
    const seen = (await changes({ o: s.organizationId, first: 100 }, reader.viewer)).data!.changes;
    expect(seen.totalCount).toBeGreaterThan(0);
    expect(seen.edges.every((e: any) => e.node.projectId === s.projectId || e.node.projectId === null)).toBe(true);
  });

  it('refuses a cursor of another list, and asks for exactly one of project and organization', async () => {
    const bad = await changes({ p: s.projectId, after: Buffer.from('cursor:task_x').toString('base64url') });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const both = await changes({ p: s.projectId, o: s.organizationId });
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await changes({});
    expect(neither.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
