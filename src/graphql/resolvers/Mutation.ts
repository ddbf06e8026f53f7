import { removeOrganizationMember, removeProjectMember, setOrganizationMember, setProjectMember } from '../../modules/access/membership.service';
import { createOwnToken, createServiceToken, revokeTokenById } from '../../modules/access/token.service';
import { createProject, deleteProject, updateOrganization } from '../../modules/project/project.service';
import { importScaleTasksFromGraphQL } from '../../modules/scale/scale-import.service';
import type { MutationResolvers } from '../types.generated';

// Thin: input -> service (authorization, validation, one transaction) -> payload.
export const Mutation: MutationResolvers = {
  tokenCreate: (_p, { input }, ctx) => createOwnToken(ctx, input),
  serviceTokenCreate: (_p, { input }, ctx) => createServiceToken(ctx, input),
  tokenRevoke: (_p, { id }, ctx) => revokeTokenById(ctx, id),
  organizationUpdate: (_p, { id, input }, ctx) => updateOrganization(ctx, id, input),
  organizationMemberSet: (_p, { input }, ctx) => setOrganizationMember(ctx, input),
  organizationMemberRemove: (_p, { input }, ctx) => removeOrganizationMember(ctx, input),
  projectCreate: (_p, { input }, ctx) => createProject(ctx, input),
  projectDelete: (_p, { id }, ctx) => deleteProject(ctx, id),
  projectMemberSet: (_p, { input }, ctx) => setProjectMember(ctx, input),
  projectMemberRemove: (_p, { input }, ctx) => removeProjectMember(ctx, input),
  taskImportScale: (_p, { input }, ctx) => importScaleTasksFromGraphQL(ctx, input),
};
