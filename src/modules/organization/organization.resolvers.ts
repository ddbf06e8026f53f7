import { ROOT } from '../../db/list.repository';
import { loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { allOrganizations, projectsOfOrganization } from '../project/project.lists';
import { updateOrganization } from '../project/project.service';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_p, { id }, ctx) => loadTyped(ctx, 'organization', id),
    organizations: (_p, args, ctx, info) =>
      ctx.loaders.connection(allOrganizations(ctx.access.viewer), ROOT, args, info),
  },
  Mutation: {
    organizationUpdate: (_p, { id, input }, ctx) => updateOrganization(ctx, id, input),
  },
  Organization: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'organization', ref.id),
    projects: (org, args, ctx, info) =>
      ctx.loaders.connection(projectsOfOrganization(ctx.access.viewer), org.id, args, info),
  },
  User: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'appUser', ref.id),
  },
};
