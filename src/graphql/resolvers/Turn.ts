import { annotationsOfTurn } from '../../modules/annotation/annotation.lists';
import { messagesOfTurn } from '../../modules/thread/thread.lists';
import { fromJson } from '../json-column';
import type { TurnResolvers } from '../types.generated';
import { loadRequired, loadTyped } from './load-typed';

export const Turn: TurnResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'turn', ref.id),
  thread: (t, _a, ctx) => loadRequired(ctx, 'thread', t.threadId),
  messages: (t, args, ctx, info) => ctx.loaders.connection(messagesOfTurn, t.id, args, info),
  annotations: (t, args, ctx, info) => ctx.loaders.connection(annotationsOfTurn, t.id, args, info),
  rubrics: (t) => fromJson(t.rubricsJson, []),
};
