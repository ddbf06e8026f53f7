import { ROOT } from '../../db/list.repository';
import { loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { allOrganizations } from './organization.lists';
import { projectsOfOrganization } from './organization.lists';
import { primeRow } from '../../graphql/prime-row';
import { toPayload } from '../result';
import { updateOrganization } from './organization.service';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_p, { id }, ctx) => loadTyped(ctx, 'organization', id),
    organizations: (_p, args, ctx, info) =>
      ctx.loaders.connection(allOrganizations(ctx.access.viewer), ROOT, args, info),
  },
  Mutation: {
    organizationUpdate: async (_p, { id, input }, ctx) => {
      const result = await updateOrganization(ctx.db, ctx.access, id, input);
      if (result.ok) primeRow(ctx, 'organization', result.value);
      return toPayload(result, 'organization');
    },
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
