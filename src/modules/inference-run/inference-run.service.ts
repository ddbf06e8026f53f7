import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { InferenceRunRow, ProjectRow, PromptRow, PromptVersionRow } from '../../db/rows';
import type { InferenceRunCreateInput, ProjectSubset, TaskFilter } from '../../graphql/types.generated';
import { newId, tableOfId, type NodeTable } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { distinct } from '../distinct';
import { actingUserId, mutationTarget, projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { transitionRow } from '../state-transition';
import { failure, isForeignKeyViolation, notFound, type Failure } from '../user-errors';
import { findRunTaskIds, insertInferenceRun, insertRunTasks } from './inference-run.repository';

const STATUSES = ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED', 'DELETED'] as const;
const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO-8601 date-time');
/** A TaskFilter given as JSON (a CUSTOM run's `filtersJson`): checked before it reaches SQL. */
const TaskFilterJson = z
  .object({
    batchId: z.string().optional(),
    batchName: z.string().optional(),
    status: z.array(z.enum(STATUSES)).optional(),
    kind: z.enum(['GENAI', 'CODING', 'LABELING']).optional(),
    externalId: z.string().optional(),
    createdAfter: instant.optional(),
    createdBefore: instant.optional(),
    completedAfter: instant.optional(),
    completedBefore: instant.optional(),
  })
  .strict();

/** A row the caller may see, or null (also for an id of another type). */
const visibleRow = async <R>(actor: Actor, table: NodeTable, id: string) =>
  tableOfId(id) === table ? ((await actor.visible(table).load(id)) as R | null) : null;

/** What a run's tasks are chosen from: the input's, or the source run's where the input gives none. */
type Choice = {
  sampleSubsetSize?: number | null;
  taskIds?: readonly string[] | null;
  filtersJson?: unknown;
  /** The ids are the client's: each must be a task of the project. */ checkTaskIds: boolean;
};

/** A user error naming the first few task ids that are not the project's. */
function missingTasks(wanted: readonly string[], found: readonly string[]): Failure {
  // Unknown, of another project or DELETED: one answer for all (D1), naming the first few.
  const known = new Set(found);
  const missing = wanted.filter((id) => !known.has(id));
  const named = missing
    .slice(0, 3)
    .map((id) => JSON.stringify(id.length > 64 ? `${id.slice(0, 64)}…` : id))
    .join(', ');
  return failure(
    'NOT_FOUND',
    `${missing.length} of taskIds ${missing.length === 1 ? 'is' : 'are'} not ${missing.length === 1 ? 'a task' : 'tasks'} of this project: ${named}${missing.length > 3 ? ', …' : ''}`,
    ['input', 'taskIds'],
  );
}

/** The task ids a run works on, fixed at creation. SAMPLE orders by a hash of the run id and the task id. */
async function subsetTasks(
  db: Database,
  runId: string,
  projectId: string,
  subset: ProjectSubset,
  choice: Choice,
): Promise<string[] | Failure> {
  let filter: TaskFilter | undefined;
  if (subset === 'CUSTOM') {
    if (choice.taskIds?.length) {
      const wanted = distinct(choice.taskIds);
      const ids = await findRunTaskIds(db, projectId, { taskIds: wanted });
      return choice.checkTaskIds && ids.length < wanted.length ? missingTasks(wanted, ids) : ids;
    }
    if (!choice.filtersJson)
      return failure('BAD_USER_INPUT', 'A CUSTOM run needs taskIds or filtersJson', ['input', 'projectSubset']);
    const parsed = TaskFilterJson.safeParse(choice.filtersJson);
    if (!parsed.success)
      return failure(
        'BAD_USER_INPUT',
        `filtersJson is not a TaskFilter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        ['input', 'filtersJson'],
      );
    filter = parsed.data;
  }
  const ids = await findRunTaskIds(db, projectId, { groundTruthOnly: subset === 'HAS_GT', filter });
  if (subset !== 'SAMPLE') return ids;
  const size = choice.sampleSubsetSize ?? 0;
  if (!Number.isInteger(size) || size < 1)
    return failure('BAD_USER_INPUT', 'A SAMPLE run needs sampleSubsetSize of at least 1', [
      'input',
      'sampleSubsetSize',
    ]);
  const rank = (id: string) => createHash('sha256').update(`${runId}:${id}`).digest('hex');
  return ids
    .map((id) => ({ id, r: rank(id) }))
    .sort((a, b) => a.r.localeCompare(b.r))
    .slice(0, size)
    .map((x) => x.id)
    .sort();
}

/** The input's own contradictions, before anything is read: fields of another subset, both ways of CUSTOM, a long jobId. */
function checkInput(input: InferenceRunCreateInput, subset: ProjectSubset): Failure | null {
  const given = (v: unknown) => v !== undefined && v !== null;
  for (const field of ['taskIds', 'filtersJson'] as const) {
    if (given(input[field]) && subset !== 'CUSTOM')
      return failure('BAD_USER_INPUT', `${field} is for projectSubset CUSTOM; this run's subset is ${subset}`, [
        'input',
        field,
      ]);
  }
  if (given(input.taskIds) && given(input.filtersJson))
    return failure('BAD_USER_INPUT', 'Give taskIds or filtersJson, not both', ['input', 'filtersJson']);
  // Label Studio's job_id is at most 255 characters; PostgreSQL stores no NUL.
  if (input.jobId != null && input.jobId.length > 255)
    return failure('BAD_USER_INPUT', `jobId is at most 255 characters, got ${input.jobId.length}`, ['input', 'jobId']);
  if (input.jobId?.includes('\u0000'))
    return failure('BAD_USER_INPUT', 'jobId must not contain NUL characters', ['input', 'jobId']);
  return null;
}

export async function createInferenceRun(
  db: Database,
  actor: Actor,
  input: InferenceRunCreateInput,
): Promise<Result<InferenceRunRow>> {
  const authorized = await projectTarget(actor, 'Mutation.inferenceRunCreate', input.projectId);
  if (isFailure(authorized)) return authorized;
  const version = await visibleRow<PromptVersionRow>(actor, 'promptVersion', input.versionId);
  // The project is the caller's (authorized above), and a visible version's prompt is visible.
  const project = await visibleRow<ProjectRow>(actor, 'project', input.projectId);
  const prompt = version ? await visibleRow<PromptRow>(actor, 'prompt', version.promptId) : null;
  if (!version || !prompt || prompt.organizationId !== project!.organizationId)
    return notFound('prompt version of this organization', ['input', 'versionId']);
  let subset = input.projectSubset ?? 'ALL';
  let source: InferenceRunRow | null = null;
  if (input.sourceRunId) {
    source = await visibleRow<InferenceRunRow>(actor, 'inferenceRun', input.sourceRunId);
    if (!source || source.projectId !== input.projectId || source.versionId !== version.id)
      return notFound('run of this version and project', ['input', 'sourceRunId']);
    if (!input.projectSubset) subset = source.projectSubset;
  }
  const contradiction = checkInput(input, subset);
  if (contradiction) return contradiction;
  const id = newId('inferenceRun');
  const now = new Date().toISOString();
  // A CUSTOM re-run takes its source's task ids or filter when the input names neither.
  const inherit = subset === 'CUSTOM' && input.taskIds == null && input.filtersJson == null;
  const taskIdsJson = input.taskIds ? JSON.stringify(input.taskIds) : inherit ? (source?.taskIdsJson ?? null) : null;
  const filtersJson = input.filtersJson
    ? JSON.stringify(input.filtersJson)
    : inherit
      ? (source?.filtersJson ?? null)
      : null;
  const taskIds = await subsetTasks(db, id, input.projectId, subset, {
    sampleSubsetSize: input.sampleSubsetSize ?? source?.sampleSubsetSize,
    taskIds: taskIdsJson ? (JSON.parse(taskIdsJson) as string[]) : null,
    filtersJson: filtersJson ? JSON.parse(filtersJson) : null,
    checkTaskIds: input.taskIds != null,
  });
  if (isFailure(taskIds)) return taskIds;
  try {
    return await inTransaction(db, async (trx) => {
      const row = await insertInferenceRun(trx, {
        id,
        projectId: input.projectId,
        promptId: prompt.id,
        versionId: version.id,
        status: 'PENDING',
        sourceStatus: 'Pending',
        projectSubset: subset,
        sampleSubsetSize: input.sampleSubsetSize ?? source?.sampleSubsetSize ?? null,
        taskIdsJson,
        filtersJson,
        jobId: input.jobId ?? null,
        sourceRunId: source?.id ?? null,
        createdBy: actingUserId(actor),
        createdAt: now,
        totalTasks: taskIds.length,
      });
      await insertRunTasks(trx, id, taskIds);
      recordChange(trx, {
        type: 'INFERENCE_RUN_CREATED',
        objectId: id,
        projectId: input.projectId,
        by: changeActorOf(actor),
        payload: { versionId: version.id, promptId: prompt.id, status: row.status, totalTasks: taskIds.length },
      });
      return ok(row);
    });
  } catch (error) {
    // The version (or a task) was deleted meanwhile.
    if (isForeignKeyViolation(error)) return notFound('prompt version of this organization', ['input', 'versionId']);
    throw error;
  }
}

/** PENDING or IN_PROGRESS -> CANCELED (one conditional update); the worker stops at its next step. */
export async function cancelInferenceRun(db: Database, actor: Actor, id: string): Promise<Result<InferenceRunRow>> {
  const target = await mutationTarget(actor, 'Mutation.inferenceRunCancel', 'inferenceRun', id);
  if (isFailure(target)) return target;
  return inTransaction(db, async (trx) => {
    const run = await transitionRow(
      trx,
      'inferenceRun',
      id,
      ['PENDING', 'IN_PROGRESS'],
      { status: 'CANCELED', sourceStatus: 'Canceled', completedAt: new Date().toISOString() },
      'cancel',
    );
    if (isFailure(run)) return run;
    // From the status read before: the update takes either, and both are the caller's to cancel.
    recordChange(trx, {
      type: 'INFERENCE_RUN_STATUS_CHANGED',
      objectId: id,
      projectId: run.projectId,
      by: changeActorOf(actor),
      payload: { from: target.status, to: run.status },
    });
    return ok(run);
  });
}
