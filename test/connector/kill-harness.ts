import type { ChildProcess } from 'node:child_process';
import type { Database } from '../../src/db/database';
import { SYSTEM_ACTOR } from '../../src/modules/change/change-log';
import { enqueueConnectorRun } from '../../src/modules/connector/connector.service';
import { sharedDatabase, startChildServer } from '../support/child-server';
import { insertScaleConnector } from '../support/connector-rows';
import { insertProject } from '../support/factories';
import { startFakeScale, type FakeScale, type ScaleData } from '../support/fake-upstreams/scale';

// What the connector kill -9 suites share: a database the child servers share, a slow fake Scale upstream named
// "Big", real servers with their connector worker (and a short lease) that the suite kills, and a queued run.
export const KILL_LEASE_MS = 1500;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function connectorKillHarness(databaseName: string, data: () => Omit<ScaleData, 'projectName'>) {
  const h = {} as { shared: Awaited<ReturnType<typeof sharedDatabase>>; db: Database; fake: FakeScale };
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    h.shared = await sharedDatabase(databaseName);
    h.db = h.shared.db;
    h.fake = await startFakeScale('k', { projectName: 'Big', ...data() });
    h.fake.slow(150);
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await h.fake?.close();
    await h.shared?.cleanup();
  });
  return Object.assign(h, {
    /** A server with its connector worker on the shared database. */
    start: async () => {
      const child = await startChildServer({
        ...h.shared.env,
        OUTBOUND_ALLOWED_HOSTS: '127.0.0.1',
        EXPORT_WORKER: 'off',
        WEBHOOK_WORKER: 'off',
        WORKER_LEASE_MS: String(KILL_LEASE_MS),
        WORKER_INTERVAL_MS: '100',
      });
      children.push(child.proc);
      return child;
    },
    runRow: (id: string) => h.db.selectFrom('connectorRun').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    /** A new project with a Scale connector to the fake, and a queued run of it. */
    queueRun: async (projectName: string) => {
      const { projectId } = await insertProject(h.db, projectName);
      const connectorId = await insertScaleConnector(h.db, {
        projectId,
        baseUrl: h.fake.url,
        key: 'k',
        projectName: 'Big',
      });
      const queued = await enqueueConnectorRun(h.db, { id: connectorId, projectId }, 'MANUAL', {
        createdBy: null,
        actor: SYSTEM_ACTOR,
      });
      if (!queued.ok) throw new Error('not queued');
      return { projectId, runId: queued.value.id };
    },
  });
}
