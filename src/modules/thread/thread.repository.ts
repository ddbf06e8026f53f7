import type { Database } from '../../db/database';

/** The chunks of many messages in one statement, in order. */
export function findChunksByMessageIds(db: Database, messageIds: readonly string[]) {
  return db.selectFrom('messageChunk').selectAll().where('messageId', 'in', messageIds).orderBy('id').execute();
}
