import { ROOT } from '../../db/list.repository';
import { fromJson } from '../../graphql/json-column';
import { loadOptional, loadRequired, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { annotationsOfTask } from '../annotation/annotation.lists';
import { eventsOfTask } from '../coding/coding.lists';
import { threadsOfTask } from '../thread/thread.lists';
import { visibleTasks } from './task.lists';
import { changeTaskStatus, createTask, setTaskMetadata } from './task.service';

export const taskResolvers: Resolvers = {
  Query: {
    task: (_p, { id }, ctx) => loadTyped(ctx, 'task', id),
    tasks: (_p, { filter, orderBy, ...args }, ctx, info) =>
      ctx.loaders.connection(visibleTasks(ctx.access.viewer, filter, orderBy), ROOT, args, info),
  },
  Mutation: {
    taskCreate: (_p, { input }, ctx) => createTask(ctx, input),
    taskSetMetadata: (_p, { id, metadata, merge }, ctx) => setTaskMetadata(ctx, id, metadata, merge ?? false),
    taskComplete: (_p, { id }, ctx) => changeTaskStatus(ctx, id, 'complete'),
    taskFail: (_p, { id, errors }, ctx) => changeTaskStatus(ctx, id, 'fail', errors),
    taskCancel: (_p, { id }, ctx) => changeTaskStatus(ctx, id, 'cancel'),
    taskDelete: (_p, { id }, ctx) => changeTaskStatus(ctx, id, 'delete'),
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
    annotations: (t, args, ctx, info) => ctx.loaders.connection(annotationsOfTask, t.id, args, info),
    events: (t, args, ctx, info) => ctx.loaders.connection(eventsOfTask as never, t.id, args, info) as never,
  },
  TaskEvent: {
    actor: (e, _a, ctx) => loadOptional(ctx, 'appUser', e.actorId),
  },
};
