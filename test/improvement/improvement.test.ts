import { newId } from '../../src/ids';
import { insertServiceToken, type Account } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// The improvement queue (schema/improvement.graphql): sessionUseForImprovement queues a search session, workers
// claim items with a lease and complete them; batchRelease releases the collecting batch of sessions.
const REGISTER = `mutation($p: ID!, $s: String!, $payload: Boolean) {
  searchSessionRegister(input: { projectId: $p, sessionId: $s, searchQuery: "q", searchResults: [{ objectId: "o1" }], isPayloadSearch: $payload }) {
    session { id externalId sessionNumber batch { id } } userErrors { code field message }
  }
}`;
const IRRELEVANT = `mutation($s: ID!, $p: ID) { searchSessionMarkIrrelevant(id: $s, projectId: $p) { session { id isIrrelevant } userErrors { code field message } } }`;
const USE_BY_ID = `mutation($s: ID!) { sessionUseForImprovement(sessionId: $s) { item { id status session { externalId } } skipped userErrors { code message } } }`;
const USE = `mutation($s: ID!, $p: ID) {
  sessionUseForImprovement(sessionId: $s, projectId: $p) { item { status session { id externalId project { id } } } skipped userErrors { code field message } }
}`;
const CLAIM = `mutation($p: ID!, $l: Int) { improvementItemClaim(projectId: $p, leaseSeconds: $l) { item { id status leaseUntil } userErrors { code field } } }`;
const COMPLETE = `mutation($id: ID!, $o: ImprovementOutcome!, $d: String) { improvementItemComplete(id: $id, outcome: $o, detail: $d) { item { status detail } userErrors { code field } } }`;
const RELEASE = `mutation($p: ID!, $r: String!) { batchRelease(projectId: $p, releaseId: $r) { batch { id status releaseId releasedAt sessionCounter } userErrors { code field message } } }`;

describe(`${DIALECT}: the improvement queue and batch release`, () => {
  let t: TestDb;
  let server: TestServer;
  let p: string;
  let q: string;
  let r: string;
  let organizationId: string;
  let ownerB: Account;
  let workerA: Account;
  let workerB: Account;

  beforeAll(async () => {
    const fixture = await startProjectServer();
    ({ t, server, projectId: p, organizationId } = fixture);
    // Q: a second project of the same organization; R: a project of another organization.
    q = newId('project');
    const now = new Date().toISOString();
    await t.db
      .insertInto('project')
      .values({ id: q, organizationId, name: 'Q', source: 'ANNOGRAPH', createdAt: now, updatedAt: now })
      .execute();
    const other = await insertProject(t.db, 'R');
    r = other.projectId;
    ownerB = other.owner;
    workerA = await insertServiceToken(t.db, organizationId, 'ADMIN');
    workerB = await insertServiceToken(t.db, other.organizationId, 'ADMIN');
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables: Record<string, unknown>, viewer?: Account['viewer']) => {
    const result = await server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const register = async (projectId: string, sessionId: string, extra: Record<string, unknown> = {}) =>
    (await run(REGISTER, { p: projectId, s: sessionId, ...extra })).searchSessionRegister;
  const release = async (projectId: string, releaseId: string) =>
    (await run(RELEASE, { p: projectId, r: releaseId }, workerA.viewer)).batchRelease;

  it('queues a session only with events or the irrelevant mark, skips payload searches, and works the queue with leases', async () => {
    const worker = workerA;
    const empty = (await register(p, 's-empty')).session.id;
    const refused = (await run(USE_BY_ID, { s: empty }, worker.viewer)).sessionUseForImprovement;
    expect(refused).toMatchObject({ item: null, skipped: false, userErrors: [{ code: 'PRECONDITION_FAILED' }] });
    await run(IRRELEVANT, { s: empty });
    const queued = (await run(USE_BY_ID, { s: empty }, worker.viewer)).sessionUseForImprovement;
    expect(queued).toMatchObject({
      skipped: false,
      userErrors: [],
      item: { status: 'PENDING', session: { externalId: 's-empty' } },
    });
    expect((await run(USE_BY_ID, { s: empty }, worker.viewer)).sessionUseForImprovement.item.id).toBe(queued.item.id);
    const payload = (await register(p, 's-payload', { payload: true })).session.id;
    expect((await run(USE_BY_ID, { s: payload }, worker.viewer)).sessionUseForImprovement).toEqual({
      item: null,
      skipped: true,
      userErrors: [],
    });
    const unknown = (await run(USE_BY_ID, { s: 'ssn_01ARZ3NDEKTSV4RRFFQ69G5FAV' }, worker.viewer))
      .sessionUseForImprovement;
    expect(unknown.userErrors[0].code).toBe('NOT_FOUND');

    const claimed = (await run(CLAIM, { p, l: 60 }, worker.viewer)).improvementItemClaim.item;
    expect(claimed).toMatchObject({ id: queued.item.id, status: 'PROCESSING' });
    expect((await run(CLAIM, { p }, worker.viewer)).improvementItemClaim.item).toBeNull();
    // An expired lease makes the item claimable again.
    await t.db
      .updateTable('improvementItem')
      .set({ leaseUntil: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', claimed.id)
      .execute();
    expect((await run(CLAIM, { p }, worker.viewer)).improvementItemClaim.item.id).toBe(claimed.id);
    expect(
      (await run(COMPLETE, { id: claimed.id, o: 'FAILED', d: 'model diverged' }, worker.viewer))
        .improvementItemComplete,
    ).toEqual({ item: { status: 'FAILED', detail: 'model diverged' }, userErrors: [] });
    expect(
      (await run(COMPLETE, { id: claimed.id, o: 'DONE' }, worker.viewer)).improvementItemComplete.userErrors[0].code,
    ).toBe('INVALID_STATE_TRANSITION');
    const items = (
      await run(`query($p: ID!) { project(id: $p) { improvementItems(status: [FAILED]) { totalCount } } }`, { p })
    ).project.improvementItems;
    expect(items.totalCount).toBe(1);

    // Review fixes: concurrent queueing gives one open item; only the lease holder completes it.
    const busy = (await register(p, 's-busy')).session.id;
    await run(IRRELEVANT, { s: busy });
    const both = await Promise.all([0, 1, 2].map(() => run(USE_BY_ID, { s: busy }, worker.viewer)));
    expect(new Set(both.map((b: any) => b.sessionUseForImprovement.item.id)).size).toBe(1);
    const held = (await run(CLAIM, { p, l: 60 }, worker.viewer)).improvementItemClaim.item;
    const other = await insertServiceToken(t.db, organizationId, 'ADMIN');
    expect(
      (await run(COMPLETE, { id: held.id, o: 'DONE' }, other.viewer)).improvementItemComplete.userErrors[0].code,
    ).toBe('CONFLICT');
  });

  it('releases the collecting batch once per releaseId, then answers NOT_FOUND until a new session opens a batch', async () => {
    const first = await release(p, 'rel-1');
    expect(first.userErrors).toEqual([]);
    expect(first.batch).toMatchObject({ status: 'RELEASED', releaseId: 'rel-1' });
    expect(first.batch.releasedAt).not.toBeNull();
    expect((await release(p, 'rel-1')).batch).toEqual(first.batch);
    expect(await release(p, 'rel-2')).toEqual({
      batch: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['releaseId'], message: 'There is no collecting batch' }],
    });
    const next = await register(p, 's-after-release');
    expect(next.session.sessionNumber).toBe(1);
    expect(next.session.batch.id).not.toBe(first.batch.id);
    expect((await release(p, 'rel-2')).batch).toMatchObject({ id: next.session.batch.id, sessionCounter: 1 });
    // Another organization's worker finds no project.
    expect((await run(RELEASE, { p, r: 'rel-3' }, workerB.viewer)).batchRelease).toEqual({
      batch: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['projectId'] })],
    });
  });

  it("leases for leaseSeconds (1 to 86400), lists a session's items oldest first, and queues a finished session again", async () => {
    // Project Q's queue is empty so far: every claim below takes Q's one item.
    const session = (await register(q, 'lease-1')).session;
    await run(IRRELEVANT, { s: session.id });
    for (const l of [0, -1, 86_401]) {
      expect((await run(CLAIM, { p: q, l }, workerA.viewer)).improvementItemClaim).toEqual({
        item: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['leaseSeconds'] }],
      });
    }
    const first = (await run(USE_BY_ID, { s: session.id }, workerA.viewer)).sessionUseForImprovement.item;
    const before = Date.now();
    const claimed = (await run(CLAIM, { p: q, l: 120 }, workerA.viewer)).improvementItemClaim.item;
    expect(claimed).toMatchObject({ id: first.id, status: 'PROCESSING' });
    const lease = Date.parse(claimed.leaseUntil) - before;
    expect(lease).toBeGreaterThan(119_000);
    expect(lease).toBeLessThan(121_000 + 5_000);
    // Held: no claim takes it while the lease runs.
    expect((await run(CLAIM, { p: q }, workerA.viewer)).improvementItemClaim).toEqual({ item: null, userErrors: [] });
    expect(
      (await run(COMPLETE, { id: first.id, o: 'DONE', d: 'used' }, workerA.viewer)).improvementItemComplete,
    ).toEqual({ item: { status: 'DONE', detail: 'used' }, userErrors: [] });
    // A finished session may be queued again, as a new item.
    const second = (await run(USE_BY_ID, { s: session.id }, workerA.viewer)).sessionUseForImprovement.item;
    expect(second).toMatchObject({ status: 'PENDING' });
    expect(second.id).not.toBe(first.id);
    const before2 = Date.now();
    const again = (await run(CLAIM, { p: q }, workerA.viewer)).improvementItemClaim.item;
    expect(again.id).toBe(second.id);
    expect(Date.parse(again.leaseUntil) - before2).toBeGreaterThan(299_000);

    const lists = await run(
      `query($s: ID!, $q: ID!) {
        node(id: $s) { ... on SearchSession { improvementItems { totalCount nodes { id status detail session { id } project { id } } } } }
        project(id: $q) { all: improvementItems { totalCount } done: improvementItems(status: [DONE]) { nodes { id } } open: improvementItems(status: [PENDING, PROCESSING]) { nodes { id leaseUntil } } }
      }`,
      { s: session.id, q },
    );
    expect(lists.node.improvementItems).toEqual({
      totalCount: 2,
      nodes: [
        { id: first.id, status: 'DONE', detail: 'used', session: { id: session.id }, project: { id: q } },
        { id: second.id, status: 'PROCESSING', detail: null, session: { id: session.id }, project: { id: q } },
      ],
    });
    expect(lists.project).toEqual({
      all: { totalCount: 2 },
      done: { nodes: [{ id: first.id }] },
      open: { nodes: [{ id: second.id, leaseUntil: again.leaseUntil }] },
    });
  });

  it('queues a session named by the client session id (the seed body sends `session_id`)', async () => {
    const session = (await register(p, 'client-2')).session;
    await register(q, 'client-2');
    const irrelevant = (await run(IRRELEVANT, { s: 'client-2', p })).searchSessionMarkIrrelevant;
    expect(irrelevant).toEqual({ session: { id: session.id, isIrrelevant: true }, userErrors: [] });
    const queued = (await run(USE, { s: 'client-2', p }, workerA.viewer)).sessionUseForImprovement;
    expect(queued).toEqual({
      item: { status: 'PENDING', session: { id: session.id, externalId: 'client-2', project: { id: p } } },
      skipped: false,
      userErrors: [],
    });
    // The same item again, by its Annograph id.
    expect((await run(USE, { s: session.id }, workerA.viewer)).sessionUseForImprovement.item.session.id).toBe(
      session.id,
    );
    // Q's session of the same client id has neither events nor the mark: PRECONDITION_FAILED, for Q's session.
    expect((await run(USE, { s: 'client-2', p: q }, workerA.viewer)).sessionUseForImprovement.userErrors).toEqual([
      expect.objectContaining({ code: 'PRECONDITION_FAILED' }),
    ]);
    // Another organization's worker finds neither the project nor the session.
    expect((await run(USE, { s: 'client-2', p }, workerB.viewer)).sessionUseForImprovement).toEqual({
      item: null,
      skipped: false,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['projectId'] })],
    });
    expect((await run(USE, { s: session.id }, workerB.viewer)).sessionUseForImprovement.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['sessionId'] }),
    ]);
    expect((await run(USE, { s: 'client-nope', p }, workerA.viewer)).sessionUseForImprovement.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['sessionId'] }),
    ]);
    expect((await run(IRRELEVANT, { s: 'client-2', p }, ownerB.viewer)).searchSessionMarkIrrelevant.userErrors).toEqual(
      [expect.objectContaining({ code: 'NOT_FOUND', field: ['projectId'] })],
    );
    expect((await run(IRRELEVANT, { s: 'client-nope', p })).searchSessionMarkIrrelevant.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] }),
    ]);
    // A project of another organization is not found for this organization's worker either.
    expect((await run(USE, { s: 'client-2', p: r }, workerA.viewer)).sessionUseForImprovement.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['projectId'] }),
    ]);
  });

  it('refuses client session ids over 255 characters, releaseIds over 255 or with NUL, and details with NUL', async () => {
    // A client session id over 255 (or with NUL) names nothing: BAD_USER_INPUT, with no statement run.
    for (const sessionId of ['s'.repeat(256), 'x'.repeat(10_000), '\u0000', '   ']) {
      expect((await run(USE, { s: sessionId, p }, workerA.viewer)).sessionUseForImprovement.userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['sessionId'] }),
      ]);
    }

    // releaseId: 1 to 255.
    const release = `mutation($p: ID!, $r: String!) { batchRelease(projectId: $p, releaseId: $r) { batch { releaseId } userErrors { code field } } }`;
    for (const releaseId of ['r'.repeat(256), 'r\u0000']) {
      expect((await run(release, { p, r: releaseId }, workerA.viewer)).batchRelease).toEqual({
        batch: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['releaseId'] }],
      });
    }
    expect((await run(release, { p, r: 'r'.repeat(255) }, workerA.viewer)).batchRelease).toEqual({
      batch: { releaseId: 'r'.repeat(255) },
      userErrors: [],
    });

    // A worker's detail with a NUL character (PostgreSQL refuses it in text) is BAD_USER_INPUT; the item can still be completed.
    const id255 = 's'.repeat(255);
    await register(p, id255);
    await run(IRRELEVANT, { s: id255, p });
    expect((await run(USE, { s: id255, p }, workerA.viewer)).sessionUseForImprovement.userErrors).toEqual([]);
    const claimed = (
      await run(`mutation($p: ID!) { improvementItemClaim(projectId: $p) { item { id } } }`, { p }, workerA.viewer)
    ).improvementItemClaim.item;
    const complete = `mutation($id: ID!, $d: String) { improvementItemComplete(id: $id, outcome: FAILED, detail: $d) { item { status } userErrors { code field } } }`;
    expect((await run(complete, { id: claimed.id, d: 'bad\u0000' }, workerA.viewer)).improvementItemComplete).toEqual({
      item: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['detail'] }],
    });
    expect(
      (await run(complete, { id: claimed.id, d: 'x'.repeat(1501) }, workerA.viewer)).improvementItemComplete,
    ).toEqual({ item: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['detail'] }] });
    expect((await run(complete, { id: claimed.id, d: 'fine' }, workerA.viewer)).improvementItemComplete).toEqual({
      item: { status: 'FAILED' },
      userErrors: [],
    });
  });
});
