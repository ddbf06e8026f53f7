import type { Viewer } from '../../src/auth/viewer';
import { insertAccount, insertServiceToken } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { expectForbidden, expectUserError } from '../support/payloads';
import { createTestServer } from '../support/server';

const ERRORS = 'userErrors { code field message }';
const ORG_UPDATE = `mutation Update($id: ID!, $input: OrganizationUpdateInput!) { organizationUpdate(id: $id, input: $input) { organization { id name } ${ERRORS} } }`;
const MEMBER_SET = `mutation Set($input: OrganizationMemberSetInput!) { organizationMemberSet(input: $input) { member { id } ${ERRORS} } }`;
const ORGANIZATIONS = '{ organizations { totalCount nodes { id viewerRole } } }';

describe(`${DIALECT}: organizations`, () => {
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

  const run = (viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
    server.execute(query, variables, viewer);
  const nameOf = async (id: string) =>
    (await t.db.selectFrom('organization').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

  it('organizationUpdate renames the organization', async () => {
    const { organizationId, owner } = await insertProject(t.db);
    const result = await run(owner.viewer, ORG_UPDATE, { id: organizationId, input: { name: 'Renamed Lab' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.organizationUpdate).toEqual({
      organization: { id: organizationId, name: 'Renamed Lab' },
      userErrors: [],
    });
    const read = await run(owner.viewer, `query($id: ID!) { organization(id: $id) { name } }`, { id: organizationId });
    expect(read.data!.organization.name).toBe('Renamed Lab');
    expect(await nameOf(organizationId)).toBe('Renamed Lab');
    expectUserError(
      await run(owner.viewer, ORG_UPDATE, { id: organizationId, input: { name: '   ' } }),
      'organizationUpdate',
      'BAD_USER_INPUT',
      ['input', 'name'],
    );
  });

  it('organizationUpdate trims the name, refuses one over 200 characters, and without a name writes nothing', async () => {
    const { organizationId, owner } = await insertProject(t.db);
    const trimmed = await run(owner.viewer, ORG_UPDATE, { id: organizationId, input: { name: '  Lab  ' } });
    expect(trimmed.data!.organizationUpdate.organization).toEqual({ id: organizationId, name: 'Lab' });
    const long = 'x'.repeat(201);
    expectUserError(
      await run(owner.viewer, ORG_UPDATE, { id: organizationId, input: { name: long } }),
      'organizationUpdate',
      'BAD_USER_INPUT',
      ['input', 'name'],
    );
    t.statements.length = 0;
    const exactly = await run(owner.viewer, ORG_UPDATE, { id: organizationId, input: { name: long.slice(1) } });
    expect(exactly.data!.organizationUpdate.userErrors).toEqual([]);
    expect(t.statements.filter((s) => /^\s*update "?organization/i.test(s))).toHaveLength(1);
    expect(await nameOf(organizationId)).toBe(long.slice(1));

    for (const input of [{}, { name: null }]) {
      t.statements.length = 0;
      const unchanged = await run(owner.viewer, ORG_UPDATE, { id: organizationId, input });
      expect(unchanged.data!.organizationUpdate).toEqual({
        organization: { id: organizationId, name: long.slice(1) },
        userErrors: [],
      });
      expect(t.statements.filter((s) => /^\s*(update|insert|delete)/i.test(s))).toEqual([]);
    }
  });

  it('organizationUpdate needs OWNER or ADMIN of the organization; a stranger or another id is NOT_FOUND', async () => {
    const { organizationId, projectId } = await insertProject(t.db, 'Lab work');
    const other = await insertProject(t.db);
    const admin = await insertAccount(t.db, { organizationId, organizationRole: 'ADMIN' });
    const projectAdmin = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'ADMIN',
    });
    const service = await insertServiceToken(t.db, organizationId, 'ADMIN');
    const rename = (viewer: Viewer, id = organizationId) =>
      run(viewer, ORG_UPDATE, { id, input: { name: 'Taken over' } });

    for (const viewer of [projectAdmin.viewer, service.viewer]) {
      expectForbidden(
        await rename(viewer),
        'ADMIN',
        'User does not have the minimal required organization role "ADMIN"',
      );
    }
    expectUserError(await rename(other.owner.viewer), 'organizationUpdate', 'NOT_FOUND', ['id']);
    expectUserError(await rename(admin.viewer, projectId), 'organizationUpdate', 'NOT_FOUND', ['id']);
    expectUserError(await rename(admin.viewer, 'org_unknown'), 'organizationUpdate', 'NOT_FOUND', ['id']);
    expect(await nameOf(organizationId)).toBe('Org');

    const allowed = await rename(admin.viewer);
    expect(allowed.data!.organizationUpdate).toEqual({
      organization: { id: organizationId, name: 'Taken over' },
      userErrors: [],
    });
  });

  it("organizations lists the caller's organizations with its role in each, and no other", async () => {
    const a = await insertProject(t.db);
    const b = await insertProject(t.db);
    const c = await insertProject(t.db);
    const email = (
      await t.db.selectFrom('appUser').select('email').where('id', '=', a.owner.userId).executeTakeFirstOrThrow()
    ).email;
    const added = await run(b.owner.viewer, MEMBER_SET, {
      input: { organizationId: b.organizationId, email, role: 'MEMBER' },
    });
    expect(added.data!.organizationMemberSet.userErrors).toEqual([]);

    const { data, errors } = await run(a.owner.viewer, ORGANIZATIONS);
    expect(errors).toBeUndefined();
    expect(data!.organizations.totalCount).toBe(2);
    expect([...data!.organizations.nodes].sort(byId)).toEqual(
      [
        { id: a.organizationId, viewerRole: 'OWNER' },
        { id: b.organizationId, viewerRole: 'MEMBER' },
      ].sort(byId),
    );
    const third = await run(a.owner.viewer, `query($id: ID!) { organization(id: $id) { id } }`, {
      id: c.organizationId,
    });
    expect(third.data!.organization).toBeNull();
  });

  it('a service token sees its own organization, as MEMBER, and nothing of another', async () => {
    const a = await insertProject(t.db);
    const b = await insertProject(t.db);
    const service = await insertServiceToken(t.db, a.organizationId, 'ADMIN');
    const { data } = await run(service.viewer, ORGANIZATIONS);
    expect(data!.organizations).toEqual({ totalCount: 1, nodes: [{ id: a.organizationId, viewerRole: 'MEMBER' }] });
    const { data: read } = await run(
      service.viewer,
      `query($a: ID!, $b: ID!) { a: organization(id: $a) { slug } b: organization(id: $b) { slug } }`,
      { a: a.organizationId, b: b.organizationId },
    );
    expect(read).toEqual({ a: { slug: expect.stringMatching(/^org-/) }, b: null });
  });

  it('an organization ADMIN sees every project of the organization, a MEMBER only their own, an id of another type null', async () => {
    const { organizationId, projectId, owner } = await insertProject(t.db, 'First');
    const second = await run(
      owner.viewer,
      `mutation($o: ID!) { projectCreate(input: { organizationId: $o, name: "Second" }) { project { id } } }`,
      { o: organizationId },
    );
    const secondId = second.data!.projectCreate.project.id;
    const admin = await insertAccount(t.db, { organizationId, organizationRole: 'ADMIN' });
    const member = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId: secondId,
      projectRole: 'VIEWER',
    });
    const query = `query($id: ID!) { organization(id: $id) { projects { totalCount nodes { id viewerRole } } } }`;
    const seen = async (viewer: Viewer) =>
      (await run(viewer, query, { id: organizationId })).data!.organization.projects;
    expect(await seen(admin.viewer)).toEqual({
      totalCount: 2,
      nodes: [
        { id: projectId, viewerRole: 'ADMIN' },
        { id: secondId, viewerRole: 'ADMIN' },
      ],
    });
    expect(await seen(member.viewer)).toEqual({ totalCount: 1, nodes: [{ id: secondId, viewerRole: 'VIEWER' }] });
    expect(
      (await run(admin.viewer, `query($id: ID!) { organization(id: $id) { id } }`, { id: projectId })).data,
    ).toEqual({ organization: null });
  });
});
