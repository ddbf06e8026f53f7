import { generateSecret, hashSecret, secretPrefix } from '../../src/auth/tokens';
import type { Viewer } from '../../src/auth/viewer';
import type { Database } from '../../src/db/database';
import type { OrganizationRole, Role } from '../../src/graphql/types.generated';
import { newId } from '../../src/ids';

export type Account = { userId: string; tokenId: string; secret: string; viewer: Viewer };

/** A person with a token, a member of `organizationId` (and of `projectId` when a project role is given). */
export async function insertAccount(
  db: Database,
  opts: { organizationId: string; organizationRole: OrganizationRole; projectId?: string; projectRole?: Role },
): Promise<Account> {
  const now = new Date().toISOString();
  const userId = newId('appUser');
  await db
    .insertInto('appUser')
    .values({
      id: userId,
      email: `${userId.toLowerCase()}@test.example`,
      name: `User ${userId.slice(-4)}`,
      createdAt: now,
    })
    .execute();
  await db
    .insertInto('organizationMember')
    .values({
      id: newId('organizationMember'),
      organizationId: opts.organizationId,
      userId,
      role: opts.organizationRole,
      createdAt: now,
    })
    .execute();
  if (opts.projectId && opts.projectRole) {
    await db
      .insertInto('projectMember')
      .values({ id: newId('projectMember'), projectId: opts.projectId, userId, role: opts.projectRole, createdAt: now })
      .execute();
  }
  const secret = generateSecret();
  const tokenId = newId('apiToken');
  await db
    .insertInto('apiToken')
    .values({
      id: tokenId,
      name: 'test',
      tokenHash: hashSecret(secret),
      prefix: secretPrefix(secret),
      userId,
      createdAt: now,
    })
    .execute();
  return { userId, tokenId, secret, viewer: { kind: 'user', userId, tokenId } };
}

/** A service token of an organization with a role on its projects. */
export async function insertServiceToken(
  db: Database,
  organizationId: string,
  role: Role,
): Promise<Account & { userId: '' }> {
  const secret = generateSecret();
  const tokenId = newId('apiToken');
  await db
    .insertInto('apiToken')
    .values({
      id: tokenId,
      name: 'service',
      tokenHash: hashSecret(secret),
      prefix: secretPrefix(secret),
      organizationId,
      serviceRole: role,
      createdAt: new Date().toISOString(),
    })
    .execute();
  return { userId: '', tokenId, secret, viewer: { kind: 'service', tokenId, organizationId, role } };
}
