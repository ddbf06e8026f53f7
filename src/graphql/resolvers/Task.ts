import { annotationsOfTask } from '../../modules/annotation/annotation.lists';
import { threadsOfTask } from '../../modules/thread/thread.lists';
import { fromJson } from '../json-column';
import { eventsOfTask } from '../../modules/coding/coding.lists';
import type { TaskResolvers } from '../types.generated';
import { loadOptional, loadRequired, loadTyped } from './load-typed';

export const Task: TaskResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'task', ref.id),
  project: (t, _a, ctx) => loadRequired(ctx, 'project', t.projectId),
  batch: (t, _a, ctx) => loadOptional(ctx, 'batch', t.batchId),
  delivery: (t, _a, ctx) => loadOptional(ctx, 'delivery', t.deliveryId),
  data: (t) => fromJson(t.dataJson, {}),
  metadata: (t) => fromJson(t.metadataJson, {}),
  errors: (t) => fromJson(t.errorsJson, []),
  sensitiveContentReports: (t) => fromJson(t.sensitiveContentReportsJson, []),
  threads: (t, args, ctx, info) => ctx.loaders.connection(threadsOfTask, t.id, args, info),
  annotations: (t, args, ctx, info) => ctx.loaders.connection(annotationsOfTask, t.id, args, info),
  scaleJson: (t, _a, ctx) => ctx.loaders.scaleJsonByTask.load(t),
  coding: (t) => (t.kind === 'CODING' ? t : null),
  events: (t, args, ctx, info) => ctx.loaders.connection(eventsOfTask as never, t.id, args, info) as never,
};
