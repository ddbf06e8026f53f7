import { fromJson } from '../../graphql/json-column';
import { loadRequired, loadTyped } from '../../graphql/load-typed';
import type { ModelParameters, Resolvers } from '../../graphql/types.generated';
import { annotationsAt } from '../annotation/annotation.lists';
import { toPayload } from '../result';
import { messagesOfTurn, turnsOfThread } from './thread.lists';
import { appendMessage, appendThread, appendTurn } from './thread.service';

export const threadResolvers: Resolvers = {
  Mutation: {
    threadAppend: async (_p, { input }, ctx) => toPayload(await appendThread(ctx.db, ctx.access, input), 'thread'),
    turnAppend: async (_p, { input }, ctx) => toPayload(await appendTurn(ctx.db, ctx.access, input), 'turn'),
    messageAppend: async (_p, { input }, ctx) => toPayload(await appendMessage(ctx.db, ctx.access, input), 'message'),
  },
  Thread: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'thread', ref.id),
    task: (t, _a, ctx) => loadRequired(ctx, 'task', t.taskId),
    submissions: (t) => fromJson(t.submissionsJson, []),
    turns: (t, args, ctx, info) => ctx.loaders.connection(turnsOfThread, t.id, args, info),
    annotations: (t, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(annotationsAt('THREAD', filter), t.id, args, info),
  },
  Turn: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'turn', ref.id),
    thread: (t, _a, ctx) => loadRequired(ctx, 'thread', t.threadId),
    messages: (t, args, ctx, info) => ctx.loaders.connection(messagesOfTurn, t.id, args, info),
    annotations: (t, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(annotationsAt('TURN', filter), t.id, args, info),
    rubrics: (t) => fromJson(t.rubricsJson, []),
  },
  Message: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'message', ref.id),
    turn: (m, _a, ctx) => loadRequired(ctx, 'turn', m.turnId),
    content: (m) => m,
    modelParameters: (m) => fromJson<ModelParameters | null>(m.modelParametersJson, null),
    annotations: (m, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(annotationsAt('MESSAGE', filter), m.id, args, info),
    rubricEvaluations: (m) => fromJson(m.rubricEvaluationsJson, []),
  },
  // MessageContent resolves from the message row itself: content is stored in the message's columns.
  MessageContent: {
    referenceTexts: (m) => fromJson(m.referenceTextsJson, []),
    attachments: (m) => fromJson(m.attachmentsJson, []),
    chunks: (m, _a, ctx) => ctx.loaders.chunksByMessageId.load(m.id),
    reasoning: (m) => fromJson(m.reasoningJson, []),
  },
  MessageChunk: {
    __resolveReference: (ref, ctx) => loadTyped(ctx, 'messageChunk', ref.id),
    message: (c, _a, ctx) => loadRequired(ctx, 'message', c.messageId),
    annotations: (c, { filter, ...args }, ctx, info) =>
      ctx.loaders.connection(annotationsAt('CHUNK', filter), c.id, args, info),
  },
};
