import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { DB } from '../../db/types.generated';

// The data chunks of coding tasks and their responses: what taskDataAdd/taskDataDelete write, and what the coding
// worker writes as a code task's OUTPUT chunk.

/** Rows per INSERT: far below the bind-parameter limits of both stores (a response has 10 columns). */
const RESPONSES_PER_STATEMENT = 500;

/**
 * Touches a DRAFT coding task, which locks its row for the rest of the transaction (D6: one conditional update), so
 * a commit cannot slip between a data change and the check that the task is still a DRAFT. Undefined: not a DRAFT.
 */
export function lockDraftTaskById(db: Database, taskId: string, now: string) {
  return db
    .updateTable('task')
    .set({ updatedAt: now })
    .where('id', '=', taskId)
    .where('status', '=', 'DRAFT')
    .returning('id')
    .executeTakeFirst();
}

export function insertDataChunk(db: Database, chunk: Insertable<DB['dataChunk']>) {
  return db.insertInto('dataChunk').values(chunk).returningAll().executeTakeFirstOrThrow();
}

/** Inserts a chunk's responses, RESPONSES_PER_STATEMENT rows per statement. */
export async function insertCodingResponses(db: Database, responses: Insertable<DB['codingResponse']>[]) {
  for (let i = 0; i < responses.length; i += RESPONSES_PER_STATEMENT) {
    await db
      .insertInto('codingResponse')
      .values(responses.slice(i, i + RESPONSES_PER_STATEMENT))
      .execute();
  }
}

/** Deletes a data chunk (its responses go with it, by foreign key); undefined when it is gone already. */
export function deleteDataChunk(db: Database, chunkId: string) {
  return db.deleteFrom('dataChunk').where('id', '=', chunkId).returning('id').executeTakeFirst();
}
