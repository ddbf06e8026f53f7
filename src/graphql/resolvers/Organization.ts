import { membersOfOrganization, serviceTokensOfOrganization } from '../../modules/access/access.lists';
import { promptsOfOrganization } from '../../modules/inference/prompt.lists';
import { projectsOfOrganization } from '../../modules/project/project.lists';
import type { OrganizationResolvers, UserResolvers } from '../types.generated';
import { loadTyped } from './load-typed';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'organization', ref.id),
  projects: (org, args, ctx, info) =>
    ctx.loaders.connection(projectsOfOrganization(ctx.access.viewer), org.id, args, info),
  viewerRole: (org, _a, ctx) => ctx.access.organizationRole.load(org.id),
  members: (org, args, ctx, info) => ctx.loaders.connection(membersOfOrganization, org.id, args, info),
  prompts: (org, { search, orderBy, ...args }, ctx, info) =>
    ctx.loaders.connection(promptsOfOrganization(search, orderBy), org.id, args, info),
  serviceTokens: async (org, args, ctx) => {
    const role = await ctx.access.organizationRole.load(org.id);
    const admin = ctx.access.viewer.kind === 'user' && (role === 'OWNER' || role === 'ADMIN');
    return admin ? ctx.loaders.connection(serviceTokensOfOrganization, org.id, args) : null;
  },
};

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'appUser', ref.id),
};
