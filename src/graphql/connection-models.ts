import type {
  AnnotationRow,
  ApiTokenRow,
  BatchRow,
  ChangeRow,
  WebhookDeliveryRow,
  ExportJobRow,
  ConnectorRow,
  ConnectorRunRow,
  WebhookRow,
  DeliveryRow,
  ImprovementItemRow,
  SearchSessionRow,
  SessionEventRow,
  MessageRow,
  OrganizationMemberRow,
  OrganizationRow,
  ProjectMemberRow,
  ProjectRow,
  TaskRow,
  ThreadRow,
  TurnRow,
} from '../db/rows';
import type {
  CoderRow,
  CodingResponseRow,
  CorrectionSessionRow,
  InferenceRunRow,
  PromptRow,
  PromptVersionRow,
  TaskEventRow,
} from '../db/rows';
import type { CorrectionDocumentModel } from '../modules/correction-session/correction-session.models';
import type { InferenceRunResultModel } from '../modules/inference-run/inference-run-results';
import type { Connection } from '../pagination/connection';

// What each connection type resolves from (codegen mappers).
export type OrganizationConnectionModel = Connection<OrganizationRow>;
export type ProjectConnectionModel = Connection<ProjectRow>;
export type BatchConnectionModel = Connection<BatchRow>;
export type TaskConnectionModel = Connection<TaskRow>;
export type ThreadConnectionModel = Connection<ThreadRow>;
export type TurnConnectionModel = Connection<TurnRow>;
export type MessageConnectionModel = Connection<MessageRow>;
export type AnnotationConnectionModel = Connection<AnnotationRow>;
export type ApiTokenConnectionModel = Connection<ApiTokenRow>;
export type OrganizationMemberConnectionModel = Connection<OrganizationMemberRow>;
export type ProjectMemberConnectionModel = Connection<ProjectMemberRow>;
export type DeliveryConnectionModel = Connection<DeliveryRow>;
export type SearchSessionConnectionModel = Connection<SearchSessionRow>;
export type SessionEventConnectionModel = Connection<SessionEventRow>;
export type ImprovementItemConnectionModel = Connection<ImprovementItemRow>;
export type CorrectionSessionConnectionModel = Connection<CorrectionSessionRow>;
export type CoderConnectionModel = Connection<CoderRow>;
export type CorrectionDocumentConnectionModel = Connection<CorrectionDocumentModel>;
export type TaskEventConnectionModel = Connection<TaskEventRow>;
export type ChangeConnectionModel = Connection<ChangeRow>;
export type WebhookConnectionModel = Connection<WebhookRow>;
export type WebhookDeliveryConnectionModel = Connection<WebhookDeliveryRow>;
export type ExportJobConnectionModel = Connection<ExportJobRow>;
export type ConnectorConnectionModel = Connection<ConnectorRow>;
export type ConnectorRunConnectionModel = Connection<ConnectorRunRow>;
export type CodingResponseConnectionModel = Connection<CodingResponseRow>;
export type PromptConnectionModel = Connection<PromptRow>;
export type PromptVersionConnectionModel = Connection<PromptVersionRow>;
export type InferenceRunConnectionModel = Connection<InferenceRunRow>;
export type InferenceRunResultConnectionModel = Connection<InferenceRunResultModel>;
