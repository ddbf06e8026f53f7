import type { Role } from '../graphql/types.generated';

/**
 * Who may call each root field: the one role table (DECISIONS.md D3, README "Roles"). A root field missing here
 * fails the auth-matrix test.
 * - public: answers without a token (introspection, federation's _service).
 * - authenticated: any valid token; what it returns is what the caller may see (reads filter by VIEWER).
 * - project / organization: the caller needs `role` on the project or organization the input names.
 * - person: a person's token (not a service token).
 * A service token acts with its role, like a person (issue 16): its role is its project role on every project of
 * its organization; it never holds an organization role (OWNER/ADMIN), so organization OWNER/ADMIN work is not
 * its to do. Nothing here admits a token above its role.
 */
export type Rule =
  | { scope: 'public' }
  | { scope: 'authenticated' }
  | { scope: 'person' }
  | { scope: 'project' | 'organization'; role: Role };

export const ROOT_FIELD_RULES = {
  'Query._service': { scope: 'public' },
  'Query._entities': { scope: 'authenticated' },
  'Query.viewer': { scope: 'authenticated' },
  'Query.node': { scope: 'authenticated' },
  'Query.nodes': { scope: 'authenticated' },
  'Query.organization': { scope: 'authenticated' },
  'Query.organizations': { scope: 'authenticated' },
  'Query.project': { scope: 'authenticated' },
  'Query.projects': { scope: 'authenticated' },
  'Query.batch': { scope: 'authenticated' },
  'Query.task': { scope: 'authenticated' },
  'Query.tasks': { scope: 'authenticated' },
  'Query.annotation': { scope: 'authenticated' },
  'Query.delivery': { scope: 'authenticated' },
  'Query.session': { scope: 'authenticated' },
  'Query.batchSessions': { scope: 'authenticated' },
  'Query.codingService': { scope: 'authenticated' },
  'Query.prompt': { scope: 'authenticated' },
  'Query.inferenceRun': { scope: 'authenticated' },
  'Query.rateLimit': { scope: 'authenticated' },
  'Query.changes': { scope: 'authenticated' },
  'Query.webhook': { scope: 'authenticated' },
  'Mutation.tokenCreate': { scope: 'person' },
  'Mutation.serviceTokenCreate': { scope: 'organization', role: 'ADMIN' },
  'Mutation.tokenRevoke': { scope: 'authenticated' },
  'Mutation.organizationUpdate': { scope: 'organization', role: 'ADMIN' },
  'Mutation.organizationMemberSet': { scope: 'organization', role: 'ADMIN' },
  'Mutation.organizationMemberRemove': { scope: 'organization', role: 'ADMIN' },
  'Mutation.projectCreate': { scope: 'organization', role: 'ADMIN' },
  'Mutation.projectDelete': { scope: 'project', role: 'ADMIN' },
  'Mutation.projectMemberSet': { scope: 'project', role: 'ADMIN' },
  'Mutation.projectMemberRemove': { scope: 'project', role: 'ADMIN' },
  'Mutation.taskImportScale': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskSetMetadata': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskComplete': { scope: 'project', role: 'REVIEWER' },
  'Mutation.taskFail': { scope: 'project', role: 'REVIEWER' },
  'Mutation.taskCancel': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskDelete': { scope: 'project', role: 'MANAGER' },
  'Mutation.threadAppend': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.turnAppend': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.messageAppend': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.annotationCreate': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.annotationSetValue': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.annotationDelete': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.batchCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.batchFinalize': { scope: 'project', role: 'MANAGER' },
  'Mutation.batchPause': { scope: 'project', role: 'MANAGER' },
  'Mutation.batchResume': { scope: 'project', role: 'MANAGER' },
  'Mutation.batchCancel': { scope: 'project', role: 'MANAGER' },
  'Mutation.batchSetMetadata': { scope: 'project', role: 'MANAGER' },
  'Mutation.deliveryCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.searchSessionRegister': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.searchSessionAddEvents': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.searchSessionMarkIrrelevant': { scope: 'project', role: 'ANNOTATOR' },
  // Shipping training data: ADMIN, a person's or a service token's (a read-only integration must not).
  'Mutation.sessionUseForImprovement': { scope: 'project', role: 'ADMIN' },
  'Mutation.batchRelease': { scope: 'project', role: 'ADMIN' },
  'Mutation.improvementItemClaim': { scope: 'project', role: 'ADMIN' },
  'Mutation.improvementItemComplete': { scope: 'project', role: 'ADMIN' },
  'Mutation.correctionSessionCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.correctionSessionDelete': { scope: 'project', role: 'MANAGER' },
  'Mutation.correctionTagAdd': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.correctionTagChange': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.correctionTagDelete': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.correctionTagConfirm': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.correctionSegmentMarkAnnotated': { scope: 'project', role: 'ANNOTATOR' },
  'Mutation.codingTaskCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.codingTaskUpdate': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskDataAdd': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskDataDelete': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskCommit': { scope: 'project', role: 'MANAGER' },
  'Mutation.taskAbort': { scope: 'project', role: 'MANAGER' },
  'Mutation.coderDelete': { scope: 'project', role: 'MANAGER' },
  'Mutation.promptCreate': { scope: 'organization', role: 'MANAGER' },
  'Mutation.promptUpdate': { scope: 'organization', role: 'MANAGER' },
  // Deleting takes the runs of every project with it: organization OWNER/ADMIN only.
  'Mutation.promptDelete': { scope: 'organization', role: 'ADMIN' },
  'Mutation.promptVersionCreate': { scope: 'organization', role: 'MANAGER' },
  'Mutation.promptVersionUpdate': { scope: 'organization', role: 'MANAGER' },
  'Mutation.promptVersionDelete': { scope: 'organization', role: 'ADMIN' },
  'Mutation.providerConnectionCreate': { scope: 'organization', role: 'ADMIN' },
  'Mutation.inferenceRunCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.inferenceRunCancel': { scope: 'project', role: 'MANAGER' },
  'Mutation.exportCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.exportCancel': { scope: 'project', role: 'MANAGER' },
  'Mutation.connectorCreate': { scope: 'project', role: 'MANAGER' },
  'Mutation.connectorUpdate': { scope: 'project', role: 'MANAGER' },
  'Mutation.connectorDelete': { scope: 'project', role: 'MANAGER' },
  'Mutation.connectorRun': { scope: 'project', role: 'MANAGER' },
  // Webhooks send a scope's whole change log (memberships and tokens included) to a URL: ADMIN of the project, or
  // OWNER/ADMIN of the organization for an organization webhook (authorized against the organization: a service
  // token, which never holds an organization role, may make project webhooks only).
  'Mutation.webhookCreate': { scope: 'project', role: 'ADMIN' },
  'Mutation.webhookUpdate': { scope: 'project', role: 'ADMIN' },
  'Mutation.webhookDelete': { scope: 'project', role: 'ADMIN' },
  'Mutation.webhookRotateSecret': { scope: 'project', role: 'ADMIN' },
  'Mutation.webhookDeliveryRetry': { scope: 'project', role: 'ADMIN' },
} as const satisfies Record<string, Rule>;

export type RootField = keyof typeof ROOT_FIELD_RULES;

/** The least role every read needs (DECISIONS.md D3): rows of projects below it are invisible, as if unknown. */
export const READ_ROLE: Role = 'VIEWER';
