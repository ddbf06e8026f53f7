import { createHash } from 'node:crypto';
import { createAuthenticator } from '../../src/auth/authenticate';
import { CliError, init, projectCreate, tokenCreate } from '../../src/cli/commands';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { createTestServer } from '../support/server';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe(`${DIALECT}: annograph CLI commands`, () => {
  let t: TestDb;
  let lines: string[];
  const print = (line: string) => void lines.push(line);

  beforeEach(async () => {
    t = await createTestDb();
    lines = [];
  });
  afterEach(async () => {
    await t.destroy();
  });

  /** The one printed line that is a bare secret (no spaces), as a person copies it from the terminal. */
  const printedSecret = () => {
    const candidates = lines.filter((line) => /^\S{20,}$/.test(line));
    expect(candidates).toHaveLength(1);
    return candidates[0];
  };
  const count = async (table: 'organization' | 'appUser' | 'organizationMember' | 'apiToken' | 'project') =>
    (await t.db.selectFrom(table).select('id').execute()).length;

  it('init creates the organization, its OWNER and one token that authenticates as the OWNER', async () => {
    await init(t.db, { org: 'my-lab', email: 'Me@My-Lab.org', name: 'My Lab' }, print);

    const org = await t.db
      .selectFrom('organization')
      .selectAll()
      .where('slug', '=', 'my-lab')
      .executeTakeFirstOrThrow();
    expect(org.name).toBe('My Lab');
    const user = await t.db
      .selectFrom('appUser')
      .selectAll()
      .where('email', '=', 'me@my-lab.org')
      .executeTakeFirstOrThrow();
    const members = await t.db
      .selectFrom('organizationMember')
      .select(['userId', 'role'])
      .where('organizationId', '=', org.id)
      .execute();
    expect(members).toEqual([{ userId: user.id, role: 'OWNER' }]);

    const secret = printedSecret();
    const viewer = await createAuthenticator(t.db).authenticate(`Token ${secret}`);
    expect(viewer).toMatchObject({ kind: 'user', userId: user.id });
    const tokens = await t.db.selectFrom('apiToken').selectAll().execute();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ userId: user.id, tokenHash: sha256(secret), revokedAt: null });
    for (const value of Object.values(tokens[0])) expect(String(value)).not.toContain(secret);

    // The token works end to end: the OWNER sees the organization through the API.
    const server = await createTestServer(t.db);
    try {
      const result = await server.executeWithToken(
        `Token ${secret}`,
        '{ viewer { user { email } organizations { nodes { id slug viewerRole } } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.viewer).toEqual({
        user: { email: 'me@my-lab.org' },
        organizations: { nodes: [{ id: org.id, slug: 'my-lab', viewerRole: 'OWNER' }] },
      });
    } finally {
      await server.stop();
    }
  });

  it('init a second time for the same organization is a CliError and changes nothing', async () => {
    await init(t.db, { org: 'my-lab', email: 'me@my-lab.org' }, print);
    const before = {
      orgs: await count('organization'),
      users: await count('appUser'),
      members: await count('organizationMember'),
      tokens: await count('apiToken'),
    };
    lines = [];
    await expect(init(t.db, { org: 'my-lab', email: 'someone.else@my-lab.org' }, print)).rejects.toBeInstanceOf(
      CliError,
    );
    await expect(init(t.db, { org: 'my-lab', email: 'me@my-lab.org' }, print)).rejects.toBeInstanceOf(CliError);
    expect({
      orgs: await count('organization'),
      users: await count('appUser'),
      members: await count('organizationMember'),
      tokens: await count('apiToken'),
    }).toEqual(before);
    expect(lines.join('\n')).not.toMatch(/ag_|token/i);
  });

  it('init rejects a bad slug or email with a CliError', async () => {
    for (const opts of [
      { org: 'My Lab!', email: 'me@my-lab.org' },
      { org: 'my-lab', email: 'not-an-email' },
      { email: 'me@my-lab.org' },
      { org: 'my-lab' },
    ]) {
      await expect(init(t.db, opts, print)).rejects.toBeInstanceOf(CliError);
    }
    expect(await count('organization')).toBe(0);
    expect(await count('apiToken')).toBe(0);
  });

  it('token create --email gives a known person a new token, and is a CliError for an unknown email', async () => {
    await init(t.db, { org: 'my-lab', email: 'me@my-lab.org' }, print);
    const first = printedSecret();
    lines = [];
    await tokenCreate(t.db, { email: 'ME@my-lab.org', name: 'laptop' }, print);
    const second = printedSecret();
    expect(second).not.toBe(first);
    const user = await t.db
      .selectFrom('appUser')
      .select('id')
      .where('email', '=', 'me@my-lab.org')
      .executeTakeFirstOrThrow();
    expect(await createAuthenticator(t.db).authenticate(`Bearer ${second}`)).toMatchObject({
      kind: 'user',
      userId: user.id,
    });
    const row = await t.db
      .selectFrom('apiToken')
      .selectAll()
      .where('tokenHash', '=', sha256(second))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'laptop', userId: user.id, organizationId: null });

    const tokens = await count('apiToken');
    await expect(tokenCreate(t.db, { email: 'nobody@my-lab.org' }, print)).rejects.toBeInstanceOf(CliError);
    await expect(tokenCreate(t.db, { email: 'not-an-email' }, print)).rejects.toBeInstanceOf(CliError);
    expect(await count('apiToken')).toBe(tokens);
    expect(await count('appUser')).toBe(1);
  });

  it('token create --service gives a service token of at most ADMIN; OWNER or an unknown organization is a CliError', async () => {
    await init(t.db, { org: 'my-lab', email: 'me@my-lab.org' }, print);
    const org = await t.db
      .selectFrom('organization')
      .select('id')
      .where('slug', '=', 'my-lab')
      .executeTakeFirstOrThrow();
    const tokens = await count('apiToken');
    await expect(tokenCreate(t.db, { service: true, org: 'my-lab', role: 'OWNER' }, print)).rejects.toBeInstanceOf(
      CliError,
    );
    await expect(tokenCreate(t.db, { service: true, org: 'my-lab', role: 'SUPERUSER' }, print)).rejects.toBeInstanceOf(
      CliError,
    );
    await expect(tokenCreate(t.db, { service: true, org: 'no-such-org', role: 'ADMIN' }, print)).rejects.toBeInstanceOf(
      CliError,
    );
    expect(await count('apiToken')).toBe(tokens);

    lines = [];
    await tokenCreate(t.db, { service: true, org: 'my-lab', role: 'ADMIN', name: 'release worker' }, print);
    const secret = printedSecret();
    const viewer = await createAuthenticator(t.db).authenticate(`Token ${secret}`);
    expect(viewer).toMatchObject({ kind: 'service', organizationId: org.id, role: 'ADMIN' });
    const row = await t.db
      .selectFrom('apiToken')
      .selectAll()
      .where('tokenHash', '=', sha256(secret))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'release worker', userId: null, organizationId: org.id, serviceRole: 'ADMIN' });
  });

  it('project create makes a project; the same name again, or an unknown organization, is a CliError', async () => {
    await init(t.db, { org: 'my-lab', email: 'me@my-lab.org' }, print);
    const org = await t.db
      .selectFrom('organization')
      .select('id')
      .where('slug', '=', 'my-lab')
      .executeTakeFirstOrThrow();
    await projectCreate(t.db, { org: 'my-lab', name: 'Chat RLHF', description: 'first' }, print);
    const projects = await t.db.selectFrom('project').selectAll().execute();
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ organizationId: org.id, name: 'Chat RLHF', description: 'first' });
    expect(lines.some((line) => line.includes(projects[0].id))).toBe(true);

    await expect(projectCreate(t.db, { org: 'my-lab', name: 'Chat RLHF' }, print)).rejects.toBeInstanceOf(CliError);
    await expect(projectCreate(t.db, { org: 'my-lab', name: '  Chat RLHF ' }, print)).rejects.toBeInstanceOf(CliError);
    await expect(projectCreate(t.db, { org: 'no-such-org', name: 'Elsewhere' }, print)).rejects.toBeInstanceOf(
      CliError,
    );
    await expect(projectCreate(t.db, { org: 'my-lab', name: '' }, print)).rejects.toBeInstanceOf(CliError);
    expect(await count('project')).toBe(1);

    // The OWNER's token sees the project through the API.
    const server = await createTestServer(t.db);
    try {
      lines = [];
      await tokenCreate(t.db, { email: 'me@my-lab.org' }, print);
      const result = await server.executeWithToken(
        `Token ${printedSecret()}`,
        '{ projects { totalCount nodes { name } } }',
      );
      expect(result.data!.projects).toEqual({ totalCount: 1, nodes: [{ name: 'Chat RLHF' }] });
    } finally {
      await server.stop();
    }
  });
});
