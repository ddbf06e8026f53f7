import { insertServiceToken } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

const REGISTER = `mutation($p: ID!, $s: String!, $at: DateTime, $payload: Boolean) {
  searchSessionRegister(input: {
    projectId: $p, sessionId: $s, searchQuery: { text: "red shoes" }, createdAt: $at, isPayloadSearch: $payload,
    searchResults: [{ objectId: "o1", rank: 0.9, meta: { price: 10 } }, { objectId: "o2", rank: 0.7 }],
    payloadFilter: { query: { term: { color: "red" } } }, sortBy: { field: "price", order: DESC }, userId: "u1"
  }) { session { id externalId sessionNumber batch { id status } searchResults { objectId rank meta } sortBy { field order forceNotPayload } userId } userErrors { code field message } }
}`;

describe(`${DIALECT}: search sessions for model improvement`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let worker: Awaited<ReturnType<typeof insertServiceToken>>;

  beforeAll(async () => {
    const fixture = await startProjectServer();
    ({ t, server, projectId } = fixture);
    worker = await insertServiceToken(t.db, fixture.organizationId, 'ADMIN');
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>, viewer?: any) => {
    const result = await server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const register = async (sessionId: string, extra: Record<string, unknown> = {}) =>
    (await run(REGISTER, { p: projectId, s: sessionId, ...extra })).searchSessionRegister;
  const release = async (releaseId: string) =>
    (
      await run(
        `mutation($p: ID!, $r: String!) { batchRelease(projectId: $p, releaseId: $r) { batch { id status releaseId releasedAt sessionCounter } userErrors { code message } } }`,
        { p: projectId, r: releaseId },
        worker.viewer,
      )
    ).batchRelease;

  it('numbers sessions 1, 2, 3 in one collecting batch, and registering a session id again returns it', async () => {
    const a = await register('s-a');
    expect(a.userErrors).toEqual([]);
    expect(a.session).toMatchObject({
      externalId: 's-a',
      sessionNumber: 1,
      batch: { status: 'COLLECTING' },
      userId: 'u1',
      sortBy: { field: 'price', order: 'DESC', forceNotPayload: false },
    });
    expect(a.session.searchResults).toEqual([
      { objectId: 'o1', rank: 0.9, meta: { price: 10 } },
      { objectId: 'o2', rank: 0.7, meta: null },
    ]);
    const b = await register('s-b');
    expect(b.session.sessionNumber).toBe(2);
    expect(b.session.batch.id).toBe(a.session.batch.id);
    const again = await register('s-a');
    expect(again.session).toEqual(a.session);
    expect((await register('s-c')).session.sessionNumber).toBe(3);
  });

  it('refuses a created time outside the last 12 hours to 5 minutes ahead', async () => {
    for (const at of [
      new Date(Date.now() - 13 * 3600_000).toISOString(),
      new Date(Date.now() + 10 * 60_000).toISOString(),
    ]) {
      const refused = await register(`s-time-${at}`, { at });
      expect(refused.userErrors).toEqual([
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: ['input', 'createdAt'],
          message: expect.stringContaining('Invalid utc timestamp'),
        }),
      ]);
    }
    expect((await register('s-recent', { at: new Date(Date.now() - 3600_000).toISOString() })).userErrors).toEqual([]);
  });

  it('keeps an event once however often it is sent, and pages a batch by session number', async () => {
    const id = (await register('s-events')).session.id;
    const add = `mutation($s: ID!, $e: [SessionEventInput!]!) { searchSessionAddEvents(input: { sessionId: $s, events: $e }) { session { events { totalCount nodes { externalId objectId eventType meta } } } userErrors { code } } }`;
    await run(add, {
      s: id,
      e: [
        { eventId: 'e1', objectId: 'o1' },
        { eventId: 'e2', objectId: 'o2', eventType: 'add_to_cart', meta: { qty: 1 } },
      ],
    });
    const again = (
      await run(add, {
        s: id,
        e: [
          { eventId: 'e1', objectId: 'o9' },
          { eventId: 'e3', objectId: 'o1' },
        ],
      })
    ).searchSessionAddEvents;
    expect(again.session.events.totalCount).toBe(3);
    expect(again.session.events.nodes.map((e: any) => [e.externalId, e.objectId])).toEqual([
      ['e1', 'o1'],
      ['e2', 'o2'],
      ['e3', 'o1'],
    ]);

    const batchId = (await register('s-a')).session.batch.id;
    const pages: number[][] = [];
    let after = 0;
    for (;;) {
      const page = (
        await run(
          `query($b: ID!, $a: Int) { batchSessions(batchId: $b, afterNumber: $a, limit: 2, eventsLimit: 2) { batch { id } lastNumber sessions { sessionNumber events { nodes { externalId } } } } }`,
          { b: batchId, a: after },
        )
      ).batchSessions;
      expect(page.batch).toEqual({ id: batchId });
      if (page.lastNumber === null) {
        expect(page.sessions).toEqual([]);
        break;
      }
      pages.push(page.sessions.map((s: any) => s.sessionNumber));
      for (const s of page.sessions) expect(s.events.nodes.length).toBeLessThanOrEqual(2);
      after = page.lastNumber;
    }
    const total = (
      await run(
        `query($b: ID!) { node(id: $b) { ... on Batch { sessionCounter sessions { totalCount nodes { sessionNumber } } } } }`,
        { b: batchId },
      )
    ).node;
    expect(pages.flat()).toEqual(Array.from({ length: total.sessionCounter }, (_v, i) => i + 1));
    expect(total.sessions.nodes.map((s: any) => s.sessionNumber)).toEqual(pages.flat());
    expect(
      (await run(`{ batchSessions(batchId: "batch_01ARZ3NDEKTSV4RRFFQ69G5FAV") { lastNumber } }`)).batchSessions,
    ).toBeNull();
  });

  it('queues a session for improvement only with events or the irrelevant mark, skips payload searches, and works the queue', async () => {
    const use = `mutation($s: ID!) { sessionUseForImprovement(sessionId: $s) { item { id status session { externalId } } skipped userErrors { code message } } }`;
    const empty = (await register('s-empty')).session.id;
    const refused = (await run(use, { s: empty }, worker.viewer)).sessionUseForImprovement;
    expect(refused).toMatchObject({ item: null, skipped: false, userErrors: [{ code: 'PRECONDITION_FAILED' }] });
    await run(`mutation($s: ID!) { searchSessionMarkIrrelevant(id: $s) { session { isIrrelevant } } }`, { s: empty });
    const queued = (await run(use, { s: empty }, worker.viewer)).sessionUseForImprovement;
    expect(queued).toMatchObject({
      skipped: false,
      userErrors: [],
      item: { status: 'PENDING', session: { externalId: 's-empty' } },
    });
    expect((await run(use, { s: empty }, worker.viewer)).sessionUseForImprovement.item.id).toBe(queued.item.id);
    const payload = (await register('s-payload', { payload: true })).session.id;
    expect((await run(use, { s: payload }, worker.viewer)).sessionUseForImprovement).toEqual({
      item: null,
      skipped: true,
      userErrors: [],
    });
    const unknown = (await run(use, { s: 'ssn_01ARZ3NDEKTSV4RRFFQ69G5FAV' }, worker.viewer)).sessionUseForImprovement;
    expect(unknown.userErrors[0].code).toBe('NOT_FOUND');

    const claim = `mutation($p: ID!, $l: Int) { improvementItemClaim(projectId: $p, leaseSeconds: $l) { item { id status leaseUntil } userErrors { code } } }`;
    const claimed = (await run(claim, { p: projectId, l: 60 }, worker.viewer)).improvementItemClaim.item;
    expect(claimed).toMatchObject({ id: queued.item.id, status: 'PROCESSING' });
    expect((await run(claim, { p: projectId }, worker.viewer)).improvementItemClaim.item).toBeNull();
    // An expired lease makes the item claimable again.
    await t.db
      .updateTable('improvementItem')
      .set({ leaseUntil: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', claimed.id)
      .execute();
    expect((await run(claim, { p: projectId }, worker.viewer)).improvementItemClaim.item.id).toBe(claimed.id);
    const complete = `mutation($id: ID!, $o: ImprovementOutcome!, $d: String) { improvementItemComplete(id: $id, outcome: $o, detail: $d) { item { status detail } userErrors { code } } }`;
    expect(
      (await run(complete, { id: claimed.id, o: 'FAILED', d: 'model diverged' }, worker.viewer))
        .improvementItemComplete,
    ).toEqual({ item: { status: 'FAILED', detail: 'model diverged' }, userErrors: [] });
    expect(
      (await run(complete, { id: claimed.id, o: 'DONE' }, worker.viewer)).improvementItemComplete.userErrors[0].code,
    ).toBe('INVALID_STATE_TRANSITION');
    const items = (
      await run(`query($p: ID!) { project(id: $p) { improvementItems(status: [FAILED]) { totalCount } } }`, {
        p: projectId,
      })
    ).project.improvementItems;
    expect(items.totalCount).toBe(1);

    // Review fixes: concurrent queueing gives one open item; only the lease holder completes it.
    const busy = (await register('s-busy')).session.id;
    await run(`mutation($s: ID!) { searchSessionMarkIrrelevant(id: $s) { session { id } } }`, { s: busy });
    const both = await Promise.all([0, 1, 2].map(() => run(use, { s: busy }, worker.viewer)));
    expect(new Set(both.map((b: any) => b.sessionUseForImprovement.item.id)).size).toBe(1);
    const held = (await run(claim, { p: projectId, l: 60 }, worker.viewer)).improvementItemClaim.item;
    const other = await insertServiceToken(
      t.db,
      (await t.db.selectFrom('project').select('organizationId').where('id', '=', projectId).executeTakeFirstOrThrow())
        .organizationId,
      'ADMIN',
    );
    expect(
      (await run(complete, { id: held.id, o: 'DONE' }, other.viewer)).improvementItemComplete.userErrors[0].code,
    ).toBe('CONFLICT');
  });

  it('releases the collecting batch once per releaseId, then answers NOT_FOUND until a new session opens a batch', async () => {
    const first = await release('rel-1');
    expect(first.userErrors).toEqual([]);
    expect(first.batch).toMatchObject({ status: 'RELEASED', releaseId: 'rel-1' });
    expect(first.batch.releasedAt).not.toBeNull();
    expect((await release('rel-1')).batch).toEqual(first.batch);
    expect(await release('rel-2')).toEqual({
      batch: null,
      userErrors: [{ code: 'NOT_FOUND', message: 'There is no collecting batch' }],
    });
    const next = await register('s-after-release');
    expect(next.session.sessionNumber).toBe(1);
    expect(next.session.batch.id).not.toBe(first.batch.id);
    expect((await release('rel-2')).batch).toMatchObject({ id: next.session.batch.id, sessionCounter: 1 });
  });
});
