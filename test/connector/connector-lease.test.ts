import { claimConnectorRun } from '../../src/modules/connector/connector-worker';
import { startFakeLabelStudio } from '../support/fake-upstreams/label-studio';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND, workerOptions } from './connector-helpers';

// One page of a Label Studio run is many calls (the prompts, each one's versions, each version's runs). A slow
// upstream makes that page outlast the lease; the worker renews it on the way, so another worker cannot take the run
// over while it is still being read (two workers would write the same records at once).
describe('connector lease over a slow page', () => {
  let s: ProjectServer;
  beforeAll(async () => {
    s = await startProjectServer('Lease', {}, { outbound: LOCAL_OUTBOUND });
  });
  afterAll(() => stopProjectServer(s));

  it('is renewed while one page reads, so a second worker finds nothing to claim', async () => {
    const fake = await startFakeLabelStudio('ls_k');
    try {
      const api = connectorApi((q, v) => s.server.execute(q, v));
      const { connector } = await api.create({
        projectId: s.projectId,
        kind: 'LABEL_STUDIO',
        baseUrl: fake.url,
        credentials: 'ls_k',
        options: { pageSize: 100 },
      });
      // One page: 1 + 5 + 8 calls of 200 ms each, 2.8 s or more, against a lease of 2 s (renewed every half).
      fake.slow(200);
      const { run } = await api.run(connector.id);
      const leaseMs = 2000;
      const first = drain(s.t.db, { workerId: 'worker-a', leaseMs });
      const attempts: (string | null)[] = [];
      for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const taken = await claimConnectorRun(s.t.db, workerOptions({ workerId: 'worker-b', leaseMs }));
        attempts.push(taken?.id ?? null);
      }
      await first;
      expect(attempts).toEqual([null, null, null, null, null]);
      expect(await api.runOf(run.id)).toMatchObject({ status: 'COMPLETED', pages: 1, failed: 0 });
    } finally {
      await fake.close();
    }
  });
});
