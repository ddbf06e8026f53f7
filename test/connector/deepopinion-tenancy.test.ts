import { newId } from '../../src/ids';
import type { Account } from '../support/accounts';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { startFakeDeepOpinion } from '../support/fake-upstreams/deepopinion';
import type { FakeUpstream } from '../support/fake-upstreams/fake-server';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';

// Tenancy of synced correction sessions: the same DeepOpinion upstream configured by two organizations gives each
// its own sessions (a session's uuid is unique per project, not across tenants), each tenant sees only its own, a
// re-sync of one leaves the other's rows alone, and the API's own create path keeps its error codes.
/** The store's refusal as text (a driver's error may come from another realm than jest's Error). */
const refusal = (write: Promise<unknown>) =>
  write.then(
    () => 'written',
    (e: unknown) => String(e),
  );

describe(`${DIALECT}: DeepOpinion sessions of two tenants`, () => {
  let s: ProjectServer;
  let fake: FakeUpstream & { data: { corrections: Record<string, unknown>[] } };
  let tenantB: { projectId: string; owner: Account };
  const api = () => connectorApi((q, v) => s.server.execute(q, v));
  const uuidsOf = (fixture: Record<string, unknown>[]) => fixture.map((c) => c.uuid as string).sort();

  const syncAs = async (owner: Account, projectId: string) => {
    s.server.actAs(owner.viewer);
    const { connector, userErrors } = await api().create({
      projectId,
      kind: 'DEEPOPINION',
      baseUrl: fake.url,
      credentials: 'jwt',
      options: { projectId: 17 },
    });
    expect(userErrors).toEqual([]);
    return connector.id as string;
  };
  const runAs = async (owner: Account, connectorId: string) => {
    s.server.actAs(owner.viewer);
    const { run } = await api().run(connectorId);
    await drain(s.t.db);
    return api().runOf(run.id);
  };
  const sessionsSeenBy = async (owner: Account, projectId: string) => {
    s.server.actAs(owner.viewer);
    const data = await api().data(
      'query($p: ID!) { project(id: $p) { correctionSessions(first: 100) { totalCount nodes { id uuid source externalId model { id } } } } }',
      { p: projectId },
    );
    return data.project?.correctionSessions ?? null;
  };
  const rowsOf = (projectId: string) =>
    s.t.db.selectFrom('correctionSession').selectAll().where('projectId', '=', projectId).orderBy('id').execute();

  beforeAll(async () => {
    s = await startProjectServer('Tenant A', {}, { outbound: LOCAL_OUTBOUND });
    tenantB = await insertProject(s.t.db, 'Tenant B');
    fake = await startFakeDeepOpinion('jwt');
  });
  afterAll(async () => {
    await fake.close();
    await stopProjectServer(s);
  });

  it('syncs the same upstream into both projects as two independent sets of rows', async () => {
    const a = await syncAs(s.owner, s.projectId);
    const b = await syncAs(tenantB.owner, tenantB.projectId);
    const expected = { status: 'COMPLETED', created: 7, updated: 0, failed: 0, failures: [] };
    expect(await runAs(s.owner, a)).toMatchObject(expected);
    expect(await runAs(tenantB.owner, b)).toMatchObject(expected);

    const rowsA = await rowsOf(s.projectId);
    const rowsB = await rowsOf(tenantB.projectId);
    const fixtureUuids = uuidsOf(fake.data.corrections);
    expect(rowsA.map((r) => r.uuid).sort()).toEqual(fixtureUuids);
    expect(rowsB.map((r) => r.uuid).sort()).toEqual(fixtureUuids);
    const idsB = new Set(rowsB.map((r) => r.id));
    expect(rowsA.filter((r) => idsB.has(r.id))).toEqual([]);
    // Each tenant's sessions review its own project's coders.
    const coderProject = async (coderId: string) =>
      (await s.t.db.selectFrom('coder').select('projectId').where('id', '=', coderId).executeTakeFirstOrThrow())
        .projectId;
    for (const r of rowsA) expect(await coderProject(r.coderId)).toBe(s.projectId);
    for (const r of rowsB) expect(await coderProject(r.coderId)).toBe(tenantB.projectId);

    // What each tenant sees: its own seven, none of the other's, and the other's project not at all.
    const seenA = await sessionsSeenBy(s.owner, s.projectId);
    expect(seenA.totalCount).toBe(7);
    expect(seenA.nodes.map((n: any) => n.id).sort()).toEqual(rowsA.map((r) => r.id).sort());
    const seenB = await sessionsSeenBy(tenantB.owner, tenantB.projectId);
    expect(seenB.nodes.map((n: any) => n.id).sort()).toEqual(rowsB.map((r) => r.id).sort());
    expect(await sessionsSeenBy(s.owner, tenantB.projectId)).toBeNull();
    s.server.actAs(s.owner.viewer);
    const foreign = await api().data('query($id: ID!) { node(id: $id) { id } }', { id: rowsB[0].id });
    expect(foreign.node).toBeNull();
  });

  it("a changed upstream session re-synced by one tenant leaves the other's rows as they were", async () => {
    const before = await rowsOf(tenantB.projectId);
    fake.data.corrections[0].name = 'Renamed upstream';
    const [a] = await s.t.db.selectFrom('connector').select('id').where('projectId', '=', s.projectId).execute();
    expect(await runAs(s.owner, a.id)).toMatchObject({ status: 'COMPLETED', created: 0, updated: 1, failed: 0 });
    expect((await rowsOf(s.projectId)).filter((r) => r.name === 'Renamed upstream')).toHaveLength(1);
    expect(await rowsOf(tenantB.projectId)).toEqual(before);
  });

  it('keeps a uuid unique within one project', async () => {
    const [taken] = await rowsOf(s.projectId);
    const now = new Date().toISOString();
    await expect(
      refusal(
        s.t.db
          .insertInto('correctionSession')
          .values({ ...taken, id: newId('correctionSession'), externalId: null, createdAt: now, updatedAt: now })
          .execute(),
      ),
    ).resolves.toMatch(/unique/i);
  });

  it("the API's own create path keeps its codes: no documents, and another tenant's model", async () => {
    s.server.actAs(s.owner.viewer);
    const create = async (modelId: string) =>
      (
        await api().data(
          'mutation($p: ID!, $m: ID!) { correctionSessionCreate(input: { projectId: $p, modelId: $m }) { session { id } userErrors { code field } } }',
          { p: s.projectId, m: modelId },
        )
      ).correctionSessionCreate;
    const [ownCoder] = await s.t.db.selectFrom('coder').select('id').where('projectId', '=', s.projectId).execute();
    const [otherCoder] = await s.t.db
      .selectFrom('coder')
      .select('id')
      .where('projectId', '=', tenantB.projectId)
      .execute();
    expect(await create(ownCoder.id)).toEqual({
      session: null,
      userErrors: [{ code: 'PRECONDITION_FAILED', field: ['input', 'projectId'] }],
    });
    expect(await create(otherCoder.id)).toEqual({
      session: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'modelId'] }],
    });
  });
});
