import { fromJson } from '../../graphql/json-column';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import type { Resolvers } from '../../graphql/types.generated';
import { toPayload } from '../result';
import { connectorRunProgress, jobStatusOfConnectorRun } from './connector-run-state';
import { connectorsOfProject, runsOfConnector } from './connector.lists';
import { createConnector, deleteConnector, runConnector, updateConnector } from './connector.service';

export const connectorResolvers: Resolvers = {
  Mutation: {
    connectorCreate: async (_p, { input }, ctx) =>
      toPayload(await createConnector(ctx.db, ctx.access, input, ctx), 'connector'),
    connectorUpdate: async (_p, { id, input }, ctx) => {
      const result = await updateConnector(ctx.db, ctx.access, id, input, ctx);
      if (result.ok) primeRow(ctx, 'connector', result.value);
      return toPayload(result, 'connector');
    },
    connectorDelete: async (_p, { id }, ctx) => toPayload(await deleteConnector(ctx.db, ctx.access, id), 'deletedId'),
    connectorRun: async (_p, { id }, ctx) => toPayload(await runConnector(ctx.db, ctx.access, id), 'run'),
  },
  Project: {
    connectors: (p, args, ctx, info) => ctx.loaders.connection(connectorsOfProject(), p.id, args, info),
  },
  Connector: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'connector', ref.id),
    project: (c, _a, ctx) => loadRequired(ctx, 'project', c.projectId),
    hasCredentials: (c) => c.credentials !== null,
    options: (c) => fromJson(c.optionsJson, {}),
    state: (c) => fromJson(c.stateJson, {}),
    createdBy: (c, _a, ctx) => loadOptional(ctx, 'appUser', c.createdBy),
    runs: (c, args, ctx, info) => ctx.loaders.connection(runsOfConnector(), c.id, args, info),
  },
  ConnectorRun: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'connectorRun', ref.id),
    connector: (r, _a, ctx) => loadRequired(ctx, 'connector', r.connectorId),
    created: (r) => r.recordsCreated,
    updated: (r) => r.recordsUpdated,
    unchanged: (r) => r.recordsUnchanged,
    failed: (r) => r.recordsFailed,
    failures: (r) => fromJson(r.failuresJson, []),
    createdBy: (r, _a, ctx) => loadOptional(ctx, 'appUser', r.createdBy),
    jobStatus: (r) => jobStatusOfConnectorRun(r.status),
    jobProgress: (r) => connectorRunProgress(r),
    estimatedFinishAt: () => null,
  },
};
