import type { Database } from '../../db/database';

// The SQL of coding tasks beyond the task row (task.repository.ts): what they read of their input data. Their coders
// are in coder.repository.ts, the writes of their data chunks (input and output) in coding-data.repository.ts.

/** Whether a task's input holds a response with a code (what a train task learns from), in one statement. */
export async function hasCodedInputResponse(db: Database, taskId: string): Promise<boolean> {
  const coded = await db
    .selectFrom('codingResponse')
    .innerJoin('dataChunk', 'dataChunk.id', 'codingResponse.chunkId')
    .select('codingResponse.id')
    .where('dataChunk.taskId', '=', taskId)
    .where('dataChunk.type', '=', 'INPUT')
    .where('codingResponse.code', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return !!coded;
}

export async function hasInputChunk(db: Database, taskId: string): Promise<boolean> {
  const chunk = await db
    .selectFrom('dataChunk')
    .select('id')
    .where('taskId', '=', taskId)
    .where('type', '=', 'INPUT')
    .limit(1)
    .executeTakeFirst();
  return !!chunk;
}

/** The responses of a task's input chunks, in chunk and response order. */
export function findInputResponses(db: Database, taskId: string) {
  return db
    .selectFrom('codingResponse')
    .innerJoin('dataChunk', 'dataChunk.id', 'codingResponse.chunkId')
    .select([
      'codingResponse.setId',
      'codingResponse.variableId',
      'codingResponse.valueJson',
      'codingResponse.code',
      'codingResponse.score',
      'codingResponse.subform',
    ])
    .where('dataChunk.taskId', '=', taskId)
    .where('dataChunk.type', '=', 'INPUT')
    .orderBy('dataChunk.id')
    .orderBy('codingResponse.id')
    .execute();
}
