import { hashSecret } from '../../src/auth/tokens';
import type { Viewer } from '../../src/auth/viewer';
import { createOrganization } from '../../src/modules/organization/organization.service';
import { insertAccount, type Account } from '../support/accounts';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { changeReader } from './change-reader';

// Issue 18, part 2: memberships, tokens, the organization and its projects record their changes; memberships and
// tokens only for admins, and never a token's secret.
const ERRORS = 'userErrors { code }';
const ORG_MEMBER_SET = `mutation($i: OrganizationMemberSetInput!) { organizationMemberSet(input: $i) { member { id user { id } } ${ERRORS} } }`;
const ORG_MEMBER_REMOVE = `mutation($i: OrganizationMemberRemoveInput!) { organizationMemberRemove(input: $i) { removedMemberId ${ERRORS} } }`;
const PROJECT_MEMBER_SET = `mutation($i: ProjectMemberSetInput!) { projectMemberSet(input: $i) { member { id } ${ERRORS} } }`;
const PROJECT_MEMBER_REMOVE = `mutation($i: ProjectMemberRemoveInput!) { projectMemberRemove(input: $i) { removedMemberId ${ERRORS} } }`;
const TOKEN_CREATE = `mutation($n: String!) { tokenCreate(input: { name: $n }) { secret token { id prefix } ${ERRORS} } }`;
const SERVICE_TOKEN_CREATE = `mutation($o: ID!, $n: String!) { serviceTokenCreate(input: { organizationId: $o, name: $n, role: MANAGER }) { secret token { id prefix } ${ERRORS} } }`;
const TOKEN_REVOKE = `mutation($id: ID!) { tokenRevoke(id: $id) { token { id } ${ERRORS} } }`;

describe(`${DIALECT}: changes of memberships, tokens, the organization and projects`, () => {
  let s: ProjectServer;
  let read: ReturnType<typeof changeReader>;
  let org: { organizationId: string };
  let project: { projectId: string };
  let orgAdmin: Account;
  let projectAdmin: Account;
  let projectViewer: Account;
  const user = (a: Account) => ({ kind: 'USER', id: a.userId });

  beforeAll(async () => {
    s = await startProjectServer();
    read = changeReader(s.server, s.owner.viewer);
    org = { organizationId: s.organizationId };
    project = { projectId: s.projectId };
    const member = (projectRole?: 'ADMIN' | 'VIEWER') =>
      insertAccount(s.t.db, {
        organizationId: s.organizationId,
        organizationRole: 'MEMBER',
        projectId: s.projectId,
        projectRole,
      });
    orgAdmin = await insertAccount(s.t.db, { organizationId: s.organizationId, organizationRole: 'ADMIN' });
    projectAdmin = await member('ADMIN');
    projectViewer = await member('VIEWER');
  });
  afterAll(() => stopProjectServer(s));

  const ok = async (query: string, variables: Record<string, unknown>, viewer: Viewer = s.owner.viewer) => {
    const result = await s.server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data!)[0] as { userErrors: unknown[] } & Record<string, any>;
    expect(payload.userErrors).toEqual([]);
    return payload;
  };

  it("records an organization membership's creation, role change and removal (with its project memberships)", async () => {
    let member: { id: string; user: { id: string } } = null as never;
    const created = await read.during(org, async () => {
      ({ member } = await ok(ORG_MEMBER_SET, {
        i: { organizationId: s.organizationId, email: 'ada@example.com', role: 'MEMBER' },
      }));
    });
    expect(created).toEqual([
      expect.objectContaining({
        type: 'MEMBERSHIP_CREATED',
        objectType: 'OrganizationMember',
        objectId: member.id,
        projectId: null,
        organizationId: s.organizationId,
        actor: user(s.owner),
        payload: { userId: member.user.id, role: 'MEMBER' },
      }),
    ]);
    // The same role again changes nothing.
    expect(
      await read.during(org, () =>
        ok(ORG_MEMBER_SET, { i: { organizationId: s.organizationId, email: 'ada@example.com', role: 'MEMBER' } }),
      ),
    ).toEqual([]);
    const updated = await read.during(org, () =>
      ok(ORG_MEMBER_SET, { i: { organizationId: s.organizationId, email: 'ada@example.com', role: 'ADMIN' } }),
    );
    expect(updated).toEqual([
      expect.objectContaining({
        type: 'MEMBERSHIP_UPDATED',
        objectId: member.id,
        payload: { userId: member.user.id, role: 'ADMIN', changed: ['role'] },
      }),
    ]);
    const { member: onProject } = await ok(PROJECT_MEMBER_SET, {
      i: { projectId: s.projectId, userId: member.user.id, role: 'ANNOTATOR' },
    });
    const removed = await read.during(org, () =>
      ok(ORG_MEMBER_REMOVE, { i: { organizationId: s.organizationId, userId: member.user.id } }),
    );
    expect(removed.map((c) => [c.type, c.objectId, c.projectId, c.payload])).toEqual([
      ['MEMBERSHIP_DELETED', onProject.id, s.projectId, { userId: member.user.id, role: 'ANNOTATOR' }],
      ['MEMBERSHIP_DELETED', member.id, null, { userId: member.user.id, role: 'ADMIN' }],
    ]);
  });

  it('records project memberships in the project, shown to its admins and not to its viewers', async () => {
    const person = await insertAccount(s.t.db, { organizationId: s.organizationId, organizationRole: 'MEMBER' });
    const input = { projectId: s.projectId, userId: person.userId };
    let memberId = '';
    const steps = async () => {
      memberId = (await ok(PROJECT_MEMBER_SET, { i: { ...input, role: 'ANNOTATOR' } })).member.id;
      await ok(PROJECT_MEMBER_SET, { i: { ...input, role: 'REVIEWER' } });
      await ok(PROJECT_MEMBER_REMOVE, { i: input });
    };
    const mark = await read.end(project);
    const viewerMark = await read.end(project, projectViewer.viewer);
    const orgViewerMark = await read.end(org, projectViewer.viewer);
    await steps();
    const expected = [
      ['MEMBERSHIP_CREATED', { userId: person.userId, role: 'ANNOTATOR' }],
      ['MEMBERSHIP_UPDATED', { userId: person.userId, role: 'REVIEWER', changed: ['role'] }],
      ['MEMBERSHIP_DELETED', { userId: person.userId, role: 'REVIEWER' }],
    ];
    const seen = await read.after(project, mark);
    expect(seen.map((c) => [c.type, c.payload])).toEqual(expected);
    expect(seen.every((c) => c.objectId === memberId && c.projectId === s.projectId)).toBe(true);
    expect(seen.every((c) => c.organizationId === s.organizationId && c.actor.kind === 'USER')).toBe(true);
    // A project ADMIN and an organization ADMIN see them; a VIEWER of the project sees none, either way.
    expect((await read.after(project, mark, projectAdmin.viewer)).map((c) => c.id)).toEqual(seen.map((c) => c.id));
    expect((await read.after(org, null, orgAdmin.viewer)).map((c) => c.id)).toEqual(
      expect.arrayContaining(seen.map((c) => c.id)),
    );
    expect(await read.after(project, viewerMark, projectViewer.viewer)).toEqual([]);
    expect(await read.after(org, orgViewerMark, projectViewer.viewer)).toEqual([]);
  });

  it('records tokens created and revoked without their secret, for admins only', async () => {
    const mark = await read.end(org);
    const viewerMark = await read.end(org, projectViewer.viewer);
    const own = await ok(TOKEN_CREATE, { n: 'laptop' }, projectViewer.viewer);
    const service = await ok(SERVICE_TOKEN_CREATE, { o: s.organizationId, n: 'pipeline' });
    await ok(TOKEN_REVOKE, { id: own.token.id }, projectViewer.viewer);
    await ok(TOKEN_REVOKE, { id: service.token.id });
    const seen = await read.after(org, mark);
    expect(seen.map((c) => [c.type, c.objectId, c.projectId, c.actor, c.payload])).toEqual([
      [
        'TOKEN_CREATED',
        own.token.id,
        null,
        user(projectViewer),
        { name: 'laptop', prefix: own.token.prefix, userId: projectViewer.userId },
      ],
      [
        'TOKEN_CREATED',
        service.token.id,
        null,
        user(s.owner),
        { name: 'pipeline', prefix: service.token.prefix, serviceRole: 'MANAGER' },
      ],
      [
        'TOKEN_REVOKED',
        own.token.id,
        null,
        user(projectViewer),
        { name: 'laptop', prefix: own.token.prefix, userId: projectViewer.userId },
      ],
      [
        'TOKEN_REVOKED',
        service.token.id,
        null,
        user(s.owner),
        { name: 'pipeline', prefix: service.token.prefix, serviceRole: 'MANAGER' },
      ],
    ]);
    expect((await read.after(org, mark, orgAdmin.viewer)).map((c) => c.id)).toEqual(seen.map((c) => c.id));
    // Even its own token's changes are not for a member who administers nothing.
    expect(await read.after(org, viewerMark, projectViewer.viewer)).toEqual([]);
    const everything = JSON.stringify(await read.after(org, null));
    for (const secret of [own.secret, service.secret]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.slice(12));
      expect(everything).not.toContain(hashSecret(secret));
    }
  });

  it('records nothing for a refused mutation', async () => {
    const before = await read.after(org, null);
    const lastOwner = await s.server.execute(ORG_MEMBER_REMOVE, {
      i: { organizationId: s.organizationId, userId: s.owner.userId },
    });
    expect(lastOwner.data!.organizationMemberRemove.userErrors).toEqual([{ code: 'PRECONDITION_FAILED' }]);
    const revoked = (await ok(SERVICE_TOKEN_CREATE, { o: s.organizationId, n: 'once' })).token.id;
    await ok(TOKEN_REVOKE, { id: revoked });
    const afterRevoke = await read.end(org);
    const again = await s.server.execute(TOKEN_REVOKE, { id: revoked });
    expect(again.data!.tokenRevoke.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
    const forbidden = await s.server.execute(
      ORG_MEMBER_SET,
      { i: { organizationId: s.organizationId, email: 'eve@example.com', role: 'ADMIN' } },
      projectViewer.viewer,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await read.after(org, afterRevoke)).toEqual([]);
    expect((await read.after(org, null)).length).toBe(before.length + 2);
  });

  it('records an organization rename', async () => {
    const renamed = await read.during(org, () =>
      ok(
        `mutation($id: ID!) { organizationUpdate(id: $id, input: { name: "Globex" }) { organization { id } ${ERRORS} } }`,
        {
          id: s.organizationId,
        },
      ),
    );
    expect(renamed).toEqual([
      expect.objectContaining({
        type: 'ORGANIZATION_UPDATED',
        objectType: 'Organization',
        objectId: s.organizationId,
        projectId: null,
        actor: user(s.owner),
        payload: { changed: ['name'] },
      }),
    ]);
  });

  it("records a project's creation and deletion; PROJECT_DELETED stays readable once the project is gone", async () => {
    let projectId = '';
    const created = await read.during(org, async () => {
      projectId = (
        await ok(
          `mutation($o: ID!) { projectCreate(input: { organizationId: $o, name: "Short-lived" }) { project { id } ${ERRORS} } }`,
          {
            o: s.organizationId,
          },
        )
      ).project.id;
    });
    expect(created).toEqual([
      expect.objectContaining({
        type: 'PROJECT_CREATED',
        objectType: 'Project',
        objectId: projectId,
        projectId,
        organizationId: s.organizationId,
        actor: user(s.owner),
        payload: { name: 'Short-lived', source: 'ANNOGRAPH' },
      }),
    ]);
    const deleted = await read.during(org, () =>
      ok(`mutation($id: ID!) { projectDelete(id: $id) { deletedProjectId ${ERRORS} } }`, { id: projectId }),
    );
    expect(deleted).toEqual([
      expect.objectContaining({
        type: 'PROJECT_DELETED',
        objectId: projectId,
        projectId,
        organizationId: s.organizationId,
        actor: user(s.owner),
        payload: { name: 'Short-lived' },
      }),
    ]);
    expect(
      await s.t.db.selectFrom('project').select('id').where('id', '=', projectId).executeTakeFirst(),
    ).toBeUndefined();
    const kept = (await read.after(org, null)).filter((c) => c.objectId === projectId);
    expect(kept.map((c) => c.type)).toEqual(['PROJECT_CREATED', 'PROJECT_DELETED']);
  });

  it("records annograph init's first membership and token as Annograph's own (SYSTEM), without the secret", async () => {
    const made = await createOrganization(s.t.db, {
      slug: `init-${s.organizationId.slice(-6).toLowerCase()}`,
      ownerEmail: 'founder@example.com',
      tokenName: 'first',
    });
    if (!made.ok) throw new Error('createOrganization refused');
    const { organization, owner, token, secret } = made.value;
    const founder: Viewer = { kind: 'user', userId: owner.id, tokenId: token.id };
    const seen = await read.after({ organizationId: organization.id }, null, founder);
    expect(seen.map((c) => [c.type, c.objectType, c.actor, c.payload])).toEqual([
      ['MEMBERSHIP_CREATED', 'OrganizationMember', { kind: 'SYSTEM', id: null }, { userId: owner.id, role: 'OWNER' }],
      [
        'TOKEN_CREATED',
        'ApiToken',
        { kind: 'SYSTEM', id: null },
        { name: 'first', prefix: token.prefix, userId: owner.id },
      ],
    ]);
    expect(JSON.stringify(seen)).not.toContain(secret);
  });
});
