import { startFakeLabelStudio } from '../support/fake-upstreams/label-studio';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';

// Label Studio's runs as the seed and the docs page show them: no `model_version`, and a run may have no
// `parent_model` either; the path a run was listed under names its prompt and version. `options.projectId` reads one
// Label Studio project's runs only. A re-run's `source_model_run` becomes its lineage when that run was synced.
describe('Label Studio connector: runs as the contract shows them', () => {
  let s: ProjectServer;
  beforeAll(async () => {
    s = await startProjectServer('LS contract', {}, { outbound: LOCAL_OUTBOUND });
  });
  afterAll(() => stopProjectServer(s));

  it('places seed-shaped runs under the version they were listed under, keeps one project, links re-runs', async () => {
    const fake = await startFakeLabelStudio('ls_k');
    try {
      const listedUnder = new Map<string, string>();
      for (const [versionId, runs] of Object.entries(fake.data.runs))
        for (const run of runs) {
          delete run.model_version;
          delete run.parent_model;
          listedUnder.set(String(run.id), versionId);
        }
      for (const versions of Object.values(fake.data.versions)) for (const v of versions) delete v.parent_model;
      const [first, second] = fake.data.runs['1011'];
      const third = fake.data.runs['1012'][0];
      second.source_model_run = first.id;
      third.project = 43;
      const api = connectorApi((q, v) => s.server.execute(q, v));
      const { connector, userErrors } = await api.create({
        projectId: s.projectId,
        kind: 'LABEL_STUDIO',
        baseUrl: fake.url,
        credentials: 'ls_k',
        options: { pageSize: 2, projectId: 42 },
      });
      expect(userErrors).toEqual([]);
      const { run } = await api.run(connector.id);
      await drain(s.t.db);
      expect(await api.runOf(run.id)).toMatchObject({ status: 'COMPLETED', failed: 0, failures: [] });

      const runRequests = fake.requests.filter((r) => r.path.endsWith('/inference-runs'));
      expect(runRequests.length).toBeGreaterThan(0);
      expect(runRequests.every((r) => r.query.get('project') === '42')).toBe(true);

      const kept = await s.t.db
        .selectFrom('connectorRecord')
        .select(['type', 'externalId', 'localId'])
        .where('projectId', '=', s.projectId)
        .execute();
      const localOf = (type: string, externalId: string) =>
        kept.find((k) => k.type === type && k.externalId === externalId)?.localId;
      const runs = await s.t.db
        .selectFrom('inferenceRun')
        .select(['id', 'versionId', 'sourceRunId'])
        .where('projectId', '=', s.projectId)
        .execute();
      // Every run but the other project's one, each under the version whose list it came in.
      expect(runs).toHaveLength(listedUnder.size - 1);
      expect(localOf('run', String(third.id))).toBeUndefined();
      for (const [runId, versionId] of listedUnder) {
        if (runId === String(third.id)) continue;
        const row = runs.find((r) => r.id === localOf('run', runId));
        expect(row?.versionId).toBe(localOf('version', versionId));
      }
      expect(runs.find((r) => r.id === localOf('run', String(second.id)))?.sourceRunId).toBe(
        localOf('run', String(first.id)),
      );
      expect(runs.filter((r) => r.sourceRunId !== null)).toHaveLength(1);

      // The same upstream again: nothing to write.
      const again = await api.run(connector.id);
      await drain(s.t.db);
      expect(await api.runOf(again.run.id)).toMatchObject({ status: 'COMPLETED', created: 0, updated: 0, failed: 0 });
    } finally {
      await fake.close();
    }
  });
});
