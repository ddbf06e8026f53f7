import { newId } from '../../src/ids';
import type { Account } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Issue 16: EmbeddingStudio's clients name a session by their own `session_id` in every call after registration.
// searchSessionAddEvents and searchSessionMarkIrrelevant take it with `projectId` (sessionUseForImprovement too:
// test/improvement), unambiguously within that project; client ids are at most 255 characters.
const REGISTER = `mutation($p: ID!, $s: String!, $results: [SearchResultItemInput!]! = [{ objectId: "o1" }], $u: String) {
  searchSessionRegister(input: { projectId: $p, sessionId: $s, searchQuery: "q", searchResults: $results, userId: $u }) {
    session { id externalId project { id } } userErrors { code field message }
  }
}`;
const ADD = `mutation($input: SearchSessionAddEventsInput!) {
  searchSessionAddEvents(input: $input) { session { id externalId events { totalCount nodes { externalId } } } userErrors { code field message } }
}`;
const IRRELEVANT = `mutation($s: ID!, $p: ID) { searchSessionMarkIrrelevant(id: $s, projectId: $p) { session { id isIrrelevant } userErrors { code field message } } }`;

describe(`${DIALECT}: search sessions named by the client's session id`, () => {
  let t: TestDb;
  let server: TestServer;
  let p: string;
  let q: string;
  let r: string;
  let ownerB: Account;

  beforeAll(async () => {
    const fixture = await startProjectServer();
    ({ t, server, projectId: p } = fixture);
    // Q: a second project of the same organization; R: a project of another organization.
    q = newId('project');
    const now = new Date().toISOString();
    await t.db
      .insertInto('project')
      .values({
        id: q,
        organizationId: fixture.organizationId,
        name: 'Q',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const other = await insertProject(t.db, 'R');
    r = other.projectId;
    ownerB = other.owner;
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables: Record<string, unknown>, viewer?: Account['viewer']) => {
    const result = await server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const register = async (
    projectId: string,
    sessionId: string,
    viewer?: Account['viewer'],
    extra: Record<string, unknown> = {},
  ) => {
    const answer = (await run(REGISTER, { p: projectId, s: sessionId, ...extra }, viewer)).searchSessionRegister;
    return answer;
  };
  const add = async (input: Record<string, unknown>, viewer?: Account['viewer']) =>
    (await run(ADD, { input: { events: [{ eventId: `e-${Math.random()}`, objectId: 'o1' }], ...input } }, viewer))
      .searchSessionAddEvents;

  it('adds events by the client session id within the project, and never finds a session of another project or organization', async () => {
    const inP = (await register(p, 'client-1')).session;
    const inQ = (await register(q, 'client-1')).session;
    const inR = (await register(r, 'client-b', ownerB.viewer)).session;
    expect(inP.project.id).toBe(p);
    expect(inQ.project.id).toBe(q);

    const byClientId = await add({ projectId: p, sessionId: 'client-1' });
    expect(byClientId.userErrors).toEqual([]);
    expect(byClientId.session).toMatchObject({ id: inP.id, externalId: 'client-1', events: { totalCount: 1 } });
    // Registration trims the client's id; the lookup does too.
    expect((await add({ projectId: p, sessionId: ' client-1 ' })).session).toMatchObject({
      id: inP.id,
      events: { totalCount: 2 },
    });
    // The Annograph id works with or without the project.
    expect((await add({ projectId: p, sessionId: inP.id })).session).toMatchObject({
      id: inP.id,
      events: { totalCount: 3 },
    });
    expect((await add({ sessionId: inP.id })).session).toMatchObject({ id: inP.id, events: { totalCount: 4 } });
    expect((await add({ projectId: q, sessionId: 'client-1' })).session).toMatchObject({
      id: inQ.id,
      events: { totalCount: 1 },
    });

    // Unknown, or of another project / organization: NOT_FOUND, nothing written.
    for (const input of [
      { projectId: p, sessionId: 'client-unknown' },
      { projectId: p, sessionId: inQ.id },
      { projectId: p, sessionId: 'client-b' },
      { projectId: p, sessionId: inR.id },
      { sessionId: 'client-1' },
    ]) {
      const refused = await add(input);
      expect(refused).toEqual({
        session: null,
        userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'sessionId'] })],
      });
    }
    for (const input of [
      { projectId: r, sessionId: 'client-b' },
      { projectId: 'proj_01ARZ3NDEKTSV4RRFFQ69G5FAV', sessionId: 'client-1' },
      { projectId: 'client-1', sessionId: 'client-1' },
    ]) {
      expect((await add(input)).userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'projectId'] }),
      ]);
    }
    const counts = await t.db
      .selectFrom('sessionEvent')
      .select(['sessionId', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('sessionId')
      .execute();
    expect(Object.fromEntries(counts.map((c) => [c.sessionId, Number(c.n)]))).toEqual({ [inP.id]: 4, [inQ.id]: 1 });

    // A client id that is another session's Annograph id is ambiguous within the project: BAD_USER_INPUT.
    const lookalike = (await register(p, inP.id)).session;
    expect(lookalike).toMatchObject({ externalId: inP.id });
    expect(lookalike.id).not.toBe(inP.id);
    const ambiguous = await add({ projectId: p, sessionId: inP.id });
    expect(ambiguous).toEqual({
      session: null,
      userErrors: [
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: ['input', 'sessionId'],
          message: expect.stringContaining('Ambiguous'),
        }),
      ],
    });
    // Without the project the Annograph id names one session; by its own Annograph id the lookalike is found too.
    expect((await add({ sessionId: inP.id })).session.id).toBe(inP.id);
    expect((await add({ projectId: p, sessionId: lookalike.id })).session.id).toBe(lookalike.id);
  });

  it('marks a session irrelevant by the client session id, within its project only', async () => {
    const session = (await register(p, 'client-2')).session;
    const inQ = (await register(q, 'client-2')).session;
    const irrelevant = (await run(IRRELEVANT, { s: 'client-2', p })).searchSessionMarkIrrelevant;
    expect(irrelevant).toEqual({ session: { id: session.id, isIrrelevant: true }, userErrors: [] });
    // Q's session of the same client id is untouched; by its Annograph id it is marked too.
    expect(
      (await run(`query($id: ID!) { node(id: $id) { ... on SearchSession { isIrrelevant } } }`, { id: inQ.id })).node,
    ).toEqual({
      isIrrelevant: false,
    });
    expect((await run(IRRELEVANT, { s: inQ.id })).searchSessionMarkIrrelevant).toEqual({
      session: { id: inQ.id, isIrrelevant: true },
      userErrors: [],
    });
    expect((await run(IRRELEVANT, { s: 'client-2', p }, ownerB.viewer)).searchSessionMarkIrrelevant.userErrors).toEqual(
      [expect.objectContaining({ code: 'NOT_FOUND', field: ['projectId'] })],
    );
    expect((await run(IRRELEVANT, { s: 'client-nope', p })).searchSessionMarkIrrelevant.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] }),
    ]);
    expect((await run(IRRELEVANT, { s: ' '.repeat(3), p })).searchSessionMarkIrrelevant.userErrors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['id'] }),
    ]);
  });

  it('takes client ids of up to 255 characters and refuses longer ones (and NUL characters) with BAD_USER_INPUT', async () => {
    const id255 = 's'.repeat(255);
    const long = await register(p, id255, undefined, { u: 'u'.repeat(255) });
    expect(long.userErrors).toEqual([]);
    expect(long.session.externalId).toBe(id255);
    const badRegistrations: [string, Record<string, unknown>, string[]][] = [
      ['s'.repeat(256), {}, ['input', 'sessionId']],
      ['s'.repeat(300), {}, ['input', 'sessionId']],
      ['s\u0000x', {}, ['input', 'sessionId']],
      ['ok-id', { results: [{ objectId: 'o'.repeat(300) }] }, ['input', 'searchResults', '0', 'objectId']],
      ['ok-id', { u: 'u'.repeat(256) }, ['input', 'userId']],
      ['ok-id', { u: 'u\u0000' }, ['input', 'userId']],
    ];
    for (const [sessionId, extra, field] of badRegistrations) {
      expect((await register(p, sessionId, undefined, extra)).userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      ]);
    }
    expect(await t.db.selectFrom('searchSession').select('id').where('externalId', '=', 'ok-id').execute()).toEqual([]);

    // Events: eventId and objectId up to 255.
    const fine = await add({
      projectId: p,
      sessionId: id255,
      events: [{ eventId: 'e'.repeat(255), objectId: 'o'.repeat(255) }],
    });
    expect(fine.userErrors).toEqual([]);
    expect(fine.session.events.nodes).toEqual([{ externalId: 'e'.repeat(255) }]);
    for (const [event, field] of [
      [{ eventId: 'e'.repeat(300), objectId: 'o' }, 'eventId'],
      [{ eventId: 'e', objectId: 'o'.repeat(300) }, 'objectId'],
      [{ eventId: 'e\u0000', objectId: 'o' }, 'eventId'],
      [{ eventId: 'e', objectId: 'o', eventType: 't'.repeat(300) }, 'eventType'],
    ] as const) {
      expect(
        (await add({ projectId: p, sessionId: id255, events: [{ eventId: 'first', objectId: 'o' }, event] }))
          .userErrors,
      ).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'events', '1', field] })]);
    }
    // A client session id over 255 (or with NUL) names nothing: BAD_USER_INPUT, with no statement run.
    for (const sessionId of ['s'.repeat(256), 'x'.repeat(10_000), '\u0000', '   ']) {
      expect((await add({ projectId: p, sessionId })).userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'sessionId'] }),
      ]);
    }
    expect(await t.db.selectFrom('sessionEvent').select('id').where('externalId', '=', 'first').execute()).toEqual([]);
  });
});
