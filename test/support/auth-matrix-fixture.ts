import { ROLES } from '../../src/auth/roles';
import { ANONYMOUS } from '../../src/auth/viewer';
import { newId } from '../../src/ids';
import { insertAccount, insertServiceToken } from './accounts';
import type { Caller } from './auth-matrix-rules';
import { createTestDb, type TestDb } from './db';
import { insertGenAiTasks, insertProject } from './factories';
import { createTestServer } from './server';

// The auth matrix's world: organization A with project P and one row of each kind in it, organization B
// ("Elsewhere"), and a caller of every kind (test/support/auth-matrix-rules.ts).

// Service tokens of every role a token may have (at most ADMIN): a token acts with its role, like a person.
export const SERVICE_ROLES = ['VIEWER', 'ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN'] as const;

export type MatrixIds = { task: string; batch: string; annotation: string; delivery: string; searchSession: string };
export type MatrixFixture = {
  t: TestDb;
  server: Awaited<ReturnType<typeof createTestServer>>;
  callers: Caller[];
  organizationId: string;
  projectId: string;
  ids: MatrixIds;
  coder: string;
  destroy: () => Promise<void>;
};

export async function createMatrixFixture(): Promise<MatrixFixture> {
  const callers: Caller[] = [];
  const t = await createTestDb();
  const server = await createTestServer(
    t.db,
    {},
    { rateLimit: { points: 1_000_000, restorePerSecond: 20_000, overrides: new Map(), syncMs: 1_000 } },
  );
  const a = await insertProject(t.db, 'P');
  const { organizationId, projectId } = a;
  const b = await insertProject(t.db, 'Elsewhere');
  const bundle = await insertGenAiTasks(t.db, projectId, 1, {
    threads: 1,
    turns: 1,
    annotationsPerLevel: 1,
    chunks: 1,
  });
  const batch = newId('batch');
  const now = new Date().toISOString();
  await t.db
    .insertInto('batch')
    .values({
      id: batch,
      projectId,
      kind: 'TASKS',
      name: 'b',
      status: 'STAGING',
      source: 'ANNOGRAPH',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const delivery = newId('delivery');
  await t.db
    .insertInto('delivery')
    .values({ id: delivery, projectId, name: 'd', source: 'ANNOGRAPH', deliveredAt: now, createdAt: now })
    .execute();
  const searchSession = newId('searchSession');
  await t.db
    .insertInto('searchSession')
    .values({
      id: searchSession,
      projectId,
      batchId: batch,
      sessionNumber: 1,
      source: 'EMBEDDING_STUDIO',
      externalId: 'first',
      searchQueryJson: '"q"',
      createdAt: now,
      registeredAt: now,
    })
    .execute();
  const coder = newId('coder');
  await t.db
    .insertInto('coder')
    .values({
      id: coder,
      projectId,
      kind: 'CLASSIFIER',
      label: 'Model',
      source: 'ANNOGRAPH',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await t.db
    .insertInto('document')
    .values({ id: newId('document'), projectId, text: 'A document to sample.', createdAt: now })
    .execute();
  const ids: MatrixIds = {
    task: bundle.task[0].id,
    batch,
    annotation: bundle.annotation[0].id,
    delivery,
    searchSession,
  };

  callers.push({ name: 'anonymous', viewer: ANONYMOUS, organizationRole: null });
  for (const role of ROLES) {
    const account = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: role,
    });
    callers.push({ name: `project ${role}`, viewer: account.viewer, organizationRole: 'MEMBER', projectRole: role });
  }
  callers.push({ name: 'organization OWNER', viewer: a.owner.viewer, organizationRole: 'OWNER' });
  for (const role of ['ADMIN', 'MEMBER'] as const) {
    const account = await insertAccount(t.db, { organizationId, organizationRole: role });
    callers.push({ name: `organization ${role}`, viewer: account.viewer, organizationRole: role });
  }
  callers.push({ name: 'OWNER of another organization', viewer: b.owner.viewer, organizationRole: null });
  for (const role of SERVICE_ROLES) {
    const service = await insertServiceToken(t.db, organizationId, role);
    callers.push({
      name: `service token ${role}`,
      viewer: service.viewer,
      organizationRole: null,
      serviceRole: role,
    });
  }
  const stranger = await insertServiceToken(t.db, b.organizationId, 'ADMIN');
  callers.push({ name: 'service token of another organization', viewer: stranger.viewer, organizationRole: null });
  return {
    t,
    server,
    callers,
    organizationId,
    projectId,
    ids,
    coder,
    destroy: async () => {
      await server.stop();
      await t.destroy();
    },
  };
}
