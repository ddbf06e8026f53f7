import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { PromptRow, PromptVersionRow, ProviderConnectionRow } from '../../db/rows';
import type { PromptVersionCreateInput, PromptVersionUpdateInput } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { actingUserId } from '../mutation-target';
import { inTransaction, ok, type Result } from '../result';
import { failure, fromZod, isForeignKeyViolation, notFound, type Failure } from '../user-errors';
import { givenFields, inOrganization, now, recordOrganizationChange, visibleRow } from './prompt-access';
import { PromptVersionCreate, PromptVersionUpdate } from './prompt-input-schema';
import {
  deletePromptVersion as deletePromptVersionRow,
  insertPromptVersion,
  updatePromptVersion as updatePromptVersionRow,
} from './prompt.repository';

/** A version and its prompt, when the caller sees them. */
async function versionOf(actor: Actor, id: string) {
  const version = await visibleRow<PromptVersionRow>(actor, 'promptVersion', id);
  const prompt = version ? await visibleRow<PromptRow>(actor, 'prompt', version.promptId) : null;
  return prompt ? { version: version!, prompt } : null;
}

/** A connection named by a version must be one of the prompt's organization. */
async function checkConnection(actor: Actor, organizationId: string, connectionId: string): Promise<Failure | null> {
  const connection = await visibleRow<ProviderConnectionRow>(actor, 'providerConnection', connectionId);
  return connection && connection.organizationId === organizationId
    ? null
    : notFound('provider connection of this organization', ['input', 'connectionId']);
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
