import type { Context } from '../../context';
import type { TaskImportScaleInput } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { failure, notFound } from '../user-errors';
import { importScaleTasks } from './scale-import';

const MAX_TASKS = 1000;

export async function importScaleTasksFromGraphQL(ctx: Context, input: TaskImportScaleInput) {
  if (
    tableOfId(input.projectId) !== 'project' ||
    !(await ctx.access.authorize('Mutation.taskImportScale', { projectId: input.projectId }))
  ) {
    return notFound('project', ['input', 'projectId']);
  }
  if (input.tasks.length > MAX_TASKS) {
    return failure('BAD_USER_INPUT', `At most ${MAX_TASKS} tasks per call; use \`annograph import scale\` for files`, [
      'input',
      'tasks',
    ]);
  }
  const summary = await importScaleTasks(
    ctx.db,
    input.projectId,
    input.tasks.map((value, i) => ({ line: i + 1, value })),
  );
  return { summary, userErrors: [] };
}
