import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { TaskRow, UpdateableTaskRow } from '../../db/rows';
import type { CodingTaskCreateInput, CodingTaskUpdateInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { changeTaskStatus, createTaskRow } from '../task/task-lifecycle';
import { updateTaskInStatus } from '../task/task.repository';
import { failure, isForeignKeyViolation, notFound, type Failure } from '../user-errors';
import { instructionsProblem } from './coding-service-info';
import { findCoderById } from '../coder/coder.repository';
import { hasCodedInputResponse, hasInputChunk } from './coding-task.repository';
import { codingTarget, notCoding, notDraft } from './coding-target';

/** A coder of the project usable by code tasks (kind CODING), or the failure to answer. */
async function codingCoder(
  db: Database,
  projectId: string,
  coderId: string | null | undefined,
  path: string[],
): Promise<string | null | Failure> {
  if (coderId == null) return null;
  const coder = tableOfId(coderId) === 'coder' ? await findCoderById(db, coderId) : null;
  return coder && coder.projectId === projectId && coder.kind === 'CODING'
    ? coder.id
    : notFound('coding coder of this project', path);
}

function checkInstructions(instructions: unknown, path: string[]): Failure | null {
  if (instructions == null) return null;
  const problem = instructionsProblem(instructions);
  return problem
    ? failure('BAD_USER_INPUT', `instructions do not satisfy codingService.instructionsSchema: ${problem}`, path)
    : null;
}

// PostgreSQL refuses NUL characters in text: no store keeps them.
const labelProblem = (label: string | null | undefined): Failure | null =>
  label?.includes('\u0000')
    ? failure('BAD_USER_INPUT', 'label must not contain NUL characters', ['input', 'label'])
    : null;

export async function createCodingTask(
  db: Database,
  actor: Actor,
  input: CodingTaskCreateInput,
): Promise<Result<TaskRow>> {
  const project = await projectTarget(actor, 'Mutation.codingTaskCreate', input.projectId);
  if (isFailure(project)) return project;
  const bad = labelProblem(input.label) ?? checkInstructions(input.instructions, ['input', 'instructions']);
  if (bad) return bad;
  const coderId = await codingCoder(db, input.projectId, input.coderId, ['input', 'coderId']);
  if (isFailure(coderId)) return coderId;
  const now = new Date().toISOString();
  return inTransaction(db, async (trx) =>
    ok(
      await createTaskRow(
        trx,
        'codingTaskCreate',
        {
          id: newId('task'),
          projectId: input.projectId,
          kind: 'CODING',
          source: 'ANNOGRAPH',
          codingType: input.type ?? 'UNKNOWN',
          label: input.label ?? null,
          instructionsJson: input.instructions == null ? null : JSON.stringify(input.instructions),
          coderId,
          createdAt: now,
          updatedAt: now,
        },
        actor,
      ),
    ),
  );
}

/** The CodingDetails fields an update writes (a change's `changed`): a null type keeps the current one. */
function changedFields(input: CodingTaskUpdateInput): string[] {
  return [
    ...(input.type != null ? ['type'] : []),
    ...(input.label !== undefined ? ['label'] : []),
    ...(input.instructions !== undefined ? ['instructions'] : []),
    ...(input.coderId !== undefined ? ['coder'] : []),
  ];
}

export async function updateCodingTask(
  db: Database,
  actor: Actor,
  id: string,
  input: CodingTaskUpdateInput,
): Promise<Result<TaskRow>> {
  const task = await codingTarget(actor, 'Mutation.codingTaskUpdate', id);
  if (isFailure(task)) return task;
  const bad = labelProblem(input.label) ?? checkInstructions(input.instructions, ['input', 'instructions']);
  if (bad) return bad;
  const coderId = await codingCoder(db, task.projectId, input.coderId, ['input', 'coderId']);
  if (isFailure(coderId)) return coderId;
  const set: UpdateableTaskRow = {
    updatedAt: new Date().toISOString(),
    ...(input.type != null ? { codingType: input.type } : {}),
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.instructions !== undefined
      ? { instructionsJson: input.instructions === null ? null : JSON.stringify(input.instructions) }
      : {}),
    ...(input.coderId !== undefined ? { coderId } : {}),
  };
  try {
    // Still DRAFT: the same conditional statement as a status change, with no change of status.
    return await inTransaction(db, async (trx) => {
      const updated = await updateTaskInStatus(trx, id, ['DRAFT'], set);
      if (!updated) return notDraft(task.status, 'update');
      recordChange(trx, {
        type: 'TASK_UPDATED',
        objectId: id,
        projectId: updated.projectId,
        by: changeActorOf(actor),
        payload: { changed: changedFields(input) },
      });
      return ok(updated);
    });
  } catch (error) {
    // The coder was deleted meanwhile.
    if (isForeignKeyViolation(error)) return notFound('coding coder of this project', ['input', 'coderId']);
    throw error;
  }
}

/** Why a DRAFT coding task cannot be committed yet, or null when it is ready (the ics-frontend rule). */
async function notReady(trx: Database, task: TaskRow): Promise<string | null> {
  if (task.codingType === 'UNKNOWN' || !task.codingType) return 'the task type is UNKNOWN: set TRAIN or CODE';
  if (task.codingType === 'TRAIN') {
    if (!task.instructionsJson) return 'a train task needs instructions';
    // It learns only from responses with a code: without one it would train an empty coder.
    if (!(await hasCodedInputResponse(trx, task.id)))
      return 'a train task needs data: at least one data chunk with a coded response (a response with a code) to learn from';
  }
  if (task.codingType === 'CODE') {
    if (!task.coderId) return 'a code task needs a coder';
    if (!(await hasInputChunk(trx, task.id))) return 'a code task needs at least one data chunk';
  }
  return null;
}

/** DRAFT -> PENDING when ready; the conditional update comes first, so data changes queue behind it. */
export function commitTask(db: Database, actor: Actor, id: string): Promise<Result<TaskRow>> {
  return changeTaskStatus(db, actor, 'commit', id, {
    refuse: (task) => notCoding(task, ['id']),
    ready: async (trx, task) => {
      const reason = await notReady(trx, task);
      return reason ? failure('PRECONDITION_FAILED', `The task is not ready to commit: ${reason}`, ['id']) : null;
    },
  });
}

/** PENDING or IN_PROGRESS -> CANCELED; a worker running it sees the abort at its next step. */
export function abortTask(db: Database, actor: Actor, id: string): Promise<Result<TaskRow>> {
  return changeTaskStatus(db, actor, 'abort', id, { refuse: (task) => notCoding(task, ['id']) });
}
