import type { Database } from '../../db/database';
import type { ApiTokenRow } from '../../db/rows';
import type { ChangeType, Role } from '../../graphql/types.generated';
import { recordChange, type ChangeActor } from '../change/change-log';
import { findUserOrganizationIds } from './access.repository';

// What a membership or token change records in the change log (issue 18). Both are for admins only (audience
// ADMINS): who holds which role, and which tokens exist, is the admins' business. Never a secret or its hash.

type Membership = { id: string; userId: string; role: Role | string };
type MembershipType = Extract<ChangeType, 'MEMBERSHIP_CREATED' | 'MEMBERSHIP_UPDATED' | 'MEMBERSHIP_DELETED'>;

/** A change of a membership of a project (`projectId`) or of an organization (`organizationId`). */
export function recordMembershipChange(
  trx: Database,
  type: MembershipType,
  scope: { projectId: string } | { organizationId: string },
  member: Membership,
  by: ChangeActor,
): void {
  recordChange(trx, {
    type,
    objectId: member.id,
    ...('projectId' in scope ? { projectId: scope.projectId } : { projectId: null, ...scope }),
    audience: 'ADMINS',
    by,
    payload: {
      userId: member.userId,
      role: member.role,
      ...(type === 'MEMBERSHIP_UPDATED' ? { changed: ['role'] } : {}),
    },
  });
}

/**
 * A token's creation or revocation: in its organization for a service token; a person's token belongs to no
 * organization, so it is recorded in each organization the person is a member of (whose admins may see and revoke
 * it), none when they are a member of none.
 */
export async function recordTokenChange(
  trx: Database,
  type: Extract<ChangeType, 'TOKEN_CREATED' | 'TOKEN_REVOKED'>,
  token: ApiTokenRow,
  by: ChangeActor,
): Promise<void> {
  const organizationIds = token.organizationId
    ? [token.organizationId]
    : await findUserOrganizationIds(trx, token.userId!);
  const owner = token.organizationId ? { serviceRole: token.serviceRole } : { userId: token.userId };
  for (const organizationId of organizationIds)
    recordChange(trx, {
      type,
      objectId: token.id,
      projectId: null,
      organizationId,
      audience: 'ADMINS',
      by,
      payload: { name: token.name, prefix: token.prefix, ...owner },
    });
}
