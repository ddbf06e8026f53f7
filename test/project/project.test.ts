import type { Viewer } from '../../src/auth/viewer';
import { insertAccount, insertServiceToken } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import { expectForbidden, expectUserError } from '../support/payloads';
import { createTestServer } from '../support/server';

const ERRORS = 'userErrors { code field message }';
const PROJECT_CREATE = `mutation Create($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id name organization { id } } ${ERRORS} } }`;
const PROJECT_DELETE = `mutation Delete($id: ID!) { projectDelete(id: $id) { deletedProjectId ${ERRORS} } }`;

describe(`${DIALECT}: projects`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const run = (viewer: Viewer, query: string, variables: Record<string, unknown>) =>
    server.execute(query, variables, viewer);
  const projectsOf = async (organizationId: string) =>
    (await t.db.selectFrom('project').select('name').where('organizationId', '=', organizationId).execute()).map(
      (p) => p.name,
    );

  it('projectCreate trims the name and answers the project, which its creator then finds', async () => {
    const { organizationId, owner } = await insertProject(t.db, 'Existing');
    const created = await run(
      owner.viewer,
      `mutation($input: ProjectCreateInput!) { projectCreate(input: $input) {
        project { id name description source externalId types metadata viewerRole organization { id } } ${ERRORS} } }`,
      { input: { organizationId, name: '  Chat RLHF  ', description: 'Preference ranking' } },
    );
    expect(created.errors).toBeUndefined();
    const { project, userErrors } = created.data!.projectCreate;
    expect(userErrors).toEqual([]);
    expect(project).toEqual({
      id: expect.stringMatching(/^proj_/),
      name: 'Chat RLHF',
      description: 'Preference ranking',
      source: 'ANNOGRAPH',
      externalId: null,
      types: [],
      metadata: {},
      viewerRole: 'OWNER',
      organization: { id: organizationId },
    });
    const found = await run(owner.viewer, `query($n: String!) { projects(filter: { name: $n }) { nodes { id } } }`, {
      n: 'Chat RLHF',
    });
    expect(found.data!.projects.nodes).toEqual([{ id: project.id }]);
  });

  it('projectCreate refuses a bad name or description at its field and writes nothing', async () => {
    const { organizationId, owner } = await insertProject(t.db, 'Existing');
    const cases: [Record<string, unknown>, string[]][] = [
      [{ name: '' }, ['input', 'name']],
      [{ name: '   ' }, ['input', 'name']],
      [{ name: 'x'.repeat(201) }, ['input', 'name']],
      [{ name: 'Fine', description: 'x'.repeat(5001) }, ['input', 'description']],
    ];
    for (const [input, field] of cases) {
      const result = await run(owner.viewer, PROJECT_CREATE, { input: { organizationId, ...input } });
      expectUserError(result, 'projectCreate', 'BAD_USER_INPUT', field);
      expect(result.data!.projectCreate.project).toBeNull();
    }
    expect(await projectsOf(organizationId)).toEqual(['Existing']);
  });

  it('projectCreate needs OWNER or ADMIN of the organization; a stranger or another id is NOT_FOUND', async () => {
    const { organizationId, projectId } = await insertProject(t.db, 'Existing');
    const other = await insertProject(t.db);
    const projectAdmin = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'ADMIN',
    });
    const service = await insertServiceToken(t.db, organizationId, 'ADMIN');
    const create = (viewer: Viewer, org = organizationId) =>
      run(viewer, PROJECT_CREATE, { input: { organizationId: org, name: 'New' } });
    for (const viewer of [projectAdmin.viewer, service.viewer]) {
      expectForbidden(
        await create(viewer),
        'ADMIN',
        'User does not have the minimal required organization role "ADMIN"',
      );
    }
    expectUserError(await create(other.owner.viewer), 'projectCreate', 'NOT_FOUND', ['input', 'organizationId']);
    expectUserError(await create(other.owner.viewer, other.projectId), 'projectCreate', 'NOT_FOUND', [
      'input',
      'organizationId',
    ]);
    expect(await projectsOf(organizationId)).toEqual(['Existing']);

    const admin = await insertAccount(t.db, { organizationId, organizationRole: 'ADMIN' });
    const allowed = await create(admin.viewer);
    expect(allowed.data!.projectCreate).toMatchObject({ project: { name: 'New' }, userErrors: [] });
  });

  it('projectCreate with a name the organization already has is CONFLICT; another organization may reuse it', async () => {
    const a = await insertProject(t.db, 'Shared name');
    const b = await insertProject(t.db, 'Other');
    for (const name of ['Shared name', '  Shared name  ']) {
      const duplicate = await run(a.owner.viewer, PROJECT_CREATE, {
        input: { organizationId: a.organizationId, name },
      });
      expectUserError(duplicate, 'projectCreate', 'CONFLICT', ['input', 'name']);
      expect(duplicate.data!.projectCreate.project).toBeNull();
    }
    expect(
      await t.db.selectFrom('project').select('id').where('organizationId', '=', a.organizationId).execute(),
    ).toHaveLength(1);
    const elsewhere = await run(b.owner.viewer, PROJECT_CREATE, {
      input: { organizationId: b.organizationId, name: 'Shared name' },
    });
    expect(elsewhere.data!.projectCreate).toMatchObject({
      project: { name: 'Shared name', organization: { id: b.organizationId } },
      userErrors: [],
    });
  });

  it('projectDelete removes the project and its tasks; a second delete is NOT_FOUND', async () => {
    const { organizationId, projectId, owner } = await insertProject(t.db, 'Doomed');
    const keep = await run(owner.viewer, PROJECT_CREATE, { input: { organizationId, name: 'Kept' } });
    const keptId = keep.data!.projectCreate.project.id;
    const shape = { threads: 1, turns: 2, annotationsPerLevel: 1, chunks: 1 };
    await insertGenAiTasks(t.db, projectId, 4, shape);
    await insertGenAiTasks(t.db, keptId, 2, shape);
    const count = async (table: 'task' | 'thread' | 'message' | 'annotation', id: string) =>
      (await t.db.selectFrom(table).select('id').where('projectId', '=', id).execute()).length;
    expect(await count('task', projectId)).toBe(4);

    const deleted = await run(owner.viewer, PROJECT_DELETE, { id: projectId });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.projectDelete).toEqual({ deletedProjectId: projectId, userErrors: [] });
    expect(await t.db.selectFrom('project').select('id').where('id', '=', projectId).execute()).toEqual([]);
    for (const table of ['task', 'thread', 'message', 'annotation'] as const)
      expect(await count(table, projectId)).toBe(0);
    expect(await count('task', keptId)).toBe(2);

    expectUserError(await run(owner.viewer, PROJECT_DELETE, { id: projectId }), 'projectDelete', 'NOT_FOUND', ['id']);
  });

  it('projectDelete needs ADMIN of the project; a stranger or another id is NOT_FOUND', async () => {
    const { organizationId, projectId } = await insertProject(t.db, 'Kept');
    const other = await insertProject(t.db);
    const manager = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'MANAGER',
    });
    expectForbidden(
      await run(manager.viewer, PROJECT_DELETE, { id: projectId }),
      'ADMIN',
      'User does not have the minimal required project role "ADMIN"',
    );
    expectUserError(await run(other.owner.viewer, PROJECT_DELETE, { id: projectId }), 'projectDelete', 'NOT_FOUND', [
      'id',
    ]);
    expectUserError(await run(manager.viewer, PROJECT_DELETE, { id: organizationId }), 'projectDelete', 'NOT_FOUND', [
      'id',
    ]);
    expect(await projectsOf(organizationId)).toEqual(['Kept']);

    const projectAdmin = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'ADMIN',
    });
    const deleted = await run(projectAdmin.viewer, PROJECT_DELETE, { id: projectId });
    expect(deleted.data!.projectDelete).toEqual({ deletedProjectId: projectId, userErrors: [] });
    expect(await projectsOf(organizationId)).toEqual([]);
  });
});
