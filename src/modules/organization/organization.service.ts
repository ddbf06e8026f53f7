import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { OrganizationRow, UserRow } from '../../db/rows';
import type { OrganizationUpdateInput } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { findOrCreateUserByEmail, upsertOrganizationMember } from '../access/access.repository';
import { recordMembershipChange } from '../access/access-changes';
import { issueToken, type IssuedToken } from '../access/access.service';
import { changeActorOf, recordChange, SYSTEM_ACTOR } from '../change/change-log';
import { inTransaction, ok, type Result } from '../result';
import { failure, fromZod, isUniqueViolation, notFound } from '../user-errors';
import { findOrganizationBySlug, insertOrganization, updateOrganizationById } from './organization.repository';

const Name = z.string().trim().min(1, 'Name must not be empty').max(200, 'Name is at most 200 characters');
/** An organization's slug, as `annograph init --org` takes it. */
export const OrganizationSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a slug is 2-63 lowercase letters, digits and dashes');

/** Renames an organization (organization settings: ADMIN, D3); no name keeps it as it is. */
export async function updateOrganization(
  db: Database,
  actor: Actor,
  id: string,
  input: OrganizationUpdateInput,
): Promise<Result<OrganizationRow>> {
  const parsed = z.object({ name: Name.nullish() }).safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (
    tableOfId(id) !== 'organization' ||
    !(await actor.authorize('Mutation.organizationUpdate', { organizationId: id }))
  ) {
    return notFound('organization', ['id']);
  }
  const { name } = parsed.data;
  if (name)
    return inTransaction(db, async (trx) => {
      const organization = await updateOrganizationById(trx, id, { name });
      recordChange(trx, {
        type: 'ORGANIZATION_UPDATED',
        objectId: id,
        projectId: null,
        organizationId: id,
        by: changeActorOf(actor),
        payload: { changed: ['name'] },
      });
      return ok(organization);
    });
  return ok((await actor.visible('organization').load(id)) as OrganizationRow);
}

export type OrganizationCreateInput = { slug: string; name?: string | null; ownerEmail: string; tokenName: string };
export type CreatedOrganization = { organization: OrganizationRow; owner: UserRow } & IssuedToken;

/**
 * A new organization with its OWNER (the person with this email, created when unknown) and a first token for
 * them, in one transaction (D5: `annograph init`). No API field creates organizations, so no actor is asked: the
 * caller is the installer (the CLI). CONFLICT when the slug is taken.
 */
export async function createOrganization(
  db: Database,
  input: OrganizationCreateInput,
): Promise<Result<CreatedOrganization>> {
  const parsed = z
    .object({ slug: OrganizationSlug, name: Name.nullish(), ownerEmail: z.string().trim().toLowerCase().email() })
    .safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { slug, ownerEmail } = parsed.data;
  const taken = failure('CONFLICT', `organization "${slug}" exists already`, ['input', 'slug']);
  try {
    return await inTransaction(db, async (trx) => {
      if (await findOrganizationBySlug(trx, slug)) return taken;
      const organization = await insertOrganization(trx, { slug, name: parsed.data.name ?? slug });
      const owner = await findOrCreateUserByEmail(trx, ownerEmail, ownerEmail.split('@')[0]);
      const member = await upsertOrganizationMember(trx, organization.id, owner.id, 'OWNER');
      // The organization's own creation has no type of change (nothing reads a log before its organization
      // exists); its first membership and token do.
      recordMembershipChange(trx, 'MEMBERSHIP_CREATED', { organizationId: organization.id }, member, SYSTEM_ACTOR);
      const token = await issueToken(trx, { userId: owner.id }, input.tokenName, SYSTEM_ACTOR);
      return ok({ organization, owner, ...token });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
}
