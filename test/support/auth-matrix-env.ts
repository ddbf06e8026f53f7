import { newId } from '../../src/ids';
import type { MatrixFixture } from './auth-matrix-fixture';
import { topLevel, type Caller, type Outcome } from './auth-matrix-rules';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';

/**
 * What the auth-matrix samples call: the fixture's ids (read when a sample runs: the samples are built before the
 * fixture exists), how a caller's outcome is read off a query or a mutation, and fresh targets.
 */
export function matrixEnv(fixture: () => MatrixFixture) {
  const ids = {
    get db() {
      return fixture().t.db;
    },
    get projectId() {
      return fixture().projectId;
    },
    get organizationId() {
      return fixture().organizationId;
    },
    get coder() {
      return fixture().coder;
    },
    get batch() {
      return fixture().ids.batch;
    },
    get searchSession() {
      return fixture().ids.searchSession;
    },
    get ids() {
      return fixture().ids;
    },
  };

  const run = (c: Caller, query: string, variables?: Record<string, unknown>) =>
    fixture().server.execute(query, variables, c.viewer);
  const found = async (
    c: Caller,
    query: string,
    pick: (data: any) => unknown,
    variables?: Record<string, unknown>,
  ): Promise<Outcome> => {
    const result = await run(c, query, variables);
    return topLevel(result) ?? (pick(result.data) ? 'allowed' : 'invisible');
  };
  const mutate = async (
    c: Caller,
    query: string,
    field: string,
    variables?: Record<string, unknown>,
  ): Promise<Outcome> => {
    const result = await run(c, query, variables);
    const denied = topLevel(result);
    if (denied) return denied;
    const errors = result.data![field].userErrors;
    if (errors.length === 1 && errors[0].code === 'NOT_FOUND') return 'invisible';
    if (errors.length) throw new Error(`${field} for ${c.name}: ${JSON.stringify(errors)}`);
    return 'allowed';
  };
  let serial = 0;
  const unique = (s: string) => `${s}-${++serial}`;
  const now = () => new Date().toISOString();

  // Fresh targets, one per call, so that a change by one caller does not decide the next caller's answer.
  async function freshTask(status: 'PENDING' | 'COMPLETED' = 'PENDING'): Promise<string> {
    const id = newId('task');
    const { projectId } = ids;
    await ids.db
      .insertInto('task')
      .values({ id, projectId, kind: 'GENAI', status, source: 'ANNOGRAPH', createdAt: now(), updatedAt: now() })
      .execute();
    return id;
  }
  async function freshThread(): Promise<string> {
    const id = newId('thread');
    await ids.db
      .insertInto('thread')
      .values({ id, projectId: ids.projectId, taskId: await freshTask(), createdAt: now() })
      .execute();
    return id;
  }
  async function freshTurn(): Promise<string> {
    const id = newId('turn');
    await ids.db
      .insertInto('turn')
      .values({ id, projectId: ids.projectId, threadId: await freshThread(), createdAt: now() })
      .execute();
    return id;
  }
  async function freshAnnotation(): Promise<string> {
    const id = newId('annotation');
    await ids.db
      .insertInto('annotation')
      .values({
        id,
        projectId: ids.projectId,
        taskId: await freshTask(),
        level: 'TASK',
        source: 'ANNOGRAPH',
        ...contributorAuthor('ANNOGRAPH', null),
        key: 'k',
        type: 'INTEGER',
        sourceType: 'integer',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    return id;
  }
  async function freshBatch(status: 'STAGING' | 'IN_PROGRESS' | 'PAUSED'): Promise<string> {
    const id = newId('batch');
    await ids.db
      .insertInto('batch')
      .values({
        id,
        projectId: ids.projectId,
        kind: 'TASKS',
        name: unique('batch'),
        status,
        source: 'ANNOGRAPH',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    return id;
  }

  return Object.assign(ids, {
    run,
    found,
    mutate,
    unique,
    now,
    freshTask,
    freshThread,
    freshTurn,
    freshAnnotation,
    freshBatch,
  });
}

export type MatrixEnv = ReturnType<typeof matrixEnv>;
