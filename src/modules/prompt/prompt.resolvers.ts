import { promptsOfOrganization, versionsOfPrompt } from './prompt.lists';
import {
  createPrompt,
  createPromptVersion,
  createProviderConnection,
  deletePrompt,
  deletePromptVersion,
  updatePrompt,
  updatePromptVersion,
} from './prompt.service';
import { fromJson } from '../../graphql/json-column';
import type { Resolvers } from '../../graphql/types.generated';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';

export const promptResolvers: Resolvers = {
  Query: {
    prompt: (_p, { id }, ctx) => loadTyped(ctx, 'prompt', id),
  },
  Mutation: {
    promptCreate: (_p, { input }, ctx) => createPrompt(ctx, input),
    promptUpdate: (_p, { id, input }, ctx) => updatePrompt(ctx, id, input),
    promptDelete: (_p, { id }, ctx) => deletePrompt(ctx, id),
    promptVersionCreate: (_p, { input }, ctx) => createPromptVersion(ctx, input),
    promptVersionUpdate: (_p, { id, input }, ctx) => updatePromptVersion(ctx, id, input),
    promptVersionDelete: (_p, { id }, ctx) => deletePromptVersion(ctx, id),
    providerConnectionCreate: (_p, { input }, ctx) => createProviderConnection(ctx, input),
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
