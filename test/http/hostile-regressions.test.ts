import { newId } from '../../src/ids';
import { insertProject } from '../support/factories';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { createTestServer } from '../support/server';

// Causes the hostile suite (hostile.test.ts) found, each for its class of input: a client's malformed value is
// a coded client error, never INTERNAL_SERVER_ERROR.
describe(`${DIALECT}: hostile-suite regressions`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let organizationId: string;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
    const a = await insertProject(t.db, 'Regressions');
    organizationId = a.organizationId;
    projectId = a.projectId;
    server.actAs(a.owner.viewer);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  it('answers _entities representations that name no entity type with BAD_USER_INPUT', async () => {
    const query = 'query E($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    for (const representation of [
      { __typename: 'Nope', id: 'x' },
      { __typename: 'Query' },
      { __typename: 'String' },
      { __typename: 7 },
      { id: 'task_x' },
      ['Task'],
      'Task',
      12,
      { a: { a: { a: 1 } } },
    ]) {
      const result = await server.execute(query, { r: [representation] });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    const fine = await server.execute(query, { r: [{ __typename: 'Task', id: 'task_01JZZZZZZZZZZZZZZZZZZZZZZZ' }] });
    expect(fine.errors).toBeUndefined();
    expect(fine.data!._entities).toEqual([null]);
  });

  it('reads list filters of 100,000 values and deliveries naming 40,000 task ids (more than a statement binds)', async () => {
    const many = new Array(100_000).fill('PENDING');
    const tasks = await server.execute('query T($s: [TaskStatus!]) { tasks(filter: { status: $s }) { totalCount } }', {
      s: many,
    });
    expect(tasks.errors).toBeUndefined();
    expect(tasks.data!.tasks.totalCount).toBe(0);
    const batches = await server.execute(
      'query B($s: [BatchStatus!]) { project(id: "' +
        projectId +
        '") { batches(filter: { status: $s }) { totalCount } } }',
      { s: new Array(100_000).fill('STAGING') },
    );
    expect(batches.errors).toBeUndefined();
    const taskIds = Array.from({ length: 40_000 }, (_, i) => `task_01JZZZZZZZZZZZZZZZZZ${String(i).padStart(5, '0')}`);
    const delivery = await server.execute(
      'mutation D($input: DeliveryCreateInput!) { deliveryCreate(input: $input) { delivery { id } userErrors { code } } }',
      { input: { projectId, name: 'd', taskIds } },
    );
    expect(delivery.errors).toBeUndefined();
    // Unknown tasks: refused with one userError (which code is the delivery rules' business), never a statement error.
    expect(delivery.data!.deliveryCreate.userErrors).toHaveLength(1);
    expect(['NOT_FOUND', 'PRECONDITION_FAILED']).toContain(delivery.data!.deliveryCreate.userErrors[0].code);
  });

  it('answers ids of another shape in authorized targets (NUL bytes, other types, malformed) as NOT_FOUND, with no statement', async () => {
    for (const id of ['', '\u0000', 'proj_\u0000', projectId.replace('proj_', 'task_'), 'x'.repeat(10_000)]) {
      const created = await server.execute(
        'mutation P($o: ID!) { projectCreate(input: { organizationId: $o, name: "p" }) { userErrors { code } } }',
        { o: id },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.projectCreate.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
      const batch = await server.execute(
        'mutation B($p: ID!) { batchCreate(input: { projectId: $p, name: "b" }) { userErrors { code } } }',
        { p: id },
      );
      expect(batch.errors).toBeUndefined();
      expect(batch.data!.batchCreate.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    }
  });

  it('answers a search-session eventId longer than an index entry may be with a userError', async () => {
    const now = new Date().toISOString();
    const batchId = newId('batch');
    const sessionId = newId('searchSession');
    await t.db
      .insertInto('batch')
      .values({
        id: batchId,
        projectId,
        kind: 'SESSIONS',
        name: 'collecting',
        status: 'COLLECTING',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await t.db
      .insertInto('searchSession')
      .values({
        id: sessionId,
        projectId,
        batchId,
        sessionNumber: 1,
        source: 'EMBEDDING_STUDIO',
        externalId: 's',
        searchQueryJson: '"q"',
        createdAt: now,
        registeredAt: now,
      })
      .execute();
    const result = await server.execute(
      'mutation E($input: SearchSessionAddEventsInput!) { searchSessionAddEvents(input: $input) { userErrors { field code } } }',
      {
        input: { sessionId, events: [{ eventId: 'e'.repeat(20_000), objectId: 'o', eventType: 'click' }] },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.searchSessionAddEvents.userErrors).toEqual([
      { field: ['input', 'events', '0', 'eventId'], code: 'BAD_USER_INPUT' },
    ]);
  });

  it('answers a provider connection baseUrl that URL cannot parse with a userError', async () => {
    const mutation =
      'mutation P($input: ProviderConnectionCreateInput!) { providerConnectionCreate(input: $input) { connection { id } userErrors { field code } } }';
    for (const baseUrl of [
      'a'.repeat(100_000),
      'not a url',
      'http://',
      'https://[::1',
      'https://user:secret@example.test',
    ]) {
      const result = await server.execute(mutation, {
        input: { organizationId, name: 'c', provider: 'OPENAI', baseUrl },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.providerConnectionCreate.connection).toBeNull();
      const codes = result.data!.providerConnectionCreate.userErrors.map((e: { code: string }) => e.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['BAD_USER_INPUT']));
    }
  });
});
