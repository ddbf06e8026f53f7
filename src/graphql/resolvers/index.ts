import { DateTimeScalar, JSONScalar } from '../scalars';
import type { Resolvers } from '../types.generated';
import { ApiToken, OrganizationMember, ProjectMember, Viewer } from './Access';
import { Annotation } from './Annotation';
import { annotationValueResolvers } from './AnnotationValue';
import { Batch } from './Batch';
import { codingResolvers } from './Coding';
import { promptResolvers } from './Prompt';
import { correctionResolvers } from './Correction';
import { Delivery } from './Delivery';
import { checkedEntities } from './Entities';
import { Message, MessageChunk, MessageContent } from './Message';
import { Mutation } from './Mutation';
import { Node } from './Node';
import { Organization, User } from './Organization';
import { Project } from './Project';
import { Query } from './Query';
import { BatchSessionsPage, ImprovementItem, SearchSession, Session, SessionEvent } from './SearchSession';
import { Task } from './Task';
import { Thread } from './Thread';
import { Turn } from './Turn';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  // `_entities` is federation's; its own resolver would answer INTERNAL_SERVER_ERROR for a malformed representation.
  Query: { ...Query, _entities: checkedEntities } as typeof Query,
  Mutation,
  Viewer,
  ApiToken,
  OrganizationMember,
  ProjectMember,
  Node,
  Organization,
  User,
  Project,
  Batch,
  Delivery,
  Session,
  SearchSession,
  BatchSessionsPage,
  SessionEvent,
  ImprovementItem,
  Task,
  Thread,
  Turn,
  Message,
  MessageContent,
  MessageChunk,
  Annotation,
  ...annotationValueResolvers,
  ...correctionResolvers,
  ...codingResolvers,
  ...promptResolvers,
};
