import type { Limits } from '../../src/config';
import type { Account } from './accounts';
import { createTestDb, type TestDb } from './db';
import { insertProject } from './factories';
import { createTestServer } from './server';

export type TestServer = Awaited<ReturnType<typeof createTestServer>>;
export type ProjectServer = {
  t: TestDb;
  server: TestServer;
  projectId: string;
  organizationId: string;
  owner: Account;
};

/** A fresh database and the real server, acting as the OWNER of a new project: how most GraphQL suites start. */
export async function startProjectServer(
  name = 'Project',
  limits: Partial<Limits> = {},
  options: Parameters<typeof createTestServer>[2] = {},
): Promise<ProjectServer> {
  const t = await createTestDb();
  const server = await createTestServer(t.db, limits, options);
  const { projectId, organizationId, owner } = await insertProject(t.db, name);
  server.actAs(owner.viewer);
  return { t, server, projectId, organizationId, owner };
}

/** Stops what startProjectServer (or a suite by hand) started; tolerates a start that failed half-way. */
export async function stopProjectServer({ t, server }: { t?: TestDb; server?: TestServer }): Promise<void> {
  await server?.stop();
  await t?.destroy();
}
