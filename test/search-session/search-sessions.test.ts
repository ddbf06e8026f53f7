import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

const REGISTER = `mutation($p: ID!, $s: String!, $at: DateTime, $payload: Boolean) {
  searchSessionRegister(input: {
    projectId: $p, sessionId: $s, searchQuery: { text: "red shoes" }, createdAt: $at, isPayloadSearch: $payload,
    searchResults: [{ objectId: "o1", rank: 0.9, meta: { price: 10 } }, { objectId: "o2", rank: 0.7 }],
    payloadFilter: { query: { term: { color: "red" } } }, sortBy: { field: "price", order: DESC }, userId: "u1"
  }) { session { id externalId sessionNumber batch { id status } searchResults { objectId rank meta } sortBy { field order forceNotPayload } userId } userErrors { code field message } }
}`;

describe(`${DIALECT}: search sessions: registration, events and batch pages`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>, viewer?: any) => {
    const result = await server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const register = async (sessionId: string, extra: Record<string, unknown> = {}) =>
    (await run(REGISTER, { p: projectId, s: sessionId, ...extra })).searchSessionRegister;

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
});
