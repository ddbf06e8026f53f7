import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { DB } from '../../db/types.generated';
import { newRowId } from '../../ids';

// The data chunks of coding tasks and their responses: what taskDataAdd/taskDataDelete write, and what the coding
// worker writes as a code task's OUTPUT chunk. (Their DRAFT lock is task.repository.ts's touchTaskInStatuses.)

/** Rows per INSERT: far below the bind-parameter limits of both stores (a response has 10 columns). */
const RESPONSES_PER_STATEMENT = 500;

export function insertDataChunk(db: Database, chunk: Insertable<DB['dataChunk']>) {
  return db.insertInto('dataChunk').values(chunk).returningAll().executeTakeFirstOrThrow();
}

/** A response of a chunk as given (an input response, or a coded one of the worker's output). */
export type ChunkResponse = {
  setId: string;
  variableId: string;
  status: DB['codingResponse']['status'];
  value: unknown;
  subform?: string | null;
  code?: number | null;
  score?: number | null;
};

/** The row of a chunk's response, with a new id (its candidate codes, codesJson, are the caller's to add). */
export function codingResponseRow(
  projectId: string,
  chunkId: string,
  r: ChunkResponse,
): Insertable<DB['codingResponse']> {
  return {
    id: newRowId('resp'),
    projectId,
    chunkId,
    setId: r.setId,
    variableId: r.variableId,
    status: r.status,
    valueJson: JSON.stringify(r.value),
    subform: r.subform ?? null,
    code: r.code ?? null,
    score: r.score ?? null,
  };
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
