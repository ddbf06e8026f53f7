import { fromJson } from '../../graphql/json-column';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import { primeRow } from '../../graphql/prime-row';
import type { Resolvers } from '../../graphql/types.generated';
import { estimateFinish } from '../job/job-state';
import { toPayload } from '../result';
import { downloadPathOf, exportProgress, jobStatusOfExport } from './export-job-state';
import { exportsOfProject } from './export.lists';
import { cancelExport, createExport } from './export.service';

export const exportResolvers: Resolvers = {
  Mutation: {
    exportCreate: async (_p, { input }, ctx) => toPayload(await createExport(ctx.db, ctx.access, input), 'export'),
    exportCancel: async (_p, { id }, ctx) => {
      const result = await cancelExport(ctx.db, ctx.access, id);
      if (result.ok) primeRow(ctx, 'exportJob', result.value);
      return toPayload(result, 'export');
    },
  },
  Project: {
    exports: (p, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(exportsOfProject(filter ?? {}), p.id, args, info),
  },
  ExportJob: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'exportJob', ref.id),
    project: (j, _a, ctx) => loadRequired(ctx, 'project', j.projectId),
    filter: (j) => fromJson(j.filterJson, {}),
    options: (j) => fromJson(j.optionsJson, {}),
    createdBy: (j, _a, ctx) => loadOptional(ctx, 'appUser', j.createdBy),
    url: (j) => downloadPathOf(j),
    jobStatus: (j) => jobStatusOfExport(j.status),
    jobProgress: (j) => exportProgress(j),
    estimatedFinishAt: (j) => estimateFinish(jobStatusOfExport(j.status), j.startedAt, exportProgress(j)),
  },
};
