import { badUserInput } from '../../errors';
import { loadNode, loadOptional, loadTyped } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { changeCursor } from './change-cursor';
import { changeActorIds } from './change-json';
import { readChangePage } from './change-page';
import { resolveChange, subscribeToChanges } from './change.subscriptions';

export const changeResolvers: Resolvers = {
  Query: {
    changes: (_p, { projectId, organizationId, types, ...args }, ctx) => {
      if ((projectId == null) === (organizationId == null))
        throw badUserInput('Pass exactly one of `projectId` and `organizationId`');
      return readChangePage(ctx, projectId != null ? { projectId } : { organizationId: organizationId! }, types, args);
    },
  },
  Subscription: {
    changes: {
      subscribe: (_p, args, ctx) => subscribeToChanges(ctx, args) as never,
      resolve: resolveChange as never,
    },
  },
  Project: {
    changes: (p, { types, ...args }, ctx) => readChangePage(ctx, { projectId: p.id }, types, args),
  },
  Change: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'change', ref.id),
    cursor: (c) => changeCursor(c.sequence),
    object: (c, _a, ctx) => loadNode(ctx, c.objectId) as never,
    project: (c, _a, ctx) => loadOptional(ctx, 'project', c.projectId),
    actor: changeActorIds,
    payload: (c) => JSON.parse(c.payloadJson) as unknown,
  },
  ChangeActor: {
    user: (a, _x, ctx) => (a.userId ? loadOptional(ctx, 'appUser', a.userId) : null),
  },
};
