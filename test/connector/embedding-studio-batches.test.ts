import { DIALECT } from '../support/db';
import { startFakeEmbeddingStudio } from '../support/fake-upstreams/embedding-studio';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';

// EmbeddingStudio batch state: the collecting batch the connector is told of is COLLECTING in Annograph, the
// released ones RELEASED (the upstream's word kept); once the upstream released the collecting batch, a later sync
// makes it RELEASED, and the batch that collects now COLLECTING.
describe(`${DIALECT}: EmbeddingStudio batch states`, () => {
  let s: ProjectServer;
  let fake: Awaited<ReturnType<typeof startFakeEmbeddingStudio>>;
  const api = () => connectorApi((q, v) => s.server.execute(q, v));
  const T0 = 1793600000;
  const batches = () =>
    s.t.db
      .selectFrom('batch')
      .select(['externalId', 'status', 'sourceStatus', 'sessionCounter', 'releasedAt'])
      .where('projectId', '=', s.projectId)
      .orderBy('externalId')
      .execute();
  const session = (n: number) => ({
    session_id: `es_live_${n}`,
    search_query: { text: `live ${n}` },
    created_at: T0 + n * 60,
    search_results: [{ object_id: 'doc_1', rank: 0.5 }],
    user_id: 'u',
    is_irrelevant: false,
    is_payload_search: false,
  });
  let connectorId: string;
  const sync = async () => {
    const { run } = await api().run(connectorId);
    await drain(s.t.db);
    return api().runOf(run.id);
  };

  beforeAll(async () => {
    s = await startProjectServer('ES batches', {}, { outbound: LOCAL_OUTBOUND });
    fake = await startFakeEmbeddingStudio();
    for (const n of [1, 2, 3]) fake.lifecycle.register(session(n));
    const { connector, userErrors } = await api().create({
      projectId: s.projectId,
      kind: 'EMBEDDING_STUDIO',
      baseUrl: fake.url,
      options: { batchIds: ['batch_released_1'], collectingBatchId: 'batch_collecting_1', limit: 10 },
    });
    expect(userErrors).toEqual([]);
    connectorId = connector.id;
  });
  afterAll(async () => {
    await fake.close();
    await stopProjectServer(s);
  });

  it('writes the collecting batch COLLECTING and the released one RELEASED; again, nothing', async () => {
    expect(await sync()).toMatchObject({ status: 'COMPLETED', created: 25 + 3 + 2, updated: 0, failed: 0 });
    expect(await batches()).toEqual([
      {
        externalId: 'batch_collecting_1',
        status: 'COLLECTING',
        sourceStatus: 'collecting',
        sessionCounter: 3,
        releasedAt: null,
      },
      {
        externalId: 'batch_released_1',
        status: 'RELEASED',
        sourceStatus: 'released',
        sessionCounter: 25,
        releasedAt: expect.any(String),
      },
    ]);
    expect(await sync()).toMatchObject({ status: 'COMPLETED', created: 0, updated: 0, failed: 0 });
  });

  it('a session more in the collecting batch raises its counter and leaves it COLLECTING', async () => {
    fake.lifecycle.register(session(4));
    expect(await sync()).toMatchObject({ status: 'COMPLETED', created: 1, updated: 1, failed: 0 });
    expect((await batches())[0]).toMatchObject({ status: 'COLLECTING', sessionCounter: 4 });
  });

  it('after the upstream released it, a later sync makes it RELEASED and the new collecting batch COLLECTING', async () => {
    expect(fake.lifecycle.release('rel-1')).toMatchObject({ batch_id: 'batch_collecting_1' });
    fake.lifecycle.register(session(5));
    expect(fake.lifecycle.collecting).toBe('batch_collecting_2');
    // The operator names the batch that collects now; the one released stays among the batches read.
    const updated = await api().data(
      'mutation($id: ID!, $o: JSON) { connectorUpdate(id: $id, input: { options: $o }) { userErrors { message } } }',
      {
        id: connectorId,
        o: {
          batchIds: ['batch_released_1', 'batch_collecting_1'],
          collectingBatchId: 'batch_collecting_2',
          limit: 10,
        },
      },
    );
    expect(updated.connectorUpdate.userErrors).toEqual([]);
    expect(await sync()).toMatchObject({ status: 'COMPLETED', created: 2, updated: 1, failed: 0 });
    expect(await batches()).toEqual([
      {
        externalId: 'batch_collecting_1',
        status: 'RELEASED',
        sourceStatus: 'released',
        sessionCounter: 4,
        releasedAt: expect.any(String),
      },
      {
        externalId: 'batch_collecting_2',
        status: 'COLLECTING',
        sourceStatus: 'collecting',
        sessionCounter: 1,
        releasedAt: null,
      },
      expect.objectContaining({ externalId: 'batch_released_1', status: 'RELEASED' }),
    ]);
    const changes = await s.t.db
      .selectFrom('change')
      .select(['type', 'payloadJson'])
      .where('projectId', '=', s.projectId)
      .where('type', '=', 'BATCH_RELEASED')
      .execute();
    expect(changes.map((c) => JSON.parse(c.payloadJson))).toEqual([
      { externalId: 'batch_collecting_1', from: 'COLLECTING', to: 'RELEASED' },
    ]);
  });

  it('a collecting batch named stale is RELEASED once another batch read holds a later session', async () => {
    fake.lifecycle.release('rel-2');
    fake.lifecycle.register(session(6));
    await api().data(
      'mutation($id: ID!, $o: JSON) { connectorUpdate(id: $id, input: { options: $o }) { userErrors { message } } }',
      {
        id: connectorId,
        o: { batchIds: ['batch_collecting_3'], collectingBatchId: 'batch_collecting_2', limit: 10 },
      },
    );
    expect(await sync()).toMatchObject({ status: 'COMPLETED', failed: 0 });
    expect((await batches()).map((b) => [b.externalId, b.status])).toEqual([
      ['batch_collecting_1', 'RELEASED'],
      ['batch_collecting_2', 'RELEASED'],
      ['batch_collecting_3', 'RELEASED'],
      ['batch_released_1', 'RELEASED'],
    ]);
  });

  it('refuses a second collecting batch in a project: the batch record fails with the reason', async () => {
    await api().data(
      'mutation($id: ID!, $o: JSON) { connectorUpdate(id: $id, input: { options: $o }) { userErrors { message } } }',
      { id: connectorId, o: { batchIds: ['batch_released_1'], collectingBatchId: 'batch_collecting_3', limit: 10 } },
    );
    const own = await api().data(
      'mutation($p: ID!) { searchSessionRegister(input: { projectId: $p, sessionId: "own-1", searchQuery: {}, searchResults: [] }) { userErrors { code } } }',
      { p: s.projectId },
    );
    expect(own.searchSessionRegister.userErrors).toEqual([]);
    const run = await sync();
    expect(run).toMatchObject({ status: 'COMPLETED', failed: 1 });
    expect(run.failures).toEqual([
      {
        type: 'batch',
        externalId: 'batch_collecting_3',
        reason: expect.stringMatching(/already collects into batch_\w+, and a project has one collecting batch/),
      },
    ]);
  });
});
