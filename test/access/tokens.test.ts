import { createHash } from 'node:crypto';
import { createAuthenticator } from '../../src/auth/authenticate';
import { insertAccount, insertServiceToken } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { createTestServer, type GraphQLResult } from '../support/server';

const UNAUTHENTICATED = 'User is not authenticated. This means token is either not present or invalid';
const VIEWER = `{ viewer { user { id } token { id prefix } } }`;
const CREATE = `mutation Create($name: String!) {
  tokenCreate(input: { name: $name }) { secret token { id name prefix active user { id } } userErrors { code field message } }
}`;
const REVOKE = `mutation Revoke($id: ID!) {
  tokenRevoke(id: $id) { token { id active revokedAt } userErrors { code field message } }
}`;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function expectUnauthenticated(result: GraphQLResult) {
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].message).toBe(UNAUTHENTICATED);
  expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  expect(result.data ?? null).toBeNull();
  expect(result.http.status).toBe(401);
}

describe(`${DIALECT}: API tokens`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let fixture: Awaited<ReturnType<typeof insertProject>>;
  let other: Awaited<ReturnType<typeof insertProject>>;

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
    fixture = await insertProject(t.db, 'Tokens project');
    other = await insertProject(t.db, 'Someone else');
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const as = (secret: string) => ({
    run: (query: string, variables?: Record<string, unknown>) =>
      server.executeWithToken(`Token ${secret}`, query, variables),
  });
  const createToken = async (secret: string, name: string) => {
    const result = await as(secret).run(CREATE, { name });
    expect(result.errors).toBeUndefined();
    expect(result.data!.tokenCreate.userErrors).toEqual([]);
    return result.data!.tokenCreate as { secret: string; token: { id: string; name: string; prefix: string } };
  };

  it('accepts `Token <secret>` and `Bearer <secret>` (scheme in any case)', async () => {
    const { owner } = fixture;
    for (const header of [`Token ${owner.secret}`, `Bearer ${owner.secret}`, `bearer ${owner.secret}`]) {
      const result = await server.executeWithToken(header, VIEWER);
      expect(result.errors).toBeUndefined();
      expect(result.data!.viewer.user).toEqual({ id: owner.userId });
      expect(result.data!.viewer.token.id).toBe(owner.tokenId);
      const prefix: string = result.data!.viewer.token.prefix;
      expect(prefix.length).toBeGreaterThan(0);
      expect(prefix.length).toBeLessThan(owner.secret.length);
      expect(owner.secret.startsWith(prefix)).toBe(true);
    }
  });

  it('answers UNAUTHENTICATED (401) to a missing, malformed or unknown token', async () => {
    const { secret } = fixture.owner;
    const headers = [
      undefined,
      '',
      'Token',
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      secret,
      `Token ${secret} extra`,
      `Token ${secret.slice(0, -1)}`,
      `Token ag_${'x'.repeat(43)}`,
    ];
    for (const header of headers) expectUnauthenticated(await server.executeWithToken(header, VIEWER));
  });

  it('answers __typename, introspection and _service without a token, and nothing else', async () => {
    const typename = await server.executeWithToken(undefined, '{ __typename }');
    expect(typename.errors).toBeUndefined();
    expect(typename.data).toEqual({ __typename: 'Query' });
    const schema = await server.executeWithToken(undefined, '{ __schema { queryType { name } } }');
    expect(schema.errors).toBeUndefined();
    expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const service = await server.executeWithToken(undefined, '{ _service { sdl } }');
    expect(service.errors).toBeUndefined();
    expect(service.data!._service.sdl).toContain('type ApiToken');
    // A public field does not open the others, neither beside it nor hidden in fragments.
    expectUnauthenticated(await server.executeWithToken(undefined, '{ __typename projects { totalCount } }'));
    expectUnauthenticated(await server.executeWithToken(undefined, '{ ... on Query { projects { totalCount } } }'));
    expectUnauthenticated(
      await server.executeWithToken(
        undefined,
        'query { ...F } fragment F on Query { __typename viewer { user { id } } }',
      ),
    );
    expectUnauthenticated(await server.executeWithToken(undefined, CREATE, { name: 'x' }));
    const entities = `{ _entities(representations: [{ __typename: "Project", id: "${fixture.projectId}" }]) { ... on Project { name } } }`;
    expectUnauthenticated(await server.executeWithToken(undefined, entities));
  });

  it('tokenCreate shows the secret once, stores only its SHA-256 and lists the token without it', async () => {
    const { owner } = fixture;
    const created = await createToken(owner.secret, 'labeling UI');
    expect(typeof created.secret).toBe('string');
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    expect(created.secret).not.toBe(owner.secret);
    expect(created.token).toMatchObject({ name: 'labeling UI', active: true, user: { id: owner.userId } });
    expect(created.secret.startsWith(created.token.prefix)).toBe(true);

    const viewer = await server.executeWithToken(`Bearer ${created.secret}`, VIEWER);
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data!.viewer).toEqual({
      user: { id: owner.userId },
      token: { id: created.token.id, prefix: created.token.prefix },
    });

    const rows = await t.db.selectFrom('apiToken').selectAll().execute();
    for (const row of rows) for (const value of Object.values(row)) expect(String(value)).not.toContain(created.secret);
    const row = rows.find((r) => r.id === created.token.id)!;
    expect(row.tokenHash).toBe(sha256(created.secret));
    expect(row.userId).toBe(owner.userId);

    const list = await as(owner.secret).run(`{ viewer { tokens { totalCount nodes { id name prefix active } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data!.viewer.tokens.totalCount).toBe(2);
    expect(list.data!.viewer.tokens.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [owner.tokenId, created.token.id].sort(),
    );
    expect(JSON.stringify(list.data)).not.toContain(created.secret);
    const node = await as(owner.secret).run(
      `query N($id: ID!) { node(id: $id) { ... on ApiToken { id name prefix lastUsedAt } } }`,
      { id: created.token.id },
    );
    expect(node.data!.node.id).toBe(created.token.id);
    expect(JSON.stringify(node)).not.toContain(created.secret);
    // There is no field to read a secret again.
    const secretField = await as(owner.secret).run(`{ viewer { token { secret } } }`);
    expect(secretField.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('tokenCreate reports a blank name as BAD_USER_INPUT at ["input","name"] and creates nothing', async () => {
    const before = (await t.db.selectFrom('apiToken').select('id').execute()).length;
    for (const name of ['', '   ', 'x'.repeat(101)]) {
      const result = await as(fixture.owner.secret).run(CREATE, { name });
      expect(result.errors).toBeUndefined();
      expect(result.data!.tokenCreate.secret).toBeNull();
      expect(result.data!.tokenCreate.userErrors).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'name'] }),
      ]);
    }
    expect(await t.db.selectFrom('apiToken').select('id').execute()).toHaveLength(before);
  });

  it('tokenRevoke stops the secret at once in this process; a second revoke is INVALID_STATE_TRANSITION', async () => {
    const { owner } = fixture;
    const victim = await createToken(owner.secret, 'to revoke');
    const bystander = await createToken(owner.secret, 'revoked behind the cache');
    // Both are now cached by the server's authenticator.
    expect((await as(victim.secret).run(VIEWER)).data!.viewer.token.id).toBe(victim.token.id);
    expect((await as(bystander.secret).run(VIEWER)).data!.viewer.token.id).toBe(bystander.token.id);
    // The cache is real: a revocation the authenticator is not told of takes a while to be seen.
    await t.db
      .updateTable('apiToken')
      .set({ revokedAt: new Date().toISOString() })
      .where('id', '=', bystander.token.id)
      .execute();
    expect((await as(bystander.secret).run(VIEWER)).data!.viewer.token.id).toBe(bystander.token.id);

    const revoked = await as(owner.secret).run(REVOKE, { id: victim.token.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.tokenRevoke.userErrors).toEqual([]);
    expect(revoked.data!.tokenRevoke.token).toMatchObject({ id: victim.token.id, active: false });
    expect(revoked.data!.tokenRevoke.token.revokedAt).not.toBeNull();
    expectUnauthenticated(await as(victim.secret).run(VIEWER));
    const row = await t.db
      .selectFrom('apiToken')
      .select('revokedAt')
      .where('id', '=', victim.token.id)
      .executeTakeFirstOrThrow();
    expect(row.revokedAt).not.toBeNull();

    const again = await as(owner.secret).run(REVOKE, { id: victim.token.id });
    expect(again.errors).toBeUndefined();
    expect(again.data!.tokenRevoke.token).toBeNull();
    expect(again.data!.tokenRevoke.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE_TRANSITION', field: ['id'] }),
    ]);
  });

  it("tokenRevoke of someone else's person token is NOT_FOUND and leaves it working", async () => {
    const { owner, organizationId } = fixture;
    const colleague = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER' });
    for (const [caller, target] of [
      [colleague, owner],
      [other.owner, owner],
      [owner, other.owner],
    ] as const) {
      const result = await as(caller.secret).run(REVOKE, { id: target.tokenId });
      expect(result.errors).toBeUndefined();
      expect(result.data!.tokenRevoke).toEqual({
        token: null,
        userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })],
      });
      expect((await as(target.secret).run(VIEWER)).data!.viewer.token.id).toBe(target.tokenId);
    }
  });

  it("an organization OWNER revokes a member's token (D3: other people's tokens, ADMIN)", async () => {
    const member = await insertAccount(t.db, { organizationId: fixture.organizationId, organizationRole: 'MEMBER' });
    const result = await as(fixture.owner.secret).run(REVOKE, { id: member.tokenId });
    expect(result.data!.tokenRevoke.userErrors).toEqual([]);
    expect((await as(member.secret).run(VIEWER)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("a service token sees its organization's projects only and may not create person tokens", async () => {
    const service = await insertServiceToken(t.db, fixture.organizationId, 'VIEWER');
    const result = await as(service.secret).run(
      `{ viewer { user { id } token { id serviceRole } } projects { totalCount nodes { id name } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewer).toEqual({ user: null, token: { id: service.tokenId, serviceRole: 'VIEWER' } });
    expect(result.data!.projects).toEqual({
      totalCount: 1,
      nodes: [{ id: fixture.projectId, name: 'Tokens project' }],
    });
    const other_ = await as(service.secret).run(`query P($id: ID!) { project(id: $id) { id } }`, {
      id: other.projectId,
    });
    expect(other_.data!.project).toBeNull();

    const before = await t.db.selectFrom('apiToken').select('id').execute();
    const create = await as(service.secret).run(CREATE, { name: 'sneaky' });
    expect(create.data ?? null).toBeNull();
    expect(create.errors).toHaveLength(1);
    expect(create.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await t.db.selectFrom('apiToken').select('id').execute()).toHaveLength(before.length);
  });

  it('authenticates with at most one select and one update, caches 5 s and writes lastUsedAt once a minute', async () => {
    const account = await insertAccount(t.db, { organizationId: fixture.organizationId, organizationRole: 'MEMBER' });
    const T0 = Date.parse('2026-03-01T10:00:00.000Z');
    let fakeNow = T0;
    const authenticator = createAuthenticator(t.db, { now: () => fakeNow });
    const lastUsedAt = async () =>
      (
        await t.db
          .selectFrom('apiToken')
          .select('lastUsedAt')
          .where('id', '=', account.tokenId)
          .executeTakeFirstOrThrow()
      ).lastUsedAt;
    const authenticate = async () => {
      t.statements.length = 0;
      const viewer = await authenticator.authenticate(`Token ${account.secret}`);
      expect(viewer).toEqual({ kind: 'user', userId: account.userId, tokenId: account.tokenId });
      return t.statements.map((s) => s.trimStart().split(/\s/)[0].toLowerCase());
    };
    expect(await lastUsedAt()).toBeNull();

    expect((await authenticate()).sort()).toEqual(['select', 'update']);
    expect(await lastUsedAt()).toBe(new Date(T0).toISOString());

    fakeNow = T0 + 4_000;
    expect(await authenticate()).toEqual([]);

    fakeNow = T0 + 10_000;
    expect(await authenticate()).toEqual(['select']);
    expect(await lastUsedAt()).toBe(new Date(T0).toISOString());

    fakeNow = T0 + 61_000;
    expect((await authenticate()).sort()).toEqual(['select', 'update']);
    expect(await lastUsedAt()).toBe(new Date(T0 + 61_000).toISOString());

    // An unknown secret costs its one select and never an update.
    t.statements.length = 0;
    expect(await authenticator.authenticate('Token ag_unknown')).toEqual({ kind: 'anonymous' });
    expect(t.statements).toHaveLength(1);
  });
});
