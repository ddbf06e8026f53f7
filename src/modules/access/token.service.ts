import { z } from 'zod';
import { generateSecret, hashSecret, secretPrefix } from '../../auth/tokens';
import type { Context } from '../../context';
import type { ApiTokenRow } from '../../db/rows';
import type { Role, ServiceTokenCreateInput, TokenCreateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { failure, fromZod, notFound, type Failure } from '../user-errors';
import { insertToken, revokeToken, type NewToken } from './token.repository';

const Name = z.string().trim().min(1, 'Name must not be empty').max(100, 'Name is at most 100 characters');
const ServiceRole = z.enum(['VIEWER', 'ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN'], {
  message: 'A service token is at most ADMIN',
});

type Created = { token: ApiTokenRow; secret: string; userErrors: [] };

async function create(
  ctx: Context,
  owner: Pick<NewToken, 'userId' | 'organizationId' | 'serviceRole'>,
  name: string,
): Promise<Created> {
  const secret = generateSecret();
  const token = await insertToken(ctx.db, {
    id: newId('apiToken'),
    name,
    tokenHash: hashSecret(secret),
    prefix: secretPrefix(secret),
    createdAt: new Date().toISOString(),
    ...owner,
  } as NewToken);
  return { token, secret, userErrors: [] };
}

/** A new token for the calling person; its secret is returned this once. */
export async function createOwnToken(ctx: Context, input: TokenCreateInput): Promise<Created | Failure> {
  await ctx.access.authorize('Mutation.tokenCreate');
  const name = z.object({ name: Name }).safeParse(input);
  if (!name.success) return fromZod(name.error);
  const viewer = ctx.access.viewer;
  if (viewer.kind !== 'user') throw new Error('unreachable: authorize admits persons only');
  return create(ctx, { userId: viewer.userId }, name.data.name);
}

/** A new service token of an organization, with a fixed role on its projects. */
export async function createServiceToken(ctx: Context, input: ServiceTokenCreateInput): Promise<Created | Failure> {
  const parsed = z.object({ name: Name, role: ServiceRole }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (!(await ctx.access.authorize('Mutation.serviceTokenCreate', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  return create(ctx, { organizationId: input.organizationId, serviceRole: parsed.data.role as Role }, parsed.data.name);
}

/** Revokes a token the caller may see (its own, or one of an organization it administers). */
export async function revokeTokenById(ctx: Context, id: string) {
  await ctx.access.authorize('Mutation.tokenRevoke');
  const visible = tableOfId(id) === 'apiToken' ? await ctx.access.visible('apiToken').load(id) : null;
  if (!visible) return notFound('token', ['id']);
  const revoked = await revokeToken(ctx.db, id, new Date().toISOString());
  if (!revoked) return failure('INVALID_STATE_TRANSITION', 'The token is already revoked', ['id']);
  ctx.onTokenRevoked(id);
  ctx.loaders.rowById('apiToken').clear(id).prime(id, revoked);
  return { token: revoked, userErrors: [] };
}
