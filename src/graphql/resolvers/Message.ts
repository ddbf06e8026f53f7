import { annotationsOfChunk, annotationsOfMessage } from '../../modules/annotation/annotation.lists';
import { fromJson } from '../json-column';
import type {
  MessageChunkResolvers,
  MessageContentResolvers,
  MessageResolvers,
  ModelParameters,
} from '../types.generated';
import { loadRequired, loadTyped } from './load-typed';

export const Message: MessageResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'message', ref.id),
  turn: (m, _a, ctx) => loadRequired(ctx, 'turn', m.turnId),
  content: (m) => m,
  modelParameters: (m) => fromJson<ModelParameters | null>(m.modelParametersJson, null),
  annotations: (m, args, ctx, info) => ctx.loaders.connection(annotationsOfMessage, m.id, args, info),
  rubricEvaluations: (m) => fromJson(m.rubricEvaluationsJson, []),
};

// MessageContent resolves from the message row itself: content is stored in the message's columns.
export const MessageContent: MessageContentResolvers = {
  referenceTexts: (m) => fromJson(m.referenceTextsJson, []),
  attachments: (m) => fromJson(m.attachmentsJson, []),
  chunks: (m, _a, ctx) => ctx.loaders.chunksByMessageId.load(m.id),
  reasoning: (m) => fromJson(m.reasoningJson, []),
};

export const MessageChunk: MessageChunkResolvers = {
  __resolveReference: (ref, ctx) => loadTyped(ctx, 'messageChunk', ref.id),
  message: (c, _a, ctx) => loadRequired(ctx, 'message', c.messageId),
  annotations: (c, args, ctx, info) => ctx.loaders.connection(annotationsOfChunk, c.id, args, info),
};
