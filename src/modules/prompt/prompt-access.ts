import type { Actor } from '../../auth/access';
import type { RootField } from '../../auth/role-table';
import type { Database } from '../../db/database';
import type { ChangeType } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';

// Prompts, their versions and provider connections belong to an organization (D3): a caller acts on them with an
// organization role (or a project role there, below ADMIN), and a row of another organization answers NOT_FOUND.
// What the prompt, version and connection services share: that check, the row lookup, and their change record.

export const now = () => new Date().toISOString();

/** A change of a prompt, version or connection: organization-wide, like the object (never a provider key). */
export function recordOrganizationChange(
  trx: Database,
  actor: Actor,
  type: ChangeType,
  objectId: string,
  organizationId: string,
  payload: Record<string, unknown> = {},
) {
  recordChange(trx, { type, objectId, projectId: null, organizationId, by: changeActorOf(actor), payload });
}

/** The API names of the input's fields that were given (`changed` of an update's change). */
export const givenFields = (input: object) =>
  Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

/** May the caller do `field` in this organization? False for no organization and an invisible one. */
export async function inOrganization(actor: Actor, field: RootField, organizationId: string | null | undefined) {
  return !!organizationId && (await actor.authorize(field, { organizationId }));
}

/** The row when the id is one of `table`'s and the caller sees it; null otherwise. */
export const visibleRow = async <R>(
  actor: Actor,
  table: 'prompt' | 'promptVersion' | 'providerConnection',
  id: string,
) => (tableOfId(id) === table ? ((await actor.visible(table).load(id)) as R | null) : null);
