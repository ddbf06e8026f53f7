import type { TestDb } from '../support/db';
import type { TestServer } from '../support/project-server';

type Suite = { t: TestDb; server: TestServer; projectId: string };

/** The batch suites' calls on their server and project, read at each call (so after the suite's beforeAll). */
export function batchCalls(suite: () => Suite) {
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await suite().server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const createBatch = async (name: string, extra = '') =>
    (
      await run(
        `mutation($p: ID!, $n: String!) { batchCreate(input: { projectId: $p, name: $n${extra} }) { batch { id status sourceStatus } userErrors { code } } }`,
        { p: suite().projectId, n: name },
      )
    ).batchCreate.batch as { id: string; status: string; sourceStatus: string };
  const createTask = async (extra = '') =>
    (
      await run(
        `mutation($p: ID!) { taskCreate(input: { projectId: $p${extra} }) { task { id status } userErrors { code } } }`,
        { p: suite().projectId },
      )
    ).taskCreate.task.id as string;
  const setStatus = (table: 'task' | 'batch', id: string, status: string) =>
    suite()
      .t.db.updateTable(table)
      .set({ status: status as never })
      .where('id', '=', id)
      .execute();
  return { run, createBatch, createTask, setStatus };
}
