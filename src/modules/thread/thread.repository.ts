import type { Database } from '../../db/database';
import type {
  InsertableMessageChunkRow,
  InsertableMessageRow,
  InsertableThreadRow,
  InsertableTurnRow,
} from '../../db/rows';

/** The chunks of many messages in one statement, in order. */
export function findChunksByMessageIds(db: Database, messageIds: readonly string[]) {
  return db.selectFrom('messageChunk').selectAll().where('messageId', 'in', messageIds).orderBy('id').execute();
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
