import type { Viewer } from '../../src/auth/viewer';
import { newId } from '../../src/ids';
import { insertAccount } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { expectForbidden, expectUserError } from '../support/payloads';
import { createTestServer } from '../support/server';

const ERRORS = 'userErrors { code field message }';
const MEMBER_SET = `mutation Set($input: OrganizationMemberSetInput!) {
  organizationMemberSet(input: $input) { member { id role organization { id } user { id email name } } ${ERRORS} }
}`;
const MEMBER_REMOVE = `mutation Remove($input: OrganizationMemberRemoveInput!) { organizationMemberRemove(input: $input) { removedMemberId ${ERRORS} } }`;
const PROJECT_MEMBER_SET = `mutation Set($input: ProjectMemberSetInput!) {
  projectMemberSet(input: $input) { member { id role project { id } user { id } } ${ERRORS} }
}`;
const PROJECT_CREATE = `mutation Create($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id name organization { id } } ${ERRORS} } }`;

describe(`${DIALECT}: memberships`, () => {
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
  const emailOf = async (userId: string) =>
    (await t.db.selectFrom('appUser').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email;
  const orgRole = async (organizationId: string, userId: string) =>
    (
      await t.db
        .selectFrom('organizationMember')
        .select('role')
        .where('organizationId', '=', organizationId)
        .where('userId', '=', userId)
        .executeTakeFirst()
    )?.role ?? null;

  it('organizationMemberSet creates an unknown person by email and adds them', async () => {
    const { organizationId, owner } = await insertProject(t.db);
    const result = await run(owner.viewer, MEMBER_SET, {
      input: { organizationId, email: '  New.Person@Example.COM ', name: 'New Person', role: 'MEMBER' },
    });
    expect(result.errors).toBeUndefined();
    const { member, userErrors } = result.data!.organizationMemberSet;
    expect(userErrors).toEqual([]);
    expect(member).toMatchObject({
      role: 'MEMBER',
      organization: { id: organizationId },
      user: { email: 'new.person@example.com', name: 'New Person' },
    });
    const users = await t.db.selectFrom('appUser').selectAll().where('email', '=', 'new.person@example.com').execute();
    expect(users.map((u) => u.id)).toEqual([member.user.id]);
    expect(await orgRole(organizationId, member.user.id)).toBe('MEMBER');

    // Setting the same email again changes the role of the same person; no second person appears.
    const again = await run(owner.viewer, MEMBER_SET, {
      input: { organizationId, email: 'new.person@example.com', role: 'ADMIN' },
    });
    expect(again.data!.organizationMemberSet.member).toMatchObject({
      id: member.id,
      role: 'ADMIN',
      user: { id: member.user.id, name: 'New Person' },
    });
    expect(
      await t.db.selectFrom('appUser').select('id').where('email', '=', 'new.person@example.com').execute(),
    ).toHaveLength(1);
  });

  it('organizationMemberSet rejects a bad email at ["input","email"] and writes nothing', async () => {
    const { organizationId, owner } = await insertProject(t.db);
    const users = (await t.db.selectFrom('appUser').select('id').execute()).length;
    for (const email of ['not-an-email', '', 'a@', '@example.com']) {
      const result = await run(owner.viewer, MEMBER_SET, { input: { organizationId, email, role: 'MEMBER' } });
      expectUserError(result, 'organizationMemberSet', 'BAD_USER_INPUT', ['input', 'email']);
      expect(result.data!.organizationMemberSet.member).toBeNull();
    }
    expect(await t.db.selectFrom('appUser').select('id').execute()).toHaveLength(users);
  });

  it('lets only an OWNER grant OWNER: an ADMIN gets FORBIDDEN with requiredRole OWNER', async () => {
    const { organizationId, owner } = await insertProject(t.db);
    const admin = await insertAccount(t.db, { organizationId, organizationRole: 'ADMIN' });
    const member = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER' });
    const grant = await run(admin.viewer, MEMBER_SET, {
      input: { organizationId, email: await emailOf(member.userId), role: 'OWNER' },
    });
    expectForbidden(grant, 'OWNER');
    expect(await orgRole(organizationId, member.userId)).toBe('MEMBER');
    // An ADMIN may not demote the OWNER either, nor add a new person as OWNER.
    expectForbidden(
      await run(admin.viewer, MEMBER_SET, {
        input: { organizationId, email: await emailOf(owner.userId), role: 'MEMBER' },
      }),
      'OWNER',
    );
    expect(await orgRole(organizationId, owner.userId)).toBe('OWNER');
    expectForbidden(
      await run(admin.viewer, MEMBER_SET, {
        input: { organizationId, email: 'would-be-owner@example.com', role: 'OWNER' },
      }),
      'OWNER',
    );
    expect(
      await t.db.selectFrom('appUser').select('id').where('email', '=', 'would-be-owner@example.com').execute(),
    ).toEqual([]);
    // An ADMIN does grant ADMIN; a MEMBER may not manage members at all.
    const promote = await run(admin.viewer, MEMBER_SET, {
      input: { organizationId, email: await emailOf(member.userId), role: 'ADMIN' },
    });
    expect(promote.data!.organizationMemberSet.member.role).toBe('ADMIN');
    const outsider = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER' });
    expectForbidden(
      await run(outsider.viewer, MEMBER_SET, { input: { organizationId, email: 'x@example.com', role: 'MEMBER' } }),
      'ADMIN',
    );
    // The OWNER does grant OWNER.
    const byOwner = await run(owner.viewer, MEMBER_SET, {
      input: { organizationId, email: await emailOf(member.userId), role: 'OWNER' },
    });
    expect(byOwner.data!.organizationMemberSet.member.role).toBe('OWNER');
  });

  it('keeps the last OWNER: demoting or removing them is PRECONDITION_FAILED', async () => {
    const { organizationId, owner } = await insertProject(t.db);
    const ownerEmail = await emailOf(owner.userId);
    for (const role of ['ADMIN', 'MEMBER']) {
      const demote = await run(owner.viewer, MEMBER_SET, { input: { organizationId, email: ownerEmail, role } });
      expectUserError(demote, 'organizationMemberSet', 'PRECONDITION_FAILED');
      expect(demote.data!.organizationMemberSet.member).toBeNull();
    }
    const remove = await run(owner.viewer, MEMBER_REMOVE, { input: { organizationId, userId: owner.userId } });
    expectUserError(remove, 'organizationMemberRemove', 'PRECONDITION_FAILED');
    expect(remove.data!.organizationMemberRemove.removedMemberId).toBeNull();
    expect(await orgRole(organizationId, owner.userId)).toBe('OWNER');

    // With a second OWNER, the first may step down.
    const second = await insertAccount(t.db, { organizationId, organizationRole: 'OWNER' });
    const stepDown = await run(owner.viewer, MEMBER_SET, {
      input: { organizationId, email: ownerEmail, role: 'ADMIN' },
    });
    expect(stepDown.data!.organizationMemberSet.userErrors).toEqual([]);
    expect(await orgRole(organizationId, owner.userId)).toBe('ADMIN');
    expectUserError(
      await run(second.viewer, MEMBER_REMOVE, { input: { organizationId, userId: second.userId } }),
      'organizationMemberRemove',
      'PRECONDITION_FAILED',
    );
  });

  it("removing a member also removes their memberships of the organization's projects, and only those", async () => {
    const a = await insertProject(t.db, 'A one');
    const b = await insertProject(t.db, 'B one');
    const member = await insertAccount(t.db, {
      organizationId: a.organizationId,
      organizationRole: 'MEMBER',
      projectId: a.projectId,
      projectRole: 'ANNOTATOR',
    });
    // The same person is also in organization B and one of its projects.
    await t.db
      .insertInto('organizationMember')
      .values({
        id: newId('organizationMember'),
        organizationId: b.organizationId,
        userId: member.userId,
        role: 'MEMBER',
        createdAt: new Date().toISOString(),
      })
      .execute();
    await run(b.owner.viewer, PROJECT_MEMBER_SET, {
      input: { projectId: b.projectId, userId: member.userId, role: 'VIEWER' },
    });
    const created = await run(a.owner.viewer, PROJECT_CREATE, {
      input: { organizationId: a.organizationId, name: 'A two' },
    });
    const aTwo = created.data!.projectCreate.project.id;
    expect(
      (
        await run(a.owner.viewer, PROJECT_MEMBER_SET, {
          input: { projectId: aTwo, userId: member.userId, role: 'REVIEWER' },
        })
      ).data!.projectMemberSet.userErrors,
    ).toEqual([]);

    const removed = await run(a.owner.viewer, MEMBER_REMOVE, {
      input: { organizationId: a.organizationId, userId: member.userId },
    });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.organizationMemberRemove.userErrors).toEqual([]);
    expect(typeof removed.data!.organizationMemberRemove.removedMemberId).toBe('string');
    expect(await orgRole(a.organizationId, member.userId)).toBeNull();
    const left = await t.db
      .selectFrom('projectMember')
      .select(['projectId', 'role'])
      .where('userId', '=', member.userId)
      .execute();
    expect(left).toEqual([{ projectId: b.projectId, role: 'VIEWER' }]);
    expect(await orgRole(b.organizationId, member.userId)).toBe('MEMBER');
    // They no longer see anything of A.
    const seen = await run(member.viewer, `query($id: ID!) { project(id: $id) { id } }`, { id: a.projectId });
    expect(seen.data!.project).toBeNull();
    // Removing them again: NOT_FOUND.
    expectUserError(
      await run(a.owner.viewer, MEMBER_REMOVE, { input: { organizationId: a.organizationId, userId: member.userId } }),
      'organizationMemberRemove',
      'NOT_FOUND',
    );
  });

  it("projectMemberSet for a person outside the project's organization is PRECONDITION_FAILED", async () => {
    const a = await insertProject(t.db);
    const b = await insertProject(t.db);
    const result = await run(a.owner.viewer, PROJECT_MEMBER_SET, {
      input: { projectId: a.projectId, userId: b.owner.userId, role: 'VIEWER' },
    });
    expectUserError(result, 'projectMemberSet', 'PRECONDITION_FAILED', ['input', 'userId']);
    expect(result.data!.projectMemberSet.member).toBeNull();
    expect(await t.db.selectFrom('projectMember').select('id').where('userId', '=', b.owner.userId).execute()).toEqual(
      [],
    );
  });

  it('a project MANAGER calling projectMemberSet gets FORBIDDEN with requiredRole ADMIN', async () => {
    const { organizationId, projectId } = await insertProject(t.db);
    const manager = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'MANAGER',
    });
    const colleague = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER' });
    const result = await run(manager.viewer, PROJECT_MEMBER_SET, {
      input: { projectId, userId: colleague.userId, role: 'VIEWER' },
    });
    expectForbidden(result, 'ADMIN', 'User does not have the minimal required project role "ADMIN"');
    expect(
      await t.db.selectFrom('projectMember').select('id').where('userId', '=', colleague.userId).execute(),
    ).toEqual([]);
    // A project ADMIN may.
    const admin = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'ADMIN',
    });
    const allowed = await run(admin.viewer, PROJECT_MEMBER_SET, {
      input: { projectId, userId: colleague.userId, role: 'VIEWER' },
    });
    expect(allowed.data!.projectMemberSet).toMatchObject({
      member: { role: 'VIEWER', project: { id: projectId }, user: { id: colleague.userId } },
      userErrors: [],
    });
  });

  it('a project ADMIN cannot demote a project OWNER (review fix)', async () => {
    const { organizationId, projectId } = await insertProject(t.db);
    const owner = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'OWNER',
    });
    const admin = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'ADMIN',
    });
    const result = await run(admin.viewer, PROJECT_MEMBER_SET, {
      input: { projectId, userId: owner.userId, role: 'VIEWER' },
    });
    expectForbidden(result, 'OWNER', 'User does not have the minimal required project role "OWNER"');
    const row = await t.db
      .selectFrom('projectMember')
      .select('role')
      .where('userId', '=', owner.userId)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('OWNER');
  });
});
