import { promptsOfOrganization, versionsOfPrompt } from './prompt.lists';
import { createPrompt, deletePrompt, updatePrompt } from './prompt.service';
import { createPromptVersion, deletePromptVersion, updatePromptVersion } from './prompt-version.service';
import { createProviderConnection } from './provider-connection.service';
import { fromJson } from '../../graphql/json-column';
import type { Resolvers } from '../../graphql/types.generated';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import { toPayload } from '../result';

export const promptResolvers: Resolvers = {
  Query: {
    prompt: (_p, { id }, ctx) => loadTyped(ctx, 'prompt', id),
  },
  Mutation: {
    promptCreate: async (_p, { input }, ctx) => toPayload(await createPrompt(ctx.db, ctx.access, input), 'prompt'),
    promptUpdate: async (_p, { id, input }, ctx) => {
      const result = await updatePrompt(ctx.db, ctx.access, id, input);
      if (result.ok) primeRow(ctx, 'prompt', result.value);
      return toPayload(result, 'prompt');
    },
    promptDelete: async (_p, { id }, ctx) => toPayload(await deletePrompt(ctx.db, ctx.access, id), 'deletedId'),
    promptVersionCreate: async (_p, { input }, ctx) =>
      toPayload(await createPromptVersion(ctx.db, ctx.access, input), 'version'),
    promptVersionUpdate: async (_p, { id, input }, ctx) => {
      const result = await updatePromptVersion(ctx.db, ctx.access, id, input);
      if (result.ok) primeRow(ctx, 'promptVersion', result.value);
      return toPayload(result, 'version');
    },
    promptVersionDelete: async (_p, { id }, ctx) =>
      toPayload(await deletePromptVersion(ctx.db, ctx.access, id), 'deletedId'),
    providerConnectionCreate: async (_p, { input }, ctx) =>
      toPayload(await createProviderConnection(ctx.db, ctx.access, input, ctx), 'connection'),
  },
  Organization: {
    prompts: (org, { search, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(promptsOfOrganization(search, orderBy), org.id, args, info),
  },
  Prompt: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'prompt', ref.id),
    organization: (p, _a, ctx) => loadRequired(ctx, 'organization', p.organizationId),
    skill: (p) => p.skillName,
    inputFields: (p) => fromJson(p.inputFieldsJson, []),
    outputClasses: (p) => fromJson(p.outputClassesJson, []),
    // Only the projects the caller may see.
    associatedProjects: async (p, _a, ctx) =>
      (
        await Promise.all((await ctx.loaders.promptProjectIds.load(p.id)).map((id) => loadTyped(ctx, 'project', id)))
      ).filter((x) => x !== null),
    createdBy: (p, _a, ctx) => loadOptional(ctx, 'appUser', p.createdBy),
    runsCount: async (p, _a, ctx) => (await ctx.loaders.promptStats.load(p.id)).runs,
    versionsCount: async (p, _a, ctx) => (await ctx.loaders.promptStats.load(p.id)).versions,
    bestScore: async (p, _a, ctx) => (await ctx.loaders.promptStats.load(p.id)).best,
    versions: (p, args, ctx, info) => ctx.loaders.connection(versionsOfPrompt, p.id, args, info),
  },
  PromptVersion: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'promptVersion', ref.id),
    prompt: (v, _a, ctx) => loadRequired(ctx, 'prompt', v.promptId),
    connection: (v, _a, ctx) => loadOptional(ctx, 'providerConnection', v.connectionId),
    createdBy: (v, _a, ctx) => loadOptional(ctx, 'appUser', v.createdBy),
  },
  ProviderConnection: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'providerConnection', ref.id),
    hasApiKey: (c) => !!c.apiKey,
  },
};
