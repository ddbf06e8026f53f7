import type { Actor } from '../../auth/access';
import { changeActorOf, recordChange } from '../change/change-log';
import type { Database } from '../../db/database';
import type { AnnotationRow } from '../../db/rows';
import type { AnnotationCreateInput, AnnotationSetValueInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isPlainObject } from '../deep-merge';
import { isFailure, mutationTarget } from '../mutation-target';
import { ok, type Result } from '../result';
import { underOpenTask } from '../task/open-task';
import { failure, notFound } from '../user-errors';
import { authorOfActor, contributorAuthor } from './annotation-author';
import { atLeast } from '../../auth/roles';
import { AppError } from '../../errors';
import { annotationProblem, valueProblem } from './annotation-value-schema';
import { deleteAnnotationById, insertAnnotation, updateAnnotation } from './annotation.repository';

// What each kind of target fills in: the level and the parent columns of the annotation row.
const LEVELS = { task: 'TASK', thread: 'THREAD', turn: 'TURN', message: 'MESSAGE', messageChunk: 'CHUNK' } as const;
type TargetTable = keyof typeof LEVELS;
type Row = { id: string } & Record<string, unknown>;

/**
 * The annotation's parent columns for a target row (every row below a task carries its ancestors' ids). The
 * target is visible, so are its parents (one project).
 */
async function parentsOf(actor: Actor, table: TargetTable, row: Row) {
  const ids = {
    taskId: null as string | null,
    threadId: null as string | null,
    turnId: null as string | null,
    messageId: null as string | null,
    chunkId: null as string | null,
  };
  let current: Row | null = row;
  let kind: TargetTable | null = table;
  while (current && kind) {
    if (kind === 'messageChunk') {
      ids.chunkId = current.id;
      current = await actor.visible('message').load(current.messageId as string);
      kind = 'message';
    } else if (kind === 'message') {
      ids.messageId = current.id;
      current = await actor.visible('turn').load(current.turnId as string);
      kind = 'turn';
    } else if (kind === 'turn') {
      ids.turnId = current.id;
      current = await actor.visible('thread').load(current.threadId as string);
      kind = 'thread';
    } else if (kind === 'thread') {
      ids.threadId = current.id;
      ids.taskId = current.taskId as string;
      kind = null;
    } else {
      ids.taskId = current.id;
      kind = null;
    }
  }
  return ids;
}

// Annotations go on open tasks only (DRAFT, PENDING, IN_PROGRESS): see underOpenTask.

export async function createAnnotation(
  db: Database,
  actor: Actor,
  input: AnnotationCreateInput,
): Promise<Result<AnnotationRow>> {
  const table = tableOfId(input.targetId);
  if (!table || !(table in LEVELS)) return notFound('task, thread, turn, message or chunk', ['input', 'targetId']);
  const target = await mutationTarget(actor, 'Mutation.annotationCreate', table as TargetTable, input.targetId, [
    'input',
    'targetId',
  ]);
  if (isFailure(target)) return target;
  const problem = annotationProblem(input);
  if (problem) return failure('BAD_USER_INPUT', problem.message, ['input', problem.field]);
  if (input.metadata != null && !isPlainObject(input.metadata))
    return failure('BAD_USER_INPUT', 'metadata must be a JSON object', ['input', 'metadata']);
  const projectId = (target as { projectId: string }).projectId;
  // Recording someone else's work is a pipeline's (MANAGER's) job: an annotator writes only as themselves.
  // FORBIDDEN is thrown, as authorize does: an auth failure is a top-level error, not a userError (D4).
  if (input.author != null && !atLeast(await actor.projectRole.load(projectId), 'MANAGER'))
    throw new AppError(
      'User does not have the minimal required project role "MANAGER" to name the author',
      'FORBIDDEN',
      {
        requiredRole: 'MANAGER',
        scope: 'project',
      },
    );
  const author = input.author
    ? { ...contributorAuthor(input.author.source, input.author.externalId ?? null), authorExplicit: 1 }
    : authorOfActor(actor);
  const parents = await parentsOf(actor, table as TargetTable, target);
  const now = new Date().toISOString();
  return underOpenTask(db, parents.taskId!, ['input', 'targetId'], async (trx) => {
    const row = await insertAnnotation(trx, {
      id: newId('annotation'),
      projectId,
      ...parents,
      taskId: parents.taskId!,
      level: LEVELS[table as TargetTable],
      source: 'ANNOGRAPH',
      ...author,
      key: input.key.trim(),
      type: input.type,
      sourceType: input.sourceType ?? input.type.toLowerCase(),
      title: input.title ?? null,
      description: input.description ?? null,
      labelsJson: JSON.stringify(input.labels ?? []),
      metadataJson: JSON.stringify(input.metadata ?? {}),
      justification: input.justification ?? null,
      valueJson: input.value == null ? null : JSON.stringify(input.value),
      possibleValuesJson: input.possibleValues == null ? null : JSON.stringify(input.possibleValues),
      notApplicable: input.notApplicable ? 1 : 0,
      cannotAssess: input.cannotAssess ? 1 : 0,
      groundTruth: input.groundTruth ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    recordChange(trx, {
      type: 'ANNOTATION_CREATED',
      objectId: row.id,
      projectId: row.projectId,
      by: changeActorOf(actor),
      payload: { taskId: row.taskId, level: row.level, key: row.key },
    });
    return ok(row);
  });
}

export async function setAnnotationValue(
  db: Database,
  actor: Actor,
  id: string,
  input: AnnotationSetValueInput,
): Promise<Result<AnnotationRow>> {
  const target = await mutationTarget(actor, 'Mutation.annotationSetValue', 'annotation', id);
  if (isFailure(target)) return target;
  // The same check as at creation, against the possible values the annotation was created with.
  const problem =
    input.value === undefined
      ? null
      : valueProblem(
          target.type,
          input.value,
          target.possibleValuesJson === null ? null : JSON.parse(target.possibleValuesJson),
        );
  if (problem) return failure('BAD_USER_INPUT', `value ${problem}`, ['input', 'value']);
  return underOpenTask(db, target.taskId, ['id'], async (trx) => {
    const changes = {
      ...(input.value !== undefined ? { valueJson: input.value === null ? null : JSON.stringify(input.value) } : {}),
      ...(input.justification !== undefined ? { justification: input.justification } : {}),
      ...(input.notApplicable != null ? { notApplicable: input.notApplicable ? 1 : 0 } : {}),
      ...(input.cannotAssess != null ? { cannotAssess: input.cannotAssess ? 1 : 0 } : {}),
    };
    const annotation = await updateAnnotation(trx, id, { updatedAt: new Date().toISOString(), ...changes });
    if (!annotation) return notFound('annotation', ['id']);
    recordChange(trx, {
      type: 'ANNOTATION_UPDATED',
      objectId: id,
      projectId: annotation.projectId,
      by: changeActorOf(actor),
      payload: { taskId: annotation.taskId, changed: Object.keys(changes).map(fieldOfColumn) },
    });
    return ok(annotation);
  });
}

/** The id of the deleted annotation. */
export async function deleteAnnotation(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  const target = await mutationTarget(actor, 'Mutation.annotationDelete', 'annotation', id);
  if (isFailure(target)) return target;
  return underOpenTask(db, target.taskId, ['id'], async (trx) => {
    const deleted = await deleteAnnotationById(trx, id);
    if (!deleted) return notFound('annotation', ['id']);
    recordChange(trx, {
      type: 'ANNOTATION_DELETED',
      objectId: id,
      projectId: target.projectId,
      by: changeActorOf(actor),
      payload: { taskId: target.taskId },
    });
    return ok(deleted.id);
  });
}

/** The API's name of an annotation column a change names (valueJson -> value). */
const fieldOfColumn = (column: string) => column.replace(/Json$/, '');
