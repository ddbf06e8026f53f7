import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { ExportJobRow } from '../../db/rows';
import type { ExportCreateInput } from '../../graphql/types.generated';
import { newId } from '../../ids';
import { changeActorOf, recordChange } from '../change/change-log';
import { actingUserId, mutationTarget, projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure } from '../user-errors';
import { EXPORT_FORMATS } from './formats';
import { cancelExportById, findExportJobById, insertExportJob } from './export.repository';

/** A system message goes into every record of the file: long prompts are fine, a pasted document is a mistake. */
export const MAX_SYSTEM_MESSAGE = 100_000;

/** exportCreate: a PENDING job (a worker writes the file), checked against its format's writer. MANAGER. */
export async function createExport(
  db: Database,
  actor: Actor,
  input: ExportCreateInput,
): Promise<Result<ExportJobRow>> {
  const authorized = await projectTarget(actor, 'Mutation.exportCreate', input.projectId);
  if (isFailure(authorized)) return authorized;
  const writer = EXPORT_FORMATS[input.format];
  if (!writer) return failure('BAD_USER_INPUT', `Format ${input.format} cannot be exported yet`, ['input', 'format']);
  const options = input.options ?? {};
  if ((options.systemMessage?.length ?? 0) > MAX_SYSTEM_MESSAGE)
    return failure('BAD_USER_INPUT', `The system message is longer than ${MAX_SYSTEM_MESSAGE} characters`, [
      'input',
      'options',
      'systemMessage',
    ]);
  const problem = writer.optionsProblem(options);
  if (problem) return failure('BAD_USER_INPUT', problem.message, ['input', 'options', problem.field]);
  // The job's own project decides; a filter's projectId would only contradict it.
  const { projectId: _ignored, ...filter } = input.filter ?? {};
  return inTransaction(db, async (trx) => {
    const row = await insertExportJob(trx, {
      id: newId('exportJob'),
      projectId: input.projectId,
      format: input.format,
      filterJson: JSON.stringify(filter),
      optionsJson: JSON.stringify(options),
      status: 'PENDING',
      createdBy: actingUserId(actor),
      createdAt: new Date().toISOString(),
    });
    recordChange(trx, {
      type: 'EXPORT_CREATED',
      objectId: row.id,
      projectId: row.projectId,
      by: changeActorOf(actor),
      payload: { format: row.format },
    });
    return ok(row);
  });
}

/** exportCancel: PENDING or IN_PROGRESS -> CANCELED (one conditional update); the worker stops at its next page. */
export async function cancelExport(db: Database, actor: Actor, id: string): Promise<Result<ExportJobRow>> {
  const target = await mutationTarget(actor, 'Mutation.exportCancel', 'exportJob', id);
  if (isFailure(target)) return target;
  return inTransaction(db, async (trx) => {
    const row = await cancelExportById(trx, id, new Date().toISOString());
    if (!row) {
      const current = await findExportJobById(trx, id);
      return failure(
        'INVALID_STATE_TRANSITION',
        `Cannot cancel an export that is ${current?.status ?? 'gone'} (allowed from PENDING, IN_PROGRESS)`,
        ['id'],
      );
    }
    recordChange(trx, {
      type: 'EXPORT_CANCELED',
      objectId: id,
      projectId: row.projectId,
      by: changeActorOf(actor),
      payload: { from: target.status, to: 'CANCELED' },
    });
    return ok(row);
  });
}
