import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { ProviderConnectionRow } from '../../db/rows';
import type { ProviderConnectionCreateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { checkOutboundUrl, type OutboundPolicy } from '../../outbound/outbound-policy';
import type { SecretBox } from '../../secrets/secret-box';
import { inTransaction, ok, type Result } from '../result';
import { failure, fromZod, notFound } from '../user-errors';
import { inOrganization, now, recordOrganizationChange } from './prompt-access';
import { ProviderConnectionCreate } from './prompt-input-schema';
import { insertProviderConnection } from './prompt.repository';

/**
 * Stores a provider connection; its key is sealed (SECRETS_KEY), kept for the worker and never returned (`hasApiKey`
 * tells it is set). A base URL the outbound guard refuses now (a loopback, private or metadata address, unless
 * OUTBOUND_ALLOWED_HOSTS admits it) is refused here; every call checks again after resolving.
 */
export async function createProviderConnection(
  db: Database,
  actor: Actor,
  input: ProviderConnectionCreateInput,
  { outbound, secrets }: { outbound: OutboundPolicy; secrets: SecretBox },
): Promise<Result<ProviderConnectionRow>> {
  const parsed = ProviderConnectionCreate.safeParse({ ...input, name: input.name });
  if (!parsed.success) return fromZod(parsed.error);
  const organizationId = tableOfId(input.organizationId) === 'organization' ? input.organizationId : null;
  if (!(await inOrganization(actor, 'Mutation.providerConnectionCreate', organizationId)))
    return notFound('organization', ['input', 'organizationId']);
  // Resolved before the transaction opens (D6: nothing awaits the network inside one).
  const refusal = input.baseUrl ? await checkOutboundUrl(input.baseUrl, outbound) : null;
  if (refusal) return failure('BAD_USER_INPUT', refusal, ['input', 'baseUrl']);
  const apiKey = input.apiKey ? secrets.seal(input.apiKey) : null;
  const id = newId('providerConnection');
  return inTransaction(db, async (trx) => {
    // Recorded before the insert: written at COMMIT, so not at all when the insert fails. Named by name and
    // provider only: never its key, nor its base URL (which may carry credentials).
    recordOrganizationChange(trx, actor, 'PROVIDER_CONNECTION_CREATED', id, input.organizationId, {
      name: parsed.data.name,
      provider: input.provider,
    });
    return ok(
      await insertProviderConnection(trx, {
        id,
        organizationId: input.organizationId,
        name: parsed.data.name,
        provider: input.provider,
        baseUrl: input.baseUrl ?? null,
        apiKey,
        timeoutMs: input.timeoutMs ?? 30_000,
        maxRetries: input.maxRetries ?? 2,
        createdAt: now(),
      }),
    );
  });
}
