import { z } from 'zod';
import type { Actor } from '../../auth/access';
import { generateSecret, hashSecret, secretPrefix } from '../../auth/tokens';
import type { Database } from '../../db/database';
import type { ApiTokenRow, OrganizationMemberRow, ProjectMemberRow, ProjectRow } from '../../db/rows';
import { AppError } from '../../errors';
import type {
  OrganizationMemberRemoveInput,
  OrganizationMemberSetInput,
  ProjectMemberRemoveInput,
  ProjectMemberSetInput,
  Role,
  ServiceTokenCreateInput,
  TokenCreateInput,
} from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { changeActorOf, transactionWithChanges, type ChangeActor } from '../change/change-log';
import { inTransaction, ok, type Result } from '../result';
import { failure, fromZod, notFound } from '../user-errors';
import {
  countOrganizationOwners,
  deleteOrganizationMember,
  deleteProjectMember,
  findOrCreateUserByEmail,
  findOrganizationMember,
  findProjectMember,
  insertToken,
  lockOrganization,
  updateTokenRevokedAt,
  upsertOrganizationMember,
  upsertProjectMember,
} from './access.repository';
import { recordMembershipChange, recordTokenChange } from './access-changes';

// Memberships of organizations and projects (D3: ADMIN manages them; only an OWNER grants or touches OWNER), and
// API tokens.

const MemberInput = z.object({
  email: z.string().trim().toLowerCase().email('Not an email address'),
  name: z.string().trim().min(1).max(200).nullish(),
});

const ownerOnly = (scope: 'organization' | 'project') =>
  new AppError(`User does not have the minimal required ${scope} role "OWNER"`, 'FORBIDDEN', {
    requiredRole: 'OWNER',
    scope,
  });

/** Only an OWNER grants OWNER or changes an OWNER's role: FORBIDDEN (thrown, as by authorize) otherwise. */
async function requireOwnerFor(actor: Actor, organizationId: string, roles: (string | undefined)[]) {
  if (!roles.includes('OWNER')) return;
  if ((await actor.organizationRole.load(organizationId)) !== 'OWNER') throw ownerOnly('organization');
}

const lastOwner = (field: string) =>
  failure('PRECONDITION_FAILED', 'An organization keeps at least one OWNER', ['input', field]);

/** Adds a person (by email, created when unknown) to an organization with a role, or changes their role. */
export async function setOrganizationMember(
  db: Database,
  actor: Actor,
  input: OrganizationMemberSetInput,
): Promise<Result<OrganizationMemberRow>> {
  const parsed = MemberInput.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (!(await actor.authorize('Mutation.organizationMemberSet', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  const { email, name } = parsed.data;
  return inTransaction(db, async (trx) => {
    await lockOrganization(trx, input.organizationId);
    const user = await findOrCreateUserByEmail(trx, email, name ?? email.split('@')[0]);
    const current = await findOrganizationMember(trx, input.organizationId, user.id);
    await requireOwnerFor(actor, input.organizationId, [input.role, current?.role]);
    if (
      current?.role === 'OWNER' &&
      input.role !== 'OWNER' &&
      (await countOrganizationOwners(trx, input.organizationId)) <= 1
    ) {
      return lastOwner('role');
    }
    const member = await upsertOrganizationMember(trx, input.organizationId, user.id, input.role);
    // Setting the role a person has already changes nothing: no change to record.
    if (current?.role !== member.role)
      recordMembershipChange(
        trx,
        current ? 'MEMBERSHIP_UPDATED' : 'MEMBERSHIP_CREATED',
        { organizationId: input.organizationId },
        member,
        changeActorOf(actor),
      );
    return ok(member);
  });
}

/** Removes a person from an organization and its projects; the id of the membership removed. */
export async function removeOrganizationMember(
  db: Database,
  actor: Actor,
  input: OrganizationMemberRemoveInput,
): Promise<Result<string | null>> {
  if (!(await actor.authorize('Mutation.organizationMemberRemove', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  return inTransaction(db, async (trx) => {
    await lockOrganization(trx, input.organizationId);
    const current = await findOrganizationMember(trx, input.organizationId, input.userId);
    if (!current) return notFound('member', ['input', 'userId']);
    await requireOwnerFor(actor, input.organizationId, [current.role]);
    if (current.role === 'OWNER' && (await countOrganizationOwners(trx, input.organizationId)) <= 1) {
      return lastOwner('userId');
    }
    const { member, projectMembers } = await deleteOrganizationMember(trx, input.organizationId, input.userId);
    // One change per membership removed: the person's project memberships go with the organization's.
    for (const removed of projectMembers)
      recordMembershipChange(trx, 'MEMBERSHIP_DELETED', removed, removed, changeActorOf(actor));
    if (member)
      recordMembershipChange(
        trx,
        'MEMBERSHIP_DELETED',
        { organizationId: input.organizationId },
        member,
        changeActorOf(actor),
      );
    return ok(member?.id ?? null);
  });
}

/** Gives a member of the project's organization a role on the project, or changes it. */
export async function setProjectMember(
  db: Database,
  actor: Actor,
  input: ProjectMemberSetInput,
): Promise<Result<ProjectMemberRow>> {
  if (!(await actor.authorize('Mutation.projectMemberSet', { projectId: input.projectId }))) {
    return notFound('project', ['input', 'projectId']);
  }
  const callerIsOwner = (await actor.projectRole.load(input.projectId)) === 'OWNER';
  if (input.role === 'OWNER' && !callerIsOwner) throw ownerOnly('project');
  // Loaded with the caller's role above: no statement of its own.
  const project = (await actor.visible('project').load(input.projectId)) as ProjectRow;
  return inTransaction(db, async (trx) => {
    // Queue behind a concurrent removal from the organization (which also removes project memberships).
    await lockOrganization(trx, project.organizationId);
    const current = await findProjectMember(trx, input.projectId, input.userId);
    if (current?.role === 'OWNER' && !callerIsOwner) throw ownerOnly('project');
    if (!(await findOrganizationMember(trx, project.organizationId, input.userId))) {
      return failure('PRECONDITION_FAILED', "The person is not a member of the project's organization", [
        'input',
        'userId',
      ]);
    }
    const member = await upsertProjectMember(trx, input.projectId, input.userId, input.role);
    if (current?.role !== member.role)
      recordMembershipChange(
        trx,
        current ? 'MEMBERSHIP_UPDATED' : 'MEMBERSHIP_CREATED',
        member,
        member,
        changeActorOf(actor),
      );
    return ok(member);
  });
}

/** Takes a person's role on a project away; the id of the membership removed. */
export async function removeProjectMember(
  db: Database,
  actor: Actor,
  input: ProjectMemberRemoveInput,
): Promise<Result<string | null>> {
  if (!(await actor.authorize('Mutation.projectMemberRemove', { projectId: input.projectId }))) {
    return notFound('project', ['input', 'projectId']);
  }
  return inTransaction(db, async (trx) => {
    const current = await findProjectMember(trx, input.projectId, input.userId);
    if (!current) return notFound('member', ['input', 'userId']);
    if (current.role === 'OWNER' && (await actor.projectRole.load(input.projectId)) !== 'OWNER')
      throw ownerOnly('project');
    const removed = await deleteProjectMember(trx, input.projectId, input.userId);
    if (removed) recordMembershipChange(trx, 'MEMBERSHIP_DELETED', removed, removed, changeActorOf(actor));
    return ok(removed?.id ?? null);
  });
}

const TokenName = z.string().trim().min(1, 'Name must not be empty').max(100, 'Name is at most 100 characters');
const ServiceRole = z.enum(['VIEWER', 'ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN'], {
  message: 'A service token is at most ADMIN',
});

export type IssuedToken = { token: ApiTokenRow; secret: string };
export type TokenOwner = { userId: string } | { organizationId: string; serviceRole: Role };

/**
 * Makes a token: a new secret, stored only as its hash (with a prefix to recognise it). The one place tokens are
 * made (tokenCreate, serviceTokenCreate, the CLI); its caller has decided who may have it. The secret is returned
 * this once. In the caller's transaction when given one (annograph init), else in its own: either way with its
 * TOKEN_CREATED change, made `by`.
 */
export async function issueToken(db: Database, owner: TokenOwner, name: string, by: ChangeActor): Promise<IssuedToken> {
  const secret = generateSecret();
  const issue = async (trx: Database) => {
    const token = await insertToken(trx, {
      id: newId('apiToken'),
      name,
      tokenHash: hashSecret(secret),
      prefix: secretPrefix(secret),
      createdAt: new Date().toISOString(),
      ...owner,
    });
    await recordTokenChange(trx, 'TOKEN_CREATED', token, by);
    return { token, secret };
  };
  return db.isTransaction ? issue(db) : transactionWithChanges(db, issue);
}

/** A new token for the calling person. */
export async function createOwnToken(
  db: Database,
  actor: Actor,
  input: TokenCreateInput,
): Promise<Result<IssuedToken>> {
  await actor.authorize('Mutation.tokenCreate');
  const name = z.object({ name: TokenName }).safeParse(input);
  if (!name.success) return fromZod(name.error);
  const viewer = actor.viewer;
  if (viewer.kind !== 'user') throw new Error('unreachable: authorize admits persons only');
  return ok(await issueToken(db, { userId: viewer.userId }, name.data.name, changeActorOf(actor)));
}

/** A new service token of an organization, with a fixed role on its projects. */
export async function createServiceToken(
  db: Database,
  actor: Actor,
  input: ServiceTokenCreateInput,
): Promise<Result<IssuedToken>> {
  const parsed = z.object({ name: TokenName, role: ServiceRole }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (!(await actor.authorize('Mutation.serviceTokenCreate', { organizationId: input.organizationId }))) {
    return notFound('organization', ['input', 'organizationId']);
  }
  const owner = { organizationId: input.organizationId, serviceRole: parsed.data.role as Role };
  return ok(await issueToken(db, owner, parsed.data.name, changeActorOf(actor)));
}

/** Revokes a token the caller may see (its own, or one of an organization it administers); the token revoked. */
export async function revokeTokenById(db: Database, actor: Actor, id: string): Promise<Result<ApiTokenRow>> {
  await actor.authorize('Mutation.tokenRevoke');
  const visible = tableOfId(id) === 'apiToken' ? await actor.visible('apiToken').load(id) : null;
  if (!visible) return notFound('token', ['id']);
  return inTransaction(db, async (trx) => {
    const revoked = await updateTokenRevokedAt(trx, id, new Date().toISOString());
    if (!revoked) return failure('INVALID_STATE_TRANSITION', 'The token is already revoked', ['id']);
    await recordTokenChange(trx, 'TOKEN_REVOKED', revoked, changeActorOf(actor));
    return ok(revoked);
  });
}
