import { startFakeScale } from '../support/fake-upstreams/scale';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';

// Scale's incremental read (completed_after the last complete run's start) moves on only after a run with no failed
// record: a record that failed is read again by the next run, not passed over because it completed long ago.
describe('connector state after a run with failed records', () => {
  let s: ProjectServer;
  beforeAll(async () => {
    s = await startProjectServer('Incremental', {}, { outbound: LOCAL_OUTBOUND });
  });
  afterAll(() => stopProjectServer(s));

  it('keeps the state it started from until every record went in', async () => {
    const fake = await startFakeScale('k');
    try {
      const broken = fake.data.tasks[3];
      const status = broken.status;
      broken.status = 'weird';
      const api = connectorApi((q, v) => s.server.execute(q, v));
      const { connector } = await api.create({
        projectId: s.projectId,
        kind: 'SCALE',
        baseUrl: fake.url,
        credentials: 'k',
        options: { projectName: 'Support RLHF' },
      });
      const sync = async () => {
        const { run } = await api.run(connector.id);
        const tasksBefore = fake.requests.filter((r) => r.path === '/v2/tasks').length;
        await drain(s.t.db);
        const tasksRequests = fake.requests.filter((r) => r.path === '/v2/tasks').slice(tasksBefore);
        const state = (
          await api.data('query($id: ID!) { node(id: $id) { ... on Connector { state } } }', { id: connector.id })
        ).node.state;
        return { run: await api.runOf(run.id), completedAfter: tasksRequests[0].query.get('completed_after'), state };
      };

      const first = await sync();
      expect(first.run).toMatchObject({ status: 'COMPLETED', failed: 2 });
      // The task, and the delivery that names it (a delivery goes in whole or not at all).
      expect(first.run.failures).toEqual([
        { type: 'task', externalId: broken.task_id, reason: expect.any(String) },
        { type: 'delivery', externalId: expect.any(String), reason: expect.stringContaining(String(broken.task_id)) },
      ]);
      expect(first.state).toEqual({});

      // Still nothing to start from: read whole again; the fixed record goes in, the others are unchanged.
      broken.status = status;
      const second = await sync();
      expect(second.completedAfter).toBeNull();
      expect(second.run).toMatchObject({ status: 'COMPLETED', created: 2, updated: 0, failed: 0 });
      expect(second.state).toEqual({ completedAfter: expect.any(String), deliveredAfter: expect.any(String) });

      const third = await sync();
      expect(third.completedAfter).toBe(second.state.completedAfter);
    } finally {
      await fake.close();
    }
  });
});
