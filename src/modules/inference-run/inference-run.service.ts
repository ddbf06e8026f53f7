import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../../context';
import type { Database } from '../../db/database';
import type { InferenceRunRow } from '../../db/rows';
import type { InferenceRunCreateInput, ProjectSubset, TaskFilter } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isFailure, mutationTarget } from '../mutation-target';
import { transition } from '../state-transition';
import { applyTaskFilter } from '../task/task.lists';
import { failure, isForeignKeyViolation, notFound, type Failure } from '../user-errors';
import { isOneOf } from '../../db/one-of';
import { distinct } from '../distinct';

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

/** Tasks with a ground-truth annotation (on the task as a whole). */
export function groundTruthTasks(db: Database, projectId: string) {
  return db
    .selectFrom('annotation')
    .select('taskId')
    .distinct()
    .where('projectId', '=', projectId)
    .where('groundTruth', '=', 1)
    .where('level', '=', 'TASK');
}

/** What a run's tasks are chosen from: the input's, or the source run's where the input gives none. */
type Choice = {
  sampleSubsetSize?: number | null;
  taskIds?: readonly string[] | null;
  filtersJson?: unknown;
  /** The ids are the client's: each must be a task of the project. */ checkTaskIds: boolean;
};

/** The task ids a run works on, fixed at creation. SAMPLE orders by a hash of the run id and the task id. */
async function subsetTasks(
  db: Database,
  runId: string,
  projectId: string,
  subset: ProjectSubset,
  choice: Choice,
): Promise<string[] | Failure> {
  let query = db
    .selectFrom('task')
    .select('task.id')
    .where('task.projectId', '=', projectId)
    .where('task.status', '!=', 'DELETED');
  if (subset === 'HAS_GT') query = query.where('task.id', 'in', groundTruthTasks(db, projectId));
  if (subset === 'CUSTOM') {
    if (choice.taskIds?.length) {
      const wanted = distinct(choice.taskIds);
      // Ids of another shape name no task: never sent to SQL (PostgreSQL refuses some, e.g. with NUL bytes).
      const ids = (
        await query
          .where(
            isOneOf(
              db,
              'task.id',
              wanted.filter((id) => tableOfId(id) === 'task'),
            ),
          )
          .orderBy('task.id')
          .execute()
      ).map((r) => r.id);
      if (choice.checkTaskIds && ids.length < wanted.length) {
        // Unknown, of another project or DELETED: one answer for all (D1), naming the first few.
        const found = new Set(ids);
        const missing = wanted.filter((id) => !found.has(id));
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
      return ids;
    }
    if (choice.filtersJson) {
      const filter = TaskFilterJson.safeParse(choice.filtersJson);
      if (!filter.success)
        return failure(
          'BAD_USER_INPUT',
          `filtersJson is not a TaskFilter: ${filter.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          ['input', 'filtersJson'],
        );
      query = applyTaskFilter(query, filter.data as TaskFilter);
    } else return failure('BAD_USER_INPUT', 'A CUSTOM run needs taskIds or filtersJson', ['input', 'projectSubset']);
  }
  const ids = (await query.orderBy('task.id').execute()).map((r) => r.id);
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

export async function createInferenceRun(ctx: Context, input: InferenceRunCreateInput) {
  if (
    tableOfId(input.projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.inferenceRunCreate', { projectId: input.projectId }))
  ) {
    return notFound('project', ['input', 'projectId']);
  }
  const version =
    tableOfId(input.versionId) === 'promptVersion'
      ? await ctx.access.visible('promptVersion').load(input.versionId)
      : null;
  const project = await ctx.loaders.rowById('project').load(input.projectId);
  const prompt = version ? await ctx.loaders.rowById('prompt').load(version.promptId as string) : null;
  if (!version || !prompt || prompt.organizationId !== project!.organizationId)
    return notFound('prompt version of this organization', ['input', 'versionId']);
  let subset = input.projectSubset ?? 'ALL';
  let source: InferenceRunRow | null = null;
  if (input.sourceRunId) {
    source =
      tableOfId(input.sourceRunId) === 'inferenceRun'
        ? ((await ctx.access.visible('inferenceRun').load(input.sourceRunId)) as InferenceRunRow | null)
        : null;
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
  const taskIds = await subsetTasks(ctx.db, id, input.projectId, subset, {
    sampleSubsetSize: input.sampleSubsetSize ?? source?.sampleSubsetSize,
    taskIds: taskIdsJson ? (JSON.parse(taskIdsJson) as string[]) : null,
    filtersJson: filtersJson ? JSON.parse(filtersJson) : null,
    checkTaskIds: input.taskIds != null,
  });
  if (isFailure(taskIds)) return taskIds;
  const insert = () =>
    ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('inferenceRun')
        .values({
          id,
          projectId: input.projectId,
          promptId: prompt.id,
          versionId: version.id as string,
          status: 'PENDING',
          sourceStatus: 'Pending',
          projectSubset: subset,
          sampleSubsetSize: input.sampleSubsetSize ?? source?.sampleSubsetSize ?? null,
          taskIdsJson,
          filtersJson,
          jobId: input.jobId ?? null,
          sourceRunId: source?.id ?? null,
          createdBy: ctx.access.viewer.kind === 'user' ? ctx.access.viewer.userId : null,
          createdAt: now,
          totalTasks: taskIds.length,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (let i = 0; i < taskIds.length; i += 500) {
        await trx
          .insertInto('inferenceRunTask')
          .values(taskIds.slice(i, i + 500).map((taskId) => ({ runId: id, taskId })))
          .execute();
      }
      return row;
    });
  try {
    return { run: await insert(), userErrors: [] };
  } catch (error) {
    // The version (or a task) was deleted meanwhile.
    if (isForeignKeyViolation(error)) return notFound('prompt version of this organization', ['input', 'versionId']);
    throw error;
  }
}

/** PENDING or IN_PROGRESS -> CANCELED (one conditional update); the worker stops at its next step. */
export async function cancelInferenceRun(ctx: Context, id: string) {
  const target = await mutationTarget(ctx, 'Mutation.inferenceRunCancel', 'inferenceRun', id);
  if (isFailure(target)) return target;
  const run = await ctx.db
    .transaction()
    .execute((trx) =>
      transition<InferenceRunRow>(
        trx,
        'inferenceRun',
        id,
        ['PENDING', 'IN_PROGRESS'],
        { status: 'CANCELED', sourceStatus: 'Canceled', completedAt: new Date().toISOString() },
        'cancel',
      ),
    );
  if (isFailure(run)) return run;
  ctx.loaders.rowById('inferenceRun').clear(id).prime(id, run);
  return { run, userErrors: [] };
}
