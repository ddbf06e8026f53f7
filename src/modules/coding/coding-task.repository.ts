import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { DB } from '../../db/types.generated';

// The SQL of coding tasks beyond the task row (task.repository.ts): their input data, coders and output.

export function findCoderById(db: Database, id: string) {
  return db.selectFrom('coder').selectAll().where('id', '=', id).executeTakeFirst();
}

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

export async function findCoderModel(db: Database, coderId: string): Promise<string | null> {
  const coder = await db.selectFrom('coder').select('modelJson').where('id', '=', coderId).executeTakeFirst();
  return coder?.modelJson ?? null;
}

export async function insertCoder(db: Database, values: Insertable<DB['coder']>): Promise<void> {
  await db.insertInto('coder').values(values).execute();
}

export async function insertDataChunk(db: Database, values: Insertable<DB['dataChunk']>): Promise<void> {
  await db.insertInto('dataChunk').values(values).execute();
}

/** Inserts responses 500 to a statement (far below either store's bind-parameter limit). */
export async function insertCodingResponses(db: Database, rows: Insertable<DB['codingResponse']>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('codingResponse')
      .values(rows.slice(i, i + 500))
      .execute();
}
