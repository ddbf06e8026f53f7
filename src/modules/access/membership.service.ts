import { z } from 'zod';
import type { Context } from '../../context';
import { AppError } from '../../errors';
import type {
  OrganizationMemberRemoveInput,
  OrganizationMemberSetInput,
  ProjectMemberRemoveInput,
  ProjectMemberSetInput,
} from '../../graphql/types.generated';
import { failure, fromZod, notFound } from '../user-errors';
import {
  countOwners,
  deleteOrganizationMember,
  lockOrganization,
  deleteProjectMember,
  findOrCreateUserByEmail,
  findOrganizationMember,
  findProjectMember,
  upsertOrganizationMember,
  upsertProjectMember,
} from './membership.repository';

const MemberInput = z.object({
  email: z.string().trim().toLowerCase().email('Not an email address'),
  name: z.string().trim().min(1).max(200).nullish(),
});

const ownerOnly = (scope: 'organization' | 'project') =>
  new AppError(`User does not have the minimal required ${scope} role "OWNER"`, 'FORBIDDEN', {
    requiredRole: 'OWNER',
    scope,
  });

/** Only an OWNER grants OWNER or changes an OWNER's role. */
async function requireOwnerFor(ctx: Context, organizationId: string, roles: (string | undefined)[]) {
  if (!roles.includes('OWNER')) return;
  if ((await ctx.access.organizationRole.load(organizationId)) !== 'OWNER') throw ownerOnly('organization');
}

export async function setOrganizationMember(ctx: Context, input: OrganizationMemberSetInput) {
  const parsed = MemberInput.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (!(await ctx.access.authorize('Mutation.organizationMemberSet', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  const { email, name } = parsed.data;
  return ctx.db.transaction().execute(async (trx) => {
    await lockOrganization(trx, input.organizationId);
    const user = await findOrCreateUserByEmail(trx, email, name ?? email.split('@')[0]);
    const current = await findOrganizationMember(trx, input.organizationId, user.id);
    await requireOwnerFor(ctx, input.organizationId, [input.role, current?.role]);
    if (current?.role === 'OWNER' && input.role !== 'OWNER' && (await countOwners(trx, input.organizationId)) <= 1) {
      return failure('PRECONDITION_FAILED', 'An organization keeps at least one OWNER', ['input', 'role']);
    }
    return { member: await upsertOrganizationMember(trx, input.organizationId, user.id, input.role), userErrors: [] };
  });
}

export async function removeOrganizationMember(ctx: Context, input: OrganizationMemberRemoveInput) {
  if (!(await ctx.access.authorize('Mutation.organizationMemberRemove', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  return ctx.db.transaction().execute(async (trx) => {
    await lockOrganization(trx, input.organizationId);
    const current = await findOrganizationMember(trx, input.organizationId, input.userId);
    if (!current) return notFound('member', ['input', 'userId']);
    await requireOwnerFor(ctx, input.organizationId, [current.role]);
    if (current.role === 'OWNER' && (await countOwners(trx, input.organizationId)) <= 1) {
      return failure('PRECONDITION_FAILED', 'An organization keeps at least one OWNER', ['input', 'userId']);
    }
    const removed = await deleteOrganizationMember(trx, input.organizationId, input.userId);
    return { removedMemberId: removed?.id ?? null, userErrors: [] };
  });
}

export async function setProjectMember(ctx: Context, input: ProjectMemberSetInput) {
  if (!(await ctx.access.authorize('Mutation.projectMemberSet', { projectId: input.projectId }))) {
    return notFound('project', ['input', 'projectId']);
  }
  const callerIsOwner = (await ctx.access.projectRole.load(input.projectId)) === 'OWNER';
  if (input.role === 'OWNER' && !callerIsOwner) throw ownerOnly('project');
  const project = await ctx.loaders.rowById('project').load(input.projectId);
  return ctx.db.transaction().execute(async (trx) => {
    // Queue behind a concurrent removal from the organization (which also removes project memberships).
    await lockOrganization(trx, project!.organizationId);
    if ((await findProjectMember(trx, input.projectId, input.userId))?.role === 'OWNER' && !callerIsOwner)
      throw ownerOnly('project');
    if (!(await findOrganizationMember(trx, project!.organizationId, input.userId))) {
      return failure('PRECONDITION_FAILED', "The person is not a member of the project's organization", [
        'input',
        'userId',
      ]);
    }
    return { member: await upsertProjectMember(trx, input.projectId, input.userId, input.role), userErrors: [] };
  });
}

export async function removeProjectMember(ctx: Context, input: ProjectMemberRemoveInput) {
  if (!(await ctx.access.authorize('Mutation.projectMemberRemove', { projectId: input.projectId }))) {
    return notFound('project', ['input', 'projectId']);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findProjectMember(trx, input.projectId, input.userId);
    if (!current) return notFound('member', ['input', 'userId']);
    if (current.role === 'OWNER' && (await ctx.access.projectRole.load(input.projectId)) !== 'OWNER')
      throw ownerOnly('project');
    const removed = await deleteProjectMember(trx, input.projectId, input.userId);
    return { removedMemberId: removed?.id ?? null, userErrors: [] };
  });
}
