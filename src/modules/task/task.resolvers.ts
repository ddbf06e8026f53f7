import { ROOT } from '../../db/list.repository';
import { fromJson } from '../../graphql/json-column';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { annotationsAt } from '../annotation/annotation.lists';
import { eventsOfTask } from './task.lists';
import { threadsOfTask } from '../thread/thread.lists';
import { taskPayload } from './task-payload';
import { visibleTasks } from './task.lists';
import { cancelTask, completeTask, createTask, deleteTask, failTask, setTaskMetadata } from './task.service';

export const taskResolvers: Resolvers = {
  Query: {
    task: (_p, { id }, ctx) => loadTyped(ctx, 'task', id),
    tasks: (_p, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(visibleTasks(ctx.access.viewer, filter, orderBy), ROOT, args, info),
  },
  Mutation: {
    taskCreate: async (_p, { input }, ctx) => taskPayload(ctx, await createTask(ctx.db, ctx.access, input)),
    taskSetMetadata: async (_p, { id, metadata, merge }, ctx) =>
      taskPayload(ctx, await setTaskMetadata(ctx.db, ctx.access, id, metadata, merge ?? false)),
    taskComplete: async (_p, { id }, ctx) => taskPayload(ctx, await completeTask(ctx.db, ctx.access, id)),
    taskFail: async (_p, { id, errors }, ctx) => taskPayload(ctx, await failTask(ctx.db, ctx.access, id, errors)),
    taskCancel: async (_p, { id }, ctx) => taskPayload(ctx, await cancelTask(ctx.db, ctx.access, id)),
    taskDelete: async (_p, { id }, ctx) => taskPayload(ctx, await deleteTask(ctx.db, ctx.access, id)),
  },
  Task: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'task', ref.id),
    project: (t, _a, ctx) => loadRequired(ctx, 'project', t.projectId),
    batch: (t, _a, ctx) => loadOptional(ctx, 'batch', t.batchId),
    data: (t) => fromJson(t.dataJson, {}),
    metadata: (t) => fromJson(t.metadataJson, {}),
    errors: (t) => fromJson(t.errorsJson, []),
    sensitiveContentReports: (t) => fromJson(t.sensitiveContentReportsJson, []),
    threads: (t, args, ctx, info) => ctx.loaders.connection(threadsOfTask, t.id, args, info),
    annotations: (t, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(annotationsAt('TASK', filter), t.id, args, info),
    events: (t, args, ctx, info) => ctx.loaders.connection(eventsOfTask as never, t.id, args, info) as never,
  },
  TaskEvent: {
    actor: (e, _a, ctx) => loadOptional(ctx, 'appUser', e.actorId),
  },
};
