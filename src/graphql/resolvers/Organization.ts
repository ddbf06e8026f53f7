import { projectsOfOrganization } from '../../modules/project/project.lists';
import type { OrganizationResolvers, UserResolvers } from '../types.generated';
import { loadTyped } from './load-typed';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'organization', ref.id),
  projects: (org, args, ctx) => ctx.loaders.connection(projectsOfOrganization, org.id, args),
};

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'appUser', ref.id),
};
