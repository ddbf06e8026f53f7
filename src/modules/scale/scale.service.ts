import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { TaskImportScaleInput } from '../../graphql/types.generated';
import { changeActorOf } from '../change/change-log';
import { isFailure, ok, type Result } from '../result';
import { projectTarget } from '../mutation-target';
import { failure } from '../user-errors';
import { importScaleTasks, type ImportSummary } from './scale-import';

const MAX_TASKS = 1000;

/**
 * `taskImportScale`: the caller's records into a project it manages, at most MAX_TASKS per call. The import itself
 * (importScaleTasks, which `annograph import scale` calls for whole files) writes in chunks of its own.
 */
export async function importScale(
  db: Database,
  actor: Actor,
  input: TaskImportScaleInput,
): Promise<Result<ImportSummary>> {
  const target = await projectTarget(actor, 'Mutation.taskImportScale', input.projectId);
  if (isFailure(target)) return target;
  if (input.tasks.length > MAX_TASKS) {
    return failure('BAD_USER_INPUT', `At most ${MAX_TASKS} tasks per call; use \`annograph import scale\` for files`, [
      'input',
      'tasks',
    ]);
  }
  return ok(
    await importScaleTasks(
      db,
      input.projectId,
      input.tasks.map((value, i) => ({ line: i + 1, value })),
      { by: changeActorOf(actor) },
    ),
  );
}
