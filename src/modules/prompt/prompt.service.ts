import type { Actor } from '../../auth/access';
import type { RootField } from '../../auth/role-table';
import type { Database } from '../../db/database';
import type { PromptRow, PromptVersionRow, ProviderConnectionRow } from '../../db/rows';
import type {
  ChangeType,
  PromptCreateInput,
  PromptUpdateInput,
  PromptVersionCreateInput,
  PromptVersionUpdateInput,
  ProviderConnectionCreateInput,
} from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { checkOutboundUrl, type OutboundPolicy } from '../../outbound/outbound-policy';
import type { SecretBox } from '../../secrets/secret-box';
import { changeActorOf, recordChange } from '../change/change-log';
import { actingUserId } from '../mutation-target';
import { inTransaction, ok, type Result } from '../result';
import { failure, fromZod, isForeignKeyViolation, notFound, type Failure } from '../user-errors';
import {
  PromptCreate,
  PromptUpdate,
  PromptVersionCreate,
  PromptVersionUpdate,
  ProviderConnectionCreate,
} from './prompt-input-schema';
import {
  deletePrompt as deletePromptRow,
  deletePromptProjects,
  deletePromptVersion as deletePromptVersionRow,
  findProjectOrganizationIds,
  insertPrompt,
  insertPromptProjects,
  insertPromptVersion,
  insertProviderConnection,
  updatePrompt as updatePromptRow,
  updatePromptVersion as updatePromptVersionRow,
} from './prompt.repository';

// Prompts, their versions and provider connections belong to an organization (D3): a caller acts on them with an
// organization role (or a project role there, below ADMIN), and a row of another organization answers NOT_FOUND.

const now = () => new Date().toISOString();

/** A change of a prompt, version or connection: organization-wide, like the object (never a provider key). */
function recordOrganizationChange(
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
const givenFields = (input: object) =>
  Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

/** May the caller do `field` in this organization? False for no organization and an invisible one. */
async function inOrganization(actor: Actor, field: RootField, organizationId: string | null | undefined) {
  return !!organizationId && (await actor.authorize(field, { organizationId }));
}

const visibleRow = async <R>(actor: Actor, table: 'prompt' | 'promptVersion' | 'providerConnection', id: string) =>
  tableOfId(id) === table ? ((await actor.visible(table).load(id)) as R | null) : null;

/** A version and its prompt, when the caller sees them. */
async function versionOf(actor: Actor, id: string) {
  const version = await visibleRow<PromptVersionRow>(actor, 'promptVersion', id);
  const prompt = version ? await visibleRow<PromptRow>(actor, 'prompt', version.promptId) : null;
  return prompt ? { version: version!, prompt } : null;
}

/** The projects must belong to the prompt's organization. */
async function checkProjects(db: Database, organizationId: string, ids: string[] | null | undefined) {
  if (!ids?.length) return null;
  const organizations = await findProjectOrganizationIds(
    db,
    [...new Set(ids)].filter((id) => tableOfId(id) === 'project'),
  );
  return ids.every((id) => organizations.get(id) === organizationId)
    ? null
    : notFound('project of this organization', ['input', 'associatedProjectIds']);
}

/** A connection named by a version must be one of the prompt's organization. */
async function checkConnection(actor: Actor, organizationId: string, connectionId: string): Promise<Failure | null> {
  const connection = await visibleRow<ProviderConnectionRow>(actor, 'providerConnection', connectionId);
  return connection && connection.organizationId === organizationId
    ? null
    : notFound('provider connection of this organization', ['input', 'connectionId']);
}

export async function createPrompt(db: Database, actor: Actor, input: PromptCreateInput): Promise<Result<PromptRow>> {
  const parsed = PromptCreate.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const organizationId = tableOfId(input.organizationId) === 'organization' ? input.organizationId : null;
  if (!(await inOrganization(actor, 'Mutation.promptCreate', organizationId)))
    return notFound('organization', ['input', 'organizationId']);
  const bad = await checkProjects(db, input.organizationId, input.associatedProjectIds);
  if (bad) return bad;
  const id = newId('prompt');
  return inTransaction(db, async (trx) => {
    const row = await insertPrompt(trx, {
      id,
      organizationId: input.organizationId,
      title: parsed.data.title,
      description: input.description ?? null,
      skillName: input.skill ?? 'TEXT_CLASSIFICATION',
      inputFieldsJson: JSON.stringify(parsed.data.inputFields),
      outputClassesJson: JSON.stringify(parsed.data.outputClasses),
      createdBy: actingUserId(actor),
      createdAt: now(),
      updatedAt: now(),
    });
    await insertPromptProjects(trx, id, [...new Set(input.associatedProjectIds ?? [])]);
    recordOrganizationChange(trx, actor, 'PROMPT_CREATED', id, row.organizationId, { title: row.title });
    return ok(row);
  });
}

export async function updatePrompt(
  db: Database,
  actor: Actor,
  id: string,
  input: PromptUpdateInput,
): Promise<Result<PromptRow>> {
  const parsed = PromptUpdate.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const current = await visibleRow<PromptRow>(actor, 'prompt', id);
  if (!current || !(await inOrganization(actor, 'Mutation.promptUpdate', current.organizationId)))
    return notFound('prompt', ['id']);
  const bad = await checkProjects(db, current.organizationId, input.associatedProjectIds);
  if (bad) return bad;
  const d = parsed.data;
  return inTransaction(db, async (trx) => {
    const row = await updatePromptRow(trx, id, {
      updatedAt: now(),
      ...(d.title ? { title: d.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(d.inputFields ? { inputFieldsJson: JSON.stringify(d.inputFields) } : {}),
      ...(d.outputClasses ? { outputClassesJson: JSON.stringify(d.outputClasses) } : {}),
    });
    if (!row) return notFound('prompt', ['id']);
    if (input.associatedProjectIds) {
      await deletePromptProjects(trx, id);
      await insertPromptProjects(trx, id, [...new Set(input.associatedProjectIds)]);
    }
    recordOrganizationChange(trx, actor, 'PROMPT_UPDATED', id, row.organizationId, { changed: givenFields(input) });
    return ok(row);
  });
}

/** Deletes a prompt with its versions and their runs; answers the deleted id. */
export async function deletePrompt(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  const current = await visibleRow<PromptRow>(actor, 'prompt', id);
  if (!current || !(await inOrganization(actor, 'Mutation.promptDelete', current.organizationId)))
    return notFound('prompt', ['id']);
  return inTransaction(db, async (trx) => {
    const deleted = await deletePromptRow(trx, id);
    if (!deleted) return notFound('prompt', ['id']);
    recordOrganizationChange(trx, actor, 'PROMPT_DELETED', id, current.organizationId, { title: current.title });
    return ok(deleted.id);
  });
}

export async function createPromptVersion(
  db: Database,
  actor: Actor,
  input: PromptVersionCreateInput,
): Promise<Result<PromptVersionRow>> {
  const parsed = PromptVersionCreate.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const prompt = await visibleRow<PromptRow>(actor, 'prompt', input.promptId);
  if (!prompt || !(await inOrganization(actor, 'Mutation.promptVersionCreate', prompt.organizationId)))
    return notFound('prompt', ['input', 'promptId']);
  if (input.connectionId) {
    const bad = await checkConnection(actor, prompt.organizationId, input.connectionId);
    if (bad) return bad;
  } else if ((input.provider ?? 'OFFLINE') !== 'OFFLINE') {
    return failure('BAD_USER_INPUT', 'A version on a network provider needs a connection (base URL and key)', [
      'input',
      'connectionId',
    ]);
  }
  try {
    return await inTransaction(db, async (trx) => {
      const version = await insertPromptVersion(trx, {
        id: newId('promptVersion'),
        promptId: prompt.id,
        title: parsed.data.title,
        promptText: parsed.data.promptText,
        provider: input.provider ?? 'OFFLINE',
        providerModelId: parsed.data.providerModelId,
        connectionId: input.connectionId ?? null,
        maxFewShotExamples: parsed.data.maxFewShotExamples ?? 0,
        createdBy: actingUserId(actor),
        createdAt: now(),
        updatedAt: now(),
      });
      recordOrganizationChange(trx, actor, 'PROMPT_VERSION_CREATED', version.id, prompt.organizationId, {
        promptId: prompt.id,
        title: version.title,
        provider: version.provider,
      });
      return ok(version);
    });
  } catch (error) {
    // The prompt (or connection) was deleted between the check above and the insert: as if it had never been there.
    if (isForeignKeyViolation(error)) return notFound('prompt', ['input', 'promptId']);
    throw error;
  }
}

export async function updatePromptVersion(
  db: Database,
  actor: Actor,
  id: string,
  input: PromptVersionUpdateInput,
): Promise<Result<PromptVersionRow>> {
  const parsed = PromptVersionUpdate.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const found = await versionOf(actor, id);
  if (!found || !(await inOrganization(actor, 'Mutation.promptVersionUpdate', found.prompt.organizationId)))
    return notFound('prompt version', ['id']);
  if (input.connectionId) {
    const bad = await checkConnection(actor, found.prompt.organizationId, input.connectionId);
    if (bad) return bad;
  }
  const d = parsed.data;
  return inTransaction(db, async (trx) => {
    const updated = await updatePromptVersionRow(trx, id, {
      updatedAt: now(),
      ...(d.title ? { title: d.title } : {}),
      ...(d.promptText ? { promptText: d.promptText } : {}),
      ...(d.providerModelId ? { providerModelId: d.providerModelId } : {}),
      ...(d.maxFewShotExamples != null ? { maxFewShotExamples: d.maxFewShotExamples } : {}),
      ...(input.connectionId !== undefined ? { connectionId: input.connectionId } : {}),
    });
    if (!updated) return notFound('prompt version', ['id']);
    recordOrganizationChange(trx, actor, 'PROMPT_VERSION_UPDATED', id, found.prompt.organizationId, {
      promptId: found.prompt.id,
      changed: givenFields(input),
    });
    return ok(updated);
  });
}

/** Deletes a version with its runs; answers the deleted id. */
export async function deletePromptVersion(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  const found = await versionOf(actor, id);
  if (!found || !(await inOrganization(actor, 'Mutation.promptVersionDelete', found.prompt.organizationId)))
    return notFound('prompt version', ['id']);
  return inTransaction(db, async (trx) => {
    const deleted = await deletePromptVersionRow(trx, id);
    if (!deleted) return notFound('prompt version', ['id']);
    recordOrganizationChange(trx, actor, 'PROMPT_VERSION_DELETED', id, found.prompt.organizationId, {
      promptId: found.prompt.id,
    });
    return ok(deleted.id);
  });
}

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
