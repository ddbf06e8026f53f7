import type { Database } from '../../db/database';
import type {
  InsertableMessageChunkRow,
  InsertableMessageRow,
  InsertableThreadRow,
  InsertableTurnRow,
} from '../../db/rows';
import { OPEN_TASK_STATUSES } from '../task/task-lifecycle';

/** The chunks of many messages in one statement, in order. */
export function findChunksByMessageIds(db: Database, messageIds: readonly string[]) {
  return db.selectFrom('messageChunk').selectAll().where('messageId', 'in', messageIds).orderBy('id').execute();
}

/**
 * Locks an open task (DRAFT, PENDING, IN_PROGRESS) for the rest of the transaction: a conditional write of its
 * updatedAt, so a write below it cannot land on a task completed at the same moment. Undefined when not open.
 */
export function lockOpenTaskById(trx: Database, taskId: string, now: string) {
  return trx
    .updateTable('task')
    .set({ updatedAt: now })
    .where('id', '=', taskId)
    .where('status', 'in', OPEN_TASK_STATUSES)
    .returning('id')
    .executeTakeFirst();
}

/** A task's status (for the message of a refused write), or undefined when it is gone. */
export function findTaskStatusById(db: Database, taskId: string) {
  return db.selectFrom('task').select('status').where('id', '=', taskId).executeTakeFirst();
}

export function insertThread(trx: Database, row: InsertableThreadRow) {
  return trx.insertInto('thread').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertTurn(trx: Database, row: InsertableTurnRow) {
  return trx.insertInto('turn').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertMessage(trx: Database, row: InsertableMessageRow) {
  return trx.insertInto('message').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Several chunks in one statement; none given, no statement. */
export async function insertMessageChunks(trx: Database, rows: InsertableMessageChunkRow[]): Promise<void> {
  if (rows.length) await trx.insertInto('messageChunk').values(rows).execute();
}
