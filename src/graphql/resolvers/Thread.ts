import { annotationsOfThread } from '../../modules/annotation/annotation.lists';
import { turnsOfThread } from '../../modules/thread/thread.lists';
import { fromJson } from '../json-column';
import type { ThreadResolvers } from '../types.generated';
import { loadRequired, loadTyped } from './load-typed';

export const Thread: ThreadResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'thread', ref.id),
  task: (t, _a, ctx) => loadRequired(ctx, 'task', t.taskId),
  submissions: (t) => fromJson(t.submissionsJson, []),
  turns: (t, args, ctx, info) => ctx.loaders.connection(turnsOfThread, t.id, args, info),
  annotations: (t, args, ctx, info) => ctx.loaders.connection(annotationsOfThread, t.id, args, info),
};
