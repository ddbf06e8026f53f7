import type { Context } from '../../context';
import type { AnnotationRow } from '../../db/rows';
import type { AnnotationCreateInput, AnnotationLevel, AnnotationSetValueInput } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isPlainObject } from '../deep-merge';
import { isFailure, mutationTarget } from '../mutation-target';
import { withOpenTask } from '../task/open-task';
import { failure, notFound, type Failure } from '../user-errors';
import { annotationProblem, valueProblem } from './annotation-value-schema';

type Result = { annotation: AnnotationRow; userErrors: [] } | Failure;

// What each kind of target fills in: the level and the parent columns of the annotation row.
const LEVELS = { task: 'TASK', thread: 'THREAD', turn: 'TURN', message: 'MESSAGE', messageChunk: 'CHUNK' } as const;
type TargetTable = keyof typeof LEVELS;

/** The annotation's parent columns for a target row (every row below a task carries its ancestors' ids). */
async function parentsOf(ctx: Context, table: TargetTable, row: { id: string } & Record<string, unknown>) {
  const ids = {
    taskId: null as string | null,
    threadId: null as string | null,
    turnId: null as string | null,
    messageId: null as string | null,
    chunkId: null as string | null,
  };
  let current: ({ id: string } & Record<string, unknown>) | null = row;
  let kind: TargetTable | null = table;
  while (current && kind) {
    if (kind === 'messageChunk') {
      ids.chunkId = current.id;
      current = await ctx.loaders.rowById('message').load(current.messageId as string);
      kind = 'message';
    } else if (kind === 'message') {
      ids.messageId = current.id;
      current = await ctx.loaders.rowById('turn').load(current.turnId as string);
      kind = 'turn';
    } else if (kind === 'turn') {
      ids.turnId = current.id;
      current = await ctx.loaders.rowById('thread').load(current.threadId as string);
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

// Annotations go on open tasks only (DRAFT, PENDING, IN_PROGRESS): see withOpenTask.

export async function createAnnotation(ctx: Context, input: AnnotationCreateInput): Promise<Result> {
  const table = tableOfId(input.targetId);
  if (!table || !(table in LEVELS)) return notFound('task, thread, turn, message or chunk', ['input', 'targetId']);
  const target = await mutationTarget(ctx, 'Mutation.annotationCreate', table as TargetTable, input.targetId, [
    'input',
    'targetId',
  ]);
  if (isFailure(target)) return target;
  const problem = annotationProblem(input);
  if (problem) return failure('BAD_USER_INPUT', problem.message, ['input', problem.field]);
  if (input.metadata != null && !isPlainObject(input.metadata))
    return failure('BAD_USER_INPUT', 'metadata must be a JSON object', ['input', 'metadata']);
  const parents = await parentsOf(ctx, table as TargetTable, target as never);
  const now = new Date().toISOString();
  const annotation = await withOpenTask(ctx, parents.taskId!, ['input', 'targetId'], (trx) =>
    trx
      .insertInto('annotation')
      .values({
        id: newId('annotation'),
        projectId: (target as { projectId: string }).projectId,
        ...parents,
        taskId: parents.taskId!,
        level: LEVELS[table as TargetTable] as AnnotationLevel,
        source: 'ANNOGRAPH',
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
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return isFailure(annotation) ? annotation : { annotation, userErrors: [] };
}

export async function setAnnotationValue(ctx: Context, id: string, input: AnnotationSetValueInput): Promise<Result> {
  const target = await mutationTarget(ctx, 'Mutation.annotationSetValue', 'annotation', id);
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
  const annotation = await withOpenTask(ctx, target.taskId, ['id'], (trx) =>
    trx
      .updateTable('annotation')
      .set({
        updatedAt: new Date().toISOString(),
        ...(input.value !== undefined ? { valueJson: input.value === null ? null : JSON.stringify(input.value) } : {}),
        ...(input.justification !== undefined ? { justification: input.justification } : {}),
        ...(input.notApplicable != null ? { notApplicable: input.notApplicable ? 1 : 0 } : {}),
        ...(input.cannotAssess != null ? { cannotAssess: input.cannotAssess ? 1 : 0 } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst(),
  );
  if (isFailure(annotation)) return annotation;
  if (!annotation) return notFound('annotation', ['id']);
  ctx.loaders.rowById('annotation').clear(id).prime(id, annotation);
  return { annotation, userErrors: [] };
}

export async function deleteAnnotation(ctx: Context, id: string) {
  const target = await mutationTarget(ctx, 'Mutation.annotationDelete', 'annotation', id);
  if (isFailure(target)) return target;
  const deleted = await withOpenTask(ctx, target.taskId, ['id'], (trx) =>
    trx.deleteFrom('annotation').where('id', '=', id).returning('id').executeTakeFirst(),
  );
  if (isFailure(deleted)) return deleted;
  return deleted ? { deletedAnnotationId: deleted.id, userErrors: [] } : notFound('annotation', ['id']);
}
