import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { PromptRow } from '../../db/rows';
import type { PromptCreateInput, PromptUpdateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { actingUserId } from '../mutation-target';
import { inTransaction, ok, type Result } from '../result';
import { fromZod, notFound } from '../user-errors';
import { givenFields, inOrganization, now, recordOrganizationChange, visibleRow } from './prompt-access';
import { PromptCreate, PromptUpdate } from './prompt-input-schema';
import {
  deletePrompt as deletePromptRow,
  deletePromptProjects,
  findProjectOrganizationIds,
  insertPrompt,
  insertPromptProjects,
  updatePrompt as updatePromptRow,
} from './prompt.repository';

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
