import {
  removeOrganizationMember,
  removeProjectMember,
  setOrganizationMember,
  setProjectMember,
} from '../../modules/access/membership.service';
import { createOwnToken, createServiceToken, revokeTokenById } from '../../modules/access/token.service';
import { createProject, deleteProject, updateOrganization } from '../../modules/project/project.service';
import { importScaleTasksFromGraphQL } from '../../modules/scale/scale-import.service';
import { createAnnotation, deleteAnnotation, setAnnotationValue } from '../../modules/annotation/annotation.service';
import { changeBatchStatus, createBatch, setBatchMetadata } from '../../modules/batch/batch.service';
import { createDelivery } from '../../modules/delivery/delivery.service';
import { changeTaskStatus, createTask, setTaskMetadata } from '../../modules/task/task.service';
import { appendMessage, appendThread, appendTurn } from '../../modules/thread/conversation.service';
import {
  claimImprovementItem,
  completeImprovementItem,
  releaseBatch,
  useSessionForImprovement,
} from '../../modules/search-session/improvement.service';
import {
  addSessionEvents,
  markSessionIrrelevant,
  registerSearchSession,
} from '../../modules/search-session/search-session.service';
import { createCorrectionSession, deleteCorrectionSession } from '../../modules/correction/correction.service';
import { addTaskData, deleteCoder, deleteTaskData } from '../../modules/coding/coding-data.service';
import { abortTask, commitTask, createCodingTask, updateCodingTask } from '../../modules/coding/coding-task.service';
import { cancelInferenceRun, createInferenceRun } from '../../modules/inference/inference-run.service';
import {
  createPrompt,
  createPromptVersion,
  createProviderConnection,
  deletePrompt,
  deletePromptVersion,
  updatePrompt,
  updatePromptVersion,
} from '../../modules/prompt/prompt.service';
import {
  addCorrectionTag,
  changeCorrectionTag,
  confirmCorrectionTag,
  deleteCorrectionTag,
  markSegmentAnnotated,
} from '../../modules/correction/correction-tag.service';
import type { MutationResolvers } from '../types.generated';

// Thin: input -> service (authorization, validation, one transaction) -> payload.
export const Mutation: MutationResolvers = {
  tokenCreate: (_p, { input }, ctx) => createOwnToken(ctx, input),
  serviceTokenCreate: (_p, { input }, ctx) => createServiceToken(ctx, input),
  tokenRevoke: (_p, { id }, ctx) => revokeTokenById(ctx, id),
  organizationUpdate: (_p, { id, input }, ctx) => updateOrganization(ctx, id, input),
  organizationMemberSet: (_p, { input }, ctx) => setOrganizationMember(ctx, input),
  organizationMemberRemove: (_p, { input }, ctx) => removeOrganizationMember(ctx, input),
  projectCreate: (_p, { input }, ctx) => createProject(ctx, input),
  projectDelete: (_p, { id }, ctx) => deleteProject(ctx, id),
  projectMemberSet: (_p, { input }, ctx) => setProjectMember(ctx, input),
  projectMemberRemove: (_p, { input }, ctx) => removeProjectMember(ctx, input),
  taskImportScale: (_p, { input }, ctx) => importScaleTasksFromGraphQL(ctx, input),
  taskCreate: (_p, { input }, ctx) => createTask(ctx, input),
  taskSetMetadata: (_p, { id, metadata, merge }, ctx) => setTaskMetadata(ctx, id, metadata, merge ?? false),
  taskComplete: (_p, { id }, ctx) => changeTaskStatus(ctx, id, 'complete'),
  taskFail: (_p, { id, errors }, ctx) => changeTaskStatus(ctx, id, 'fail', errors),
  taskCancel: (_p, { id }, ctx) => changeTaskStatus(ctx, id, 'cancel'),
  taskDelete: (_p, { id }, ctx) => changeTaskStatus(ctx, id, 'delete'),
  threadAppend: (_p, { input }, ctx) => appendThread(ctx, input),
  turnAppend: (_p, { input }, ctx) => appendTurn(ctx, input),
  messageAppend: (_p, { input }, ctx) => appendMessage(ctx, input),
  annotationCreate: (_p, { input }, ctx) => createAnnotation(ctx, input),
  annotationSetValue: (_p, { id, input }, ctx) => setAnnotationValue(ctx, id, input),
  annotationDelete: (_p, { id }, ctx) => deleteAnnotation(ctx, id),
  batchCreate: (_p, { input }, ctx) => createBatch(ctx, input),
  batchFinalize: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'finalize'),
  batchPause: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'pause'),
  batchResume: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'resume'),
  batchCancel: (_p, { id }, ctx) => changeBatchStatus(ctx, id, 'cancel'),
  batchSetMetadata: (_p, { id, metadata, merge }, ctx) => setBatchMetadata(ctx, id, metadata, merge ?? false),
  deliveryCreate: (_p, { input }, ctx) => createDelivery(ctx, input),
  searchSessionRegister: (_p, { input }, ctx) => registerSearchSession(ctx, input),
  searchSessionAddEvents: (_p, { input }, ctx) => addSessionEvents(ctx, input),
  searchSessionMarkIrrelevant: (_p, { id, projectId }, ctx) => markSessionIrrelevant(ctx, id, projectId),
  sessionUseForImprovement: (_p, { sessionId, projectId }, ctx) => useSessionForImprovement(ctx, sessionId, projectId),
  batchRelease: (_p, { projectId, releaseId }, ctx) => releaseBatch(ctx, projectId, releaseId),
  improvementItemClaim: (_p, { projectId, leaseSeconds }, ctx) =>
    claimImprovementItem(ctx, projectId, leaseSeconds ?? 300),
  improvementItemComplete: (_p, { id, outcome, detail }, ctx) => completeImprovementItem(ctx, id, outcome, detail),
  correctionSessionCreate: (_p, { input }, ctx) => createCorrectionSession(ctx, input),
  correctionSessionDelete: (_p, { id }, ctx) => deleteCorrectionSession(ctx, id),
  correctionTagAdd: (_p, { sessionId, segmentId, tag }, ctx) => addCorrectionTag(ctx, sessionId, segmentId, tag),
  correctionTagChange: (_p, { id, tag }, ctx) => changeCorrectionTag(ctx, id, tag),
  correctionTagDelete: (_p, { id }, ctx) => deleteCorrectionTag(ctx, id),
  correctionTagConfirm: (_p, { id, status }, ctx) => confirmCorrectionTag(ctx, id, status),
  correctionSegmentMarkAnnotated: (_p, { sessionId, segmentId }, ctx) =>
    markSegmentAnnotated(ctx, sessionId, segmentId),
  codingTaskCreate: (_p, { input }, ctx) => createCodingTask(ctx, input),
  codingTaskUpdate: (_p, { id, input }, ctx) => updateCodingTask(ctx, id, input),
  taskDataAdd: (_p, { taskId, responses }, ctx) => addTaskData(ctx, taskId, responses),
  taskDataDelete: (_p, { chunkId }, ctx) => deleteTaskData(ctx, chunkId),
  taskCommit: (_p, { id }, ctx) => commitTask(ctx, id),
  taskAbort: (_p, { id }, ctx) => abortTask(ctx, id),
  coderDelete: (_p, { id }, ctx) => deleteCoder(ctx, id),
  promptCreate: (_p, { input }, ctx) => createPrompt(ctx, input),
  promptUpdate: (_p, { id, input }, ctx) => updatePrompt(ctx, id, input),
  promptDelete: (_p, { id }, ctx) => deletePrompt(ctx, id),
  promptVersionCreate: (_p, { input }, ctx) => createPromptVersion(ctx, input),
  promptVersionUpdate: (_p, { id, input }, ctx) => updatePromptVersion(ctx, id, input),
  promptVersionDelete: (_p, { id }, ctx) => deletePromptVersion(ctx, id),
  providerConnectionCreate: (_p, { input }, ctx) => createProviderConnection(ctx, input),
  inferenceRunCreate: (_p, { input }, ctx) => createInferenceRun(ctx, input),
  inferenceRunCancel: (_p, { id }, ctx) => cancelInferenceRun(ctx, id),
};
