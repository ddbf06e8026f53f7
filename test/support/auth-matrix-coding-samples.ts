import type { Database } from '../../src/db/database';
import { newId, newRowId } from '../../src/ids';
import type { Caller, Outcome, Sample } from './auth-matrix-rules';

// Auth-matrix samples of the coding service, with fresh targets per call. `env` is read when a sample runs.
type Env = {
  db: Database;
  projectId: string;
  found: (
    c: Caller,
    query: string,
    pick: (data: any) => unknown,
    variables?: Record<string, unknown>,
  ) => Promise<Outcome>;
  mutate: (c: Caller, query: string, field: string, variables?: Record<string, unknown>) => Promise<Outcome>;
  now: () => string;
};

export function codingSamples(env: Env): Record<string, Sample> {
  async function freshCodingTask(status: 'DRAFT' | 'PENDING'): Promise<string> {
    const id = newId('task');
    await env.db
      .insertInto('task')
      .values({
        id,
        projectId: env.projectId,
        kind: 'CODING',
        status,
        source: 'ANNOGRAPH',
        codingType: 'TRAIN',
        instructionsJson: '{}',
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  async function freshChunk(): Promise<string> {
    const id = newId('dataChunk');
    await env.db
      .insertInto('dataChunk')
      .values({
        id,
        projectId: env.projectId,
        taskId: await freshCodingTask('DRAFT'),
        type: 'INPUT',
        createdAt: env.now(),
      })
      .execute();
    return id;
  }
  /** A DRAFT train task ready to commit: instructions and a chunk with a coded response. */
  async function freshReadyTrainTask(): Promise<string> {
    const chunkId = await freshChunk();
    await env.db
      .insertInto('codingResponse')
      .values({
        id: newRowId('resp'),
        projectId: env.projectId,
        chunkId,
        setId: 'u1',
        variableId: 'a',
        status: 'CODING_COMPLETE',
        valueJson: '"x"',
        code: 1,
        score: 1,
      })
      .execute();
    return (await env.db.selectFrom('dataChunk').select('taskId').where('id', '=', chunkId).executeTakeFirstOrThrow())
      .taskId;
  }
  async function freshCoder(): Promise<string> {
    const id = newId('coder');
    await env.db
      .insertInto('coder')
      .values({
        id,
        projectId: env.projectId,
        kind: 'CODING',
        label: 'c',
        source: 'ANNOGRAPH',
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    return id;
  }
  const TASK = '{ task { id } userErrors { code } }';
  return {
    'Query.codingService': {
      target: 'none',
      run: (c) => env.found(c, '{ codingService { id instructionsSchema } }', (d) => d.codingService.id),
    },
    'Mutation.codingTaskCreate': {
      target: 'project',
      run: (c) =>
        env.mutate(
          c,
          `mutation($p: ID!) { codingTaskCreate(input: { projectId: $p, type: TRAIN }) ${TASK} }`,
          'codingTaskCreate',
          { p: env.projectId },
        ),
    },
    'Mutation.codingTaskUpdate': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          `mutation($id: ID!) { codingTaskUpdate(id: $id, input: { label: "x" }) ${TASK} }`,
          'codingTaskUpdate',
          { id: await freshCodingTask('DRAFT') },
        ),
    },
    'Mutation.taskDataAdd': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { taskDataAdd(taskId: $id, responses: [{ setId: "u1", variableId: "a", status: VALUE_CHANGED, value: "x" }]) { chunk { id } userErrors { code } } }',
          'taskDataAdd',
          { id: await freshCodingTask('DRAFT') },
        ),
    },
    'Mutation.taskDataDelete': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { taskDataDelete(chunkId: $id) { deletedChunkId userErrors { code } } }',
          'taskDataDelete',
          { id: await freshChunk() },
        ),
    },
    'Mutation.taskCommit': {
      target: 'project',
      run: async (c) =>
        env.mutate(c, `mutation($id: ID!) { taskCommit(id: $id) ${TASK} }`, 'taskCommit', {
          id: await freshReadyTrainTask(),
        }),
    },
    'Mutation.taskAbort': {
      target: 'project',
      run: async (c) =>
        env.mutate(c, `mutation($id: ID!) { taskAbort(id: $id) ${TASK} }`, 'taskAbort', {
          id: await freshCodingTask('PENDING'),
        }),
    },
    'Mutation.coderDelete': {
      target: 'project',
      run: async (c) =>
        env.mutate(
          c,
          'mutation($id: ID!) { coderDelete(id: $id) { deletedCoderId userErrors { code } } }',
          'coderDelete',
          { id: await freshCoder() },
        ),
    },
  };
}
