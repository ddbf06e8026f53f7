import { ROOT } from '../../db/list.repository';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import type { Resolvers } from '../../graphql/types.generated';
import { allOrganizations } from '../organization/organization.lists';
import { isFailure, toPayload, type Result } from '../result';
import { membersOfOrganization, membersOfProject, serviceTokensOfOrganization, tokensOfUser } from './access.lists';
import {
  createOwnToken,
  createServiceToken,
  removeOrganizationMember,
  removeProjectMember,
  revokeTokenById,
  setOrganizationMember,
  setProjectMember,
  type IssuedToken,
} from './access.service';

/** `{ token, secret, userErrors: [] }` or `{ userErrors }`. */
const tokenPayload = (result: Result<IssuedToken>) =>
  isFailure(result) ? { userErrors: result.userErrors } : { ...result.value, userErrors: [] };

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, ctx) => ctx.access.viewer,
  },
  Mutation: {
    tokenCreate: async (_p, { input }, ctx) => tokenPayload(await createOwnToken(ctx.db, ctx.access, input)),
    serviceTokenCreate: async (_p, { input }, ctx) => tokenPayload(await createServiceToken(ctx.db, ctx.access, input)),
    tokenRevoke: async (_p, { id }, ctx) => {
      const result = await revokeTokenById(ctx.db, ctx.access, id);
      if (result.ok) {
        ctx.onTokenRevoked(id);
        primeRow(ctx, 'apiToken', result.value);
      }
      return toPayload(result, 'token');
    },
    organizationMemberSet: async (_p, { input }, ctx) =>
      toPayload(await setOrganizationMember(ctx.db, ctx.access, input), 'member'),
    organizationMemberRemove: async (_p, { input }, ctx) =>
      toPayload(await removeOrganizationMember(ctx.db, ctx.access, input), 'removedMemberId'),
    projectMemberSet: async (_p, { input }, ctx) =>
      toPayload(await setProjectMember(ctx.db, ctx.access, input), 'member'),
    projectMemberRemove: async (_p, { input }, ctx) =>
      toPayload(await removeProjectMember(ctx.db, ctx.access, input), 'removedMemberId'),
  },
  Viewer: {
    user: (v, _a, ctx) => (v.kind === 'user' ? loadRequired(ctx, 'appUser', v.userId) : null),
    token: (v, _a, ctx) =>
      v.kind === 'anonymous' ? Promise.reject(new Error('anonymous viewer')) : loadRequired(ctx, 'apiToken', v.tokenId),
    organizations: (v, args, ctx, info) => ctx.loaders.connection(allOrganizations(v), ROOT, args, info),
    // A service token has no person: its list is the (empty) list of a parent that does not exist.
    tokens: (v, args, ctx, info) =>
      ctx.loaders.connection(tokensOfUser, v.kind === 'user' ? v.userId : ROOT, args, info),
  },
  ApiToken: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'apiToken', ref.id),
    user: (t, _a, ctx) => loadOptional(ctx, 'appUser', t.userId),
    organization: (t, _a, ctx) => loadOptional(ctx, 'organization', t.organizationId),
    active: (t) => t.revokedAt === null,
  },
  OrganizationMember: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'organizationMember', ref.id),
    organization: (m, _a, ctx) => loadRequired(ctx, 'organization', m.organizationId),
    user: (m, _a, ctx) => loadRequired(ctx, 'appUser', m.userId),
  },
  ProjectMember: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'projectMember', ref.id),
    project: (m, _a, ctx) => loadRequired(ctx, 'project', m.projectId),
    user: (m, _a, ctx) => loadRequired(ctx, 'appUser', m.userId),
  },
  Organization: {
    viewerRole: (org, _a, ctx) => ctx.access.organizationRole.load(org.id),
    members: (org, args, ctx, info) => ctx.loaders.connection(membersOfOrganization, org.id, args, info),
    serviceTokens: async (org, args, ctx) => {
      const role = await ctx.access.organizationRole.load(org.id);
      const admin = ctx.access.viewer.kind === 'user' && (role === 'OWNER' || role === 'ADMIN');
      return admin ? ctx.loaders.connection(serviceTokensOfOrganization, org.id, args) : null;
    },
  },
  Project: {
    // A visible project always has a role for the caller (VIEWER at least).
    viewerRole: async (p, _a, ctx) => (await ctx.access.projectRole.load(p.id))!,
    members: (p, args, ctx, info) => ctx.loaders.connection(membersOfProject, p.id, args, info),
  },
};
