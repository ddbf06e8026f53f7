import { z } from 'zod';
import type { Context } from '../../context';
import type {
  PromptCreateInput,
  PromptUpdateInput,
  PromptVersionCreateInput,
  PromptVersionUpdateInput,
  ProviderConnectionCreateInput,
} from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { failure, fromZod, isForeignKeyViolation, notFound } from '../user-errors';

const Title = z.string().trim().min(1, 'title must not be empty').max(200);
/** Field or class names: each once (a duplicate class would be two answers that are one). */
const Names = (min = 0, message?: string) =>
  z
    .array(z.string().trim().min(1).max(200))
    .min(min, message)
    .max(100)
    .superRefine((names, ctx) => {
      const seen = new Set<string>();
      names.forEach((name, i) => {
        if (seen.has(name))
          ctx.addIssue({ code: 'custom', path: [i], message: `${JSON.stringify(name)} is given twice` });
        seen.add(name);
      });
    });
/** Where calls go: http or https only (fetch cannot speak ftp:, file: or data:), with no credentials in it. */
const BaseUrl = z
  .string()
  .url()
  .refine((u) => {
    const url = URL.canParse(u) ? new URL(u) : null;
    return url?.protocol === 'http:' || url?.protocol === 'https:';
  }, 'baseUrl must be an http or https URL')
  .refine((u) => {
    const url = URL.canParse(u) ? new URL(u) : null;
    return !url?.username && !url?.password;
  }, 'put the key in apiKey, not in the URL');
const now = () => new Date().toISOString();
const actor = (ctx: Context) => (ctx.access.viewer.kind === 'user' ? ctx.access.viewer.userId : null);

/** A prompt-side row of the caller's organization (prompt, version or connection), after authorization. */
async function inOrganization(
  ctx: Context,
  field: Parameters<Context['access']['authorize']>[0],
  organizationId: string | null | undefined,
) {
  return !!organizationId && (await ctx.access.authorize(field, { organizationId }));
}

async function promptOf(ctx: Context, id: string) {
  return tableOfId(id) === 'prompt' ? ctx.loaders.rowById('prompt').load(id) : null;
}

/** The projects must belong to the prompt's organization. */
async function checkProjects(ctx: Context, organizationId: string, ids: string[] | null | undefined) {
  for (const id of ids ?? []) {
    const project = tableOfId(id) === 'project' ? await ctx.loaders.rowById('project').load(id) : null;
    if (!project || project.organizationId !== organizationId)
      return notFound('project of this organization', ['input', 'associatedProjectIds']);
  }
  return null;
}

export async function createPrompt(ctx: Context, input: PromptCreateInput) {
  const parsed = z
    .object({ title: Title, inputFields: Names(1, 'at least one input field'), outputClasses: Names() })
    .safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (
    !(await inOrganization(
      ctx,
      'Mutation.promptCreate',
      tableOfId(input.organizationId) === 'organization' ? input.organizationId : null,
    ))
  ) {
    return notFound('organization', ['input', 'organizationId']);
  }
  const bad = await checkProjects(ctx, input.organizationId, input.associatedProjectIds);
  if (bad) return bad;
  const id = newId('prompt');
  const prompt = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('prompt')
      .values({
        id,
        organizationId: input.organizationId,
        title: parsed.data.title,
        description: input.description ?? null,
        skillName: input.skill ?? 'TEXT_CLASSIFICATION',
        inputFieldsJson: JSON.stringify(parsed.data.inputFields),
        outputClassesJson: JSON.stringify(parsed.data.outputClasses),
        createdBy: actor(ctx),
        createdAt: now(),
        updatedAt: now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const projects = [...new Set(input.associatedProjectIds ?? [])];
    if (projects.length)
      await trx
        .insertInto('promptProject')
        .values(projects.map((p) => ({ promptId: id, id: p })))
        .execute();
    return row;
  });
  return { prompt, userErrors: [] };
}

export async function updatePrompt(ctx: Context, id: string, input: PromptUpdateInput) {
  const parsed = z
    .object({ title: Title.nullish(), inputFields: Names(1).nullish(), outputClasses: Names().nullish() })
    .safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const current = await promptOf(ctx, id);
  if (!current || !(await inOrganization(ctx, 'Mutation.promptUpdate', current.organizationId)))
    return notFound('prompt', ['id']);
  const bad = await checkProjects(ctx, current.organizationId, input.associatedProjectIds);
  if (bad) return bad;
  const prompt = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('prompt')
      .set({
        updatedAt: now(),
        ...(parsed.data.title ? { title: parsed.data.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(parsed.data.inputFields ? { inputFieldsJson: JSON.stringify(parsed.data.inputFields) } : {}),
        ...(parsed.data.outputClasses ? { outputClassesJson: JSON.stringify(parsed.data.outputClasses) } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (row && input.associatedProjectIds) {
      await trx.deleteFrom('promptProject').where('promptId', '=', id).execute();
      const projects = [...new Set(input.associatedProjectIds)];
      if (projects.length)
        await trx
          .insertInto('promptProject')
          .values(projects.map((p) => ({ promptId: id, id: p })))
          .execute();
    }
    return row;
  });
  if (!prompt) return notFound('prompt', ['id']);
  ctx.loaders.rowById('prompt').clear(id).prime(id, prompt);
  return { prompt, userErrors: [] };
}

export async function deletePrompt(ctx: Context, id: string) {
  const current = await promptOf(ctx, id);
  if (!current || !(await inOrganization(ctx, 'Mutation.promptDelete', current.organizationId)))
    return notFound('prompt', ['id']);
  const deleted = await ctx.db
    .transaction()
    .execute((trx) => trx.deleteFrom('prompt').where('id', '=', id).returning('id').executeTakeFirst());
  return deleted ? { deletedId: deleted.id, userErrors: [] } : notFound('prompt', ['id']);
}

export async function createPromptVersion(ctx: Context, input: PromptVersionCreateInput) {
  const parsed = z
    .object({
      title: Title,
      promptText: z.string().min(1).max(100_000),
      providerModelId: z.string().trim().min(1).max(200),
      maxFewShotExamples: z.number().int().min(0).max(100).nullish(),
    })
    .safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const prompt = await promptOf(ctx, input.promptId);
  if (!prompt || !(await inOrganization(ctx, 'Mutation.promptVersionCreate', prompt.organizationId)))
    return notFound('prompt', ['input', 'promptId']);
  if (input.connectionId) {
    const connection =
      tableOfId(input.connectionId) === 'providerConnection'
        ? await ctx.loaders.rowById('providerConnection').load(input.connectionId)
        : null;
    if (!connection || connection.organizationId !== prompt.organizationId)
      return notFound('provider connection of this organization', ['input', 'connectionId']);
  } else if ((input.provider ?? 'OFFLINE') !== 'OFFLINE') {
    return failure('BAD_USER_INPUT', 'A version on a network provider needs a connection (base URL and key)', [
      'input',
      'connectionId',
    ]);
  }
  try {
    const version = await ctx.db.transaction().execute((trx) =>
      trx
        .insertInto('promptVersion')
        .values({
          id: newId('promptVersion'),
          promptId: prompt.id,
          title: parsed.data.title,
          promptText: parsed.data.promptText,
          provider: input.provider ?? 'OFFLINE',
          providerModelId: parsed.data.providerModelId,
          connectionId: input.connectionId ?? null,
          maxFewShotExamples: parsed.data.maxFewShotExamples ?? 0,
          createdBy: actor(ctx),
          createdAt: now(),
          updatedAt: now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return { version, userErrors: [] };
  } catch (error) {
    // The prompt (or connection) was deleted between the check above and the insert: as if it had never been there.
    if (isForeignKeyViolation(error)) return notFound('prompt', ['input', 'promptId']);
    throw error;
  }
}

export async function updatePromptVersion(ctx: Context, id: string, input: PromptVersionUpdateInput) {
  const parsed = z
    .object({
      title: Title.nullish(),
      promptText: z.string().min(1).max(100_000).nullish(),
      providerModelId: z.string().trim().min(1).max(200).nullish(),
      maxFewShotExamples: z.number().int().min(0).max(100).nullish(),
    })
    .safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const version = tableOfId(id) === 'promptVersion' ? await ctx.loaders.rowById('promptVersion').load(id) : null;
  const prompt = version ? await ctx.loaders.rowById('prompt').load(version.promptId) : null;
  if (!prompt || !(await inOrganization(ctx, 'Mutation.promptVersionUpdate', prompt.organizationId)))
    return notFound('prompt version', ['id']);
  if (input.connectionId) {
    const connection =
      tableOfId(input.connectionId) === 'providerConnection'
        ? await ctx.loaders.rowById('providerConnection').load(input.connectionId)
        : null;
    if (!connection || connection.organizationId !== prompt.organizationId)
      return notFound('provider connection of this organization', ['input', 'connectionId']);
  }
  const d = parsed.data;
  const updated = await ctx.db.transaction().execute((trx) =>
    trx
      .updateTable('promptVersion')
      .set({
        updatedAt: now(),
        ...(d.title ? { title: d.title } : {}),
        ...(d.promptText ? { promptText: d.promptText } : {}),
        ...(d.providerModelId ? { providerModelId: d.providerModelId } : {}),
        ...(d.maxFewShotExamples != null ? { maxFewShotExamples: d.maxFewShotExamples } : {}),
        ...(input.connectionId !== undefined ? { connectionId: input.connectionId } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst(),
  );
  if (!updated) return notFound('prompt version', ['id']);
  ctx.loaders.rowById('promptVersion').clear(id).prime(id, updated);
  return { version: updated, userErrors: [] };
}

export async function deletePromptVersion(ctx: Context, id: string) {
  const version = tableOfId(id) === 'promptVersion' ? await ctx.loaders.rowById('promptVersion').load(id) : null;
  const prompt = version ? await ctx.loaders.rowById('prompt').load(version.promptId) : null;
  if (!prompt || !(await inOrganization(ctx, 'Mutation.promptVersionDelete', prompt.organizationId)))
    return notFound('prompt version', ['id']);
  const deleted = await ctx.db
    .transaction()
    .execute((trx) => trx.deleteFrom('promptVersion').where('id', '=', id).returning('id').executeTakeFirst());
  return deleted ? { deletedId: deleted.id, userErrors: [] } : notFound('prompt version', ['id']);
}

export async function createProviderConnection(ctx: Context, input: ProviderConnectionCreateInput) {
  const parsed = z
    .object({
      name: Title,
      baseUrl: BaseUrl.nullish(),
      timeoutMs: z.number().int().min(100).max(600_000).nullish(),
      maxRetries: z.number().int().min(0).max(10).nullish(),
    })
    .safeParse({ ...input, name: input.name });
  if (!parsed.success) return fromZod(parsed.error);
  if (
    !(await inOrganization(
      ctx,
      'Mutation.providerConnectionCreate',
      tableOfId(input.organizationId) === 'organization' ? input.organizationId : null,
    ))
  ) {
    return notFound('organization', ['input', 'organizationId']);
  }
  const connection = await ctx.db.transaction().execute((trx) =>
    trx
      .insertInto('providerConnection')
      .values({
        id: newId('providerConnection'),
        organizationId: input.organizationId,
        name: parsed.data.name,
        provider: input.provider,
        baseUrl: input.baseUrl ?? null,
        apiKey: input.apiKey ?? null,
        timeoutMs: input.timeoutMs ?? 30_000,
        maxRetries: input.maxRetries ?? 2,
        createdAt: now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return { connection, userErrors: [] };
}
