import { insertAccount } from '../support/accounts';
import { DIALECT } from '../support/db';
import { collect, liveClient, startLiveServer, waitFor, type LiveServer } from '../support/live-server';

// Issue 18, part 2: subscriptions over graphql-ws on the HTTP server's port and path, with a real client.
const CHANGES = `subscription($p: ID!, $after: String, $types: [ChangeType!]) {
  changes(projectId: $p, after: $after, types: $types) { id cursor type objectId payload } }`;
const CREATE = `mutation($p: ID!) { taskCreate(input: { projectId: $p }) { task { id } userErrors { code } } }`;
const CANCEL = `mutation($id: ID!) { taskCancel(id: $id) { userErrors { code } } }`;
const CHANGE_PAGE = `query($p: ID!) { changes(projectId: $p, first: 100) { edges { cursor node { id } } } }`;

describe(`${DIALECT}: subscriptions over graphql-ws`, () => {
  let s: LiveServer;
  const clients: { client: { dispose: () => void | Promise<void> } }[] = [];
  beforeAll(async () => {
    s = await startLiveServer();
  });
  afterAll(async () => {
    for (const c of clients) await c.client.dispose();
    await s.server.stop();
    await s.t.destroy();
  });
  const connect = (params?: Record<string, unknown>, headers?: Record<string, string>) => {
    const c = liveClient(s.wsUrl, params, headers);
    clients.push(c);
    return c;
  };
  const createTask = async (secret = s.owner.secret) =>
    (await s.post(secret, CREATE, { p: s.projectId })).body.data!.taskCreate.task.id as string;

  it('closes a connection without a valid token with 4401', async () => {
    const none = connect();
    expect((await none.closedWith).code).toBe(4401);
    const wrong = connect({ authorization: 'Bearer ag_not_a_token' });
    expect((await wrong.closedWith).code).toBe(4401);
  });

  it('replays from a cursor, then goes live, with no gap and no repeat at the seam', async () => {
    for (let i = 0; i < 3; i++) await createTask();
    const before = (await s.post(s.owner.secret, CHANGE_PAGE, { p: s.projectId })).body.data!.changes.edges;
    const from = before[before.length - 2];
    const { client } = connect({ authorization: `Bearer ${s.owner.secret}` });
    const expectedTotal = 1 + 6;
    const sub = collect(client, CHANGES, { p: s.projectId, after: from.cursor }, (e) => e.length >= expectedTotal);
    // Changes committed while the replay may still be reading, and after it.
    const ids = await Promise.all([createTask(), createTask(), createTask()]);
    for (const id of ids) await s.post(s.owner.secret, CANCEL, { id });
    const { events } = await sub.done;
    const nodes = events.map((e) => e.data!.changes);
    expect(nodes[0].id).toBe(before[before.length - 1].node.id);
    expect(new Set(nodes.map((n: any) => n.id)).size).toBe(nodes.length);
    const all = (await s.post(s.owner.secret, CHANGE_PAGE, { p: s.projectId })).body.data!.changes.edges;
    const tail = all.slice(all.findIndex((e: any) => e.cursor === from.cursor) + 1).map((e: any) => e.node.id);
    expect(nodes.map((n: any) => n.id)).toEqual(tail);
    expect(
      nodes
        .filter((n: any) => n.type === 'TASK_STATUS_CHANGED')
        .map((n: any) => n.objectId)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('filters by type, and takes the token from the upgrade request too', async () => {
    const { client } = connect(undefined, { authorization: `Token ${s.owner.secret}` });
    const sub = collect(client, CHANGES, { p: s.projectId, types: ['TASK_STATUS_CHANGED'] }, (e) => e.length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    const id = await createTask();
    await s.post(s.owner.secret, CANCEL, { id });
    const { events } = await sub.done;
    expect(events.map((e) => [e.data!.changes.type, e.data!.changes.objectId])).toEqual([['TASK_STATUS_CHANGED', id]]);
  });

  it('stops a member who was removed: the next event is FORBIDDEN and the stream completes', async () => {
    const viewer = await insertAccount(s.t.db, {
      organizationId: s.organizationId,
      organizationRole: 'MEMBER',
      projectId: s.projectId,
      projectRole: 'VIEWER',
    });
    const { client } = connect({ authorization: `Bearer ${viewer.secret}` });
    const sub = collect(client, CHANGES, { p: s.projectId });
    await new Promise((r) => setTimeout(r, 100));
    const seen = await createTask();
    await waitFor(() => sub.events.some((e) => e.data?.changes?.objectId === seen));
    const removed = await s.post(
      s.owner.secret,
      `mutation($p: ID!, $u: ID!) { projectMemberRemove(input: { projectId: $p, userId: $u }) { userErrors { code } } }`,
      { p: s.projectId, u: viewer.userId },
    );
    expect(removed.body.data!.projectMemberRemove.userErrors).toEqual([]);
    const hidden = await createTask();
    const end = await sub.done;
    expect(end.ended).toBe('complete');
    expect(end.events.some((e) => e.data?.changes?.objectId === hidden)).toBe(false);
    expect(end.events[end.events.length - 1].errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('applies the depth and token limits to subscription documents', async () => {
    const { client } = connect({ authorization: `Bearer ${s.owner.secret}` });
    const deep = `subscription($p: ID!) { changes(projectId: $p) { project { ${'tasks { nodes { project { '.repeat(12)}id${' } } }'.repeat(12)} } } }`;
    const result = await collect(client, deep, { p: s.projectId }).done;
    expect(result.ended).toBe('error');
    expect(JSON.stringify(result.error)).toMatch(/QUERY_TOO_COMPLEX/);
  });

  it('closes a connection past the cap of subscriptions per connection with 4429', async () => {
    const c = connect({ authorization: `Bearer ${s.owner.secret}` });
    for (let i = 0; i < 21; i++) collect(c.client, CHANGES, { p: s.projectId });
    expect((await c.closedWith).code).toBe(4429);
  });

  it('closes a connection past the cap of subscriptions per token (200, over any connections) with 4429', async () => {
    // From the log's current end (a change of its own first, so there is one): a change made while the 200 are still
    // registering is replayed to the late ones.
    await createTask();
    const page = await s.post(
      s.owner.secret,
      `query($p: ID!) { changes(projectId: $p, last: 1) { pageInfo { endCursor } } }`,
      {
        p: s.projectId,
      },
    );
    const last = page.body.data!.changes.pageInfo.endCursor as string;
    const holders = Array.from({ length: 10 }, () => connect({ authorization: `Bearer ${s.owner.secret}` }));
    const subs = holders.flatMap((h) =>
      Array.from({ length: 20 }, () => collect(h.client, CHANGES, { p: s.projectId, after: last })),
    );
    // All 200 admitted: a change reaches every one of them.
    const id = await createTask();
    await waitFor(() => subs.every((sub) => sub.events.some((e) => e.data?.changes?.objectId === id)));
    const extra = connect({ authorization: `Bearer ${s.owner.secret}` });
    collect(extra.client, CHANGES, { p: s.projectId });
    expect((await extra.closedWith).code).toBe(4429);
    // Completing subscriptions releases the token's count: a new one is admitted again.
    for (const sub of subs.slice(0, 20)) sub.stop();
    await new Promise((r) => setTimeout(r, 100));
    const again = connect({ authorization: `Bearer ${s.owner.secret}` });
    const after = collect(again.client, CHANGES, { p: s.projectId, after: last });
    const next = await createTask();
    await waitFor(() => after.events.some((e) => e.data?.changes?.objectId === next));
    for (const sub of [...subs, after]) sub.stop();
  });

  it('serves only subscriptions over WebSocket: a query or a mutation there is refused, and writes nothing', async () => {
    const { client } = connect({ authorization: `Bearer ${s.owner.secret}` });
    const before = (await s.post(s.owner.secret, CHANGE_PAGE, { p: s.projectId })).body.data!.changes.edges.length;
    for (const query of [`{ projects { nodes { id } } }`, CREATE]) {
      const result = await collect(client, query, { p: s.projectId }).done;
      expect(result.ended).toBe('error');
      expect(JSON.stringify(result.error)).toMatch(/GRAPHQL_VALIDATION_FAILED/);
    }
    const after = (await s.post(s.owner.secret, CHANGE_PAGE, { p: s.projectId })).body.data!.changes.edges.length;
    expect(after).toBe(before);
  });

  it('answers hostile subscribe messages with coded errors: huge lists, deep variables, repeated types', async () => {
    const { client } = connect({ authorization: `Bearer ${s.owner.secret}` });
    const huge = await collect(client, CHANGES, { p: s.projectId, types: Array(40_000).fill('TASK_CREATED') }).done;
    expect(JSON.stringify(huge.error)).toMatch(/BAD_REQUEST/);
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = [deep];
    const nested = await collect(client, CHANGES, { p: s.projectId, after: deep }).done;
    expect(JSON.stringify(nested.error)).toMatch(/BAD_REQUEST/);
    // 9,000 copies of one type (under the width limit) replay like one: no SQL bind limit reached.
    const first = (await s.post(s.owner.secret, CHANGE_PAGE, { p: s.projectId })).body.data!.changes.edges[0].cursor;
    const repeated = collect(
      client,
      CHANGES,
      { p: s.projectId, after: first, types: Array(9_000).fill('TASK_CREATED') },
      (e) => e.length >= 1,
    );
    const { events } = await repeated.done;
    expect(events[0].errors).toBeUndefined();
    expect(events[0].data!.changes.type).toBe('TASK_CREATED');
  });

  it('answers a subscription sent over HTTP with a coded error, not a 500', async () => {
    const { status, body } = await s.post(s.owner.secret, CHANGES, { p: s.projectId });
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions?.code).toEqual(expect.any(String));
    expect(body.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});

describe(`${DIALECT}: subscription server shutdown`, () => {
  it('closes every socket with 1001 (going away) when the server stops', async () => {
    const s = await startLiveServer();
    try {
      const { client, closedWith } = liveClient(s.wsUrl, { authorization: `Bearer ${s.owner.secret}` });
      const sub = collect(client, CHANGES, { p: s.projectId });
      await new Promise((r) => setTimeout(r, 100));
      await s.server.stop();
      expect((await closedWith).code).toBe(1001);
      sub.stop();
      await client.dispose();
    } finally {
      await s.t.destroy();
    }
  });
});

describe(`${DIALECT}: an idle change feed`, () => {
  it('reads nothing while no one subscribes, and catches up to "now" for the first subscriber', async () => {
    const s = await startLiveServer({ WEBHOOK_WORKER: 'off', EXPORT_WORKER: 'off', CONNECTOR_WORKER: 'off' });
    try {
      const created = await s.post(s.owner.secret, CREATE, { p: s.projectId });
      expect(created.body.errors).toBeUndefined();
      const quiet = s.t.statements.length;
      await new Promise((r) => setTimeout(r, 700));
      // No feed read after the commit, no poll of the log: a server without subscribers pays nothing for them.
      expect(s.t.statements.slice(quiet)).toEqual([]);
      const { client } = liveClient(s.wsUrl, { authorization: `Bearer ${s.owner.secret}` });
      const sub = collect(client, CHANGES, { p: s.projectId });
      await new Promise((r) => setTimeout(r, 700));
      // The task created before it subscribed is not "from now"; the poll runs again while someone listens.
      expect(sub.events).toEqual([]);
      expect(s.t.statements.length).toBeGreaterThan(quiet);
      const next = (await s.post(s.owner.secret, CREATE, { p: s.projectId })).body.data!.taskCreate.task.id as string;
      await waitFor(() => sub.events.some((e) => e.data?.changes?.objectId === next));
      expect(sub.events.map((e) => e.data!.changes.objectId)).toEqual([next]);
      await client.dispose();
    } finally {
      await s.server.stop();
      await s.t.destroy();
    }
  });
});
