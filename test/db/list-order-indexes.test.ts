import { CompiledQuery } from 'kysely';
import { findPagesByParents, type ListQuery } from '../../src/db/list.repository';
import { pageWindow } from '../../src/pagination/page-window';
import { tasksOf } from '../../src/modules/task/task.lists';
import { runsOf } from '../../src/modules/inference-run/inference-run.lists';
import { createTestDb, DIALECT, type TestDb } from '../support/db';

// Issue 20: every order a list offers is served by an index, so that a page walks the index and stops after the
// page instead of sorting every row of its parent. The planner is asked about the very SQL the list engine sends
// (one parent and many parents, forward and backward); on PostgreSQL with sorts disabled, so that a plan without a
// Sort node means an index can give the order, whatever the (empty) tables' statistics say.
let t: TestDb;
const sent: { sql: string; parameters: readonly unknown[] }[] = [];
beforeAll(async () => {
  t = await createTestDb({ alsoOnQuery: (sql, parameters) => sent.push({ sql, parameters }) });
});
afterAll(() => t.destroy());

async function sortsIn(query: { sql: string; parameters: readonly unknown[] }): Promise<string[]> {
  if (DIALECT === 'sqlite') {
    const plan = await t.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return plan.rows.map((r) => r.detail).filter((d) => /TEMP B-TREE FOR (RIGHT PART OF )?ORDER BY/.test(d));
  }
  return t.db.connection().execute(async (c) => {
    await c.executeQuery(CompiledQuery.raw('set enable_sort = off'));
    await c.executeQuery(CompiledQuery.raw('set enable_incremental_sort = off'));
    try {
      const plan = await c.executeQuery<{ 'QUERY PLAN': unknown }>(
        CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
      );
      const nodes = JSON.stringify(plan.rows[0]['QUERY PLAN']).match(/"Node Type":"[^"]+"/g) ?? [];
      return nodes.filter((n) => /Sort/.test(n));
    } finally {
      await c.executeQuery(CompiledQuery.raw('reset enable_sort'));
      await c.executeQuery(CompiledQuery.raw('reset enable_incremental_sort'));
    }
  });
}

/** The statements a page of `list` sends for one parent and for many, forward (first) and backward (last). */
async function pageStatements(list: ListQuery) {
  const statements = [];
  for (const parents of [['p1'], ['p1', 'p2', 'p3']])
    for (const args of [{ first: 50 }, { last: 50 }]) {
      sent.length = 0;
      await findPagesByParents(t.db, list, parents, pageWindow(args), null);
      statements.push(...sent.splice(0));
    }
  return statements;
}

// With the SQL beside its sorts, so that a failure names the statement.
async function expectNoSort(statements: { sql: string; parameters: readonly unknown[] }[]) {
  for (const statement of statements) expect([statement.sql, await sortsIn(statement)]).toEqual([statement.sql, []]);
}

const FIELDS = ['CREATED_AT', 'COMPLETED_AT', 'UPDATED_AT'] as const;
const DIRECTIONS = ['ASC', 'DESC'] as const;

describe('every task order under a project, batch or delivery', () => {
  for (const parent of ['projectId', 'batchId', 'deliveryId'] as const)
    for (const field of FIELDS)
      for (const direction of DIRECTIONS)
        it(`${parent} ${field} ${direction}: no sort`, async () => {
          const statements = await pageStatements(tasksOf(parent, {}, { field, direction }));
          expect(statements.length).toBeGreaterThanOrEqual(4);
          await expectNoSort(statements);
        });
});

describe('every inference-run order under a version or a project', () => {
  for (const parent of ['versionId', 'projectId'] as const)
    for (const field of ['CREATED_AT', 'COMPLETED_AT'] as const)
      for (const direction of DIRECTIONS)
        it(`${parent} ${field} ${direction}: no sort`, async () => {
          const statements = await pageStatements(runsOf(parent, {}, { field, direction }));
          await expectNoSort(statements);
        });
});

it('the check itself finds a sort where no index serves the order (a task page by external id)', async () => {
  const statement = {
    sql: 'select id from task where project_id = ? order by external_id, id limit 51',
    parameters: ['p1'],
  };
  if (DIALECT === 'postgres') statement.sql = statement.sql.replace('?', '$1');
  expect((await sortsIn(statement)).length).toBeGreaterThan(0);
});
