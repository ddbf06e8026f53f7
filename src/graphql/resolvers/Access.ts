import { ROOT } from '../../db/list.repository';
import { tokensOfUser } from '../../modules/access/access.lists';
import { allOrganizations } from '../../modules/project/project.lists';
import type {
  ApiTokenResolvers,
  OrganizationMemberResolvers,
  ProjectMemberResolvers,
  ViewerResolvers,
} from '../types.generated';
import { loadOptional, loadRequired, loadTyped } from './load-typed';

export const Viewer: ViewerResolvers = {
  user: (v, _a, ctx) => (v.kind === 'user' ? loadRequired(ctx, 'appUser', v.userId) : null),
  token: (v, _a, ctx) =>
    v.kind === 'anonymous' ? Promise.reject(new Error('anonymous viewer')) : loadRequired(ctx, 'apiToken', v.tokenId),
  organizations: (v, args, ctx, info) => ctx.loaders.connection(allOrganizations(v), ROOT, args, info),
  // A service token has no person: its list is the (empty) list of a parent that does not exist.
  tokens: (v, args, ctx, info) => ctx.loaders.connection(tokensOfUser, v.kind === 'user' ? v.userId : ROOT, args, info),
};

export const ApiToken: ApiTokenResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'apiToken', ref.id),
  user: (t, _a, ctx) => loadOptional(ctx, 'appUser', t.userId),
  organization: (t, _a, ctx) => loadOptional(ctx, 'organization', t.organizationId),
  active: (t) => t.revokedAt === null,
};

export const OrganizationMember: OrganizationMemberResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'organizationMember', ref.id),
  organization: (m, _a, ctx) => loadRequired(ctx, 'organization', m.organizationId),
  user: (m, _a, ctx) => loadRequired(ctx, 'appUser', m.userId),
};

export const ProjectMember: ProjectMemberResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'projectMember', ref.id),
  project: (m, _a, ctx) => loadRequired(ctx, 'project', m.projectId),
  user: (m, _a, ctx) => loadRequired(ctx, 'appUser', m.userId),
};
