import type { Kysely } from 'kysely';
import { createDb } from '../../src/db/database';
import { findPagesByParents } from '../../src/db/list.repository';
import { runReusable, slot } from '../../src/db/reusable-statement';
import { annotationsAt } from '../../src/modules/annotation/annotation.lists';
import { tasksOf } from '../../src/modules/task/task.lists';
import { messagesOfTurn } from '../../src/modules/thread/thread.lists';
import { pageWindow } from '../../src/pagination/page-window';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// First pages of nested lists run statements compiled once per shape (src/db/reusable-statement.ts). They must answer
// exactly what the same list answers through Kysely's ordinary path (every column, then projected), for any parents.
describe(`${DIALECT}: reusable statements`, () => {
  let t: TestDb;
  let projectId: string;
  let turnIds: string[];
  let messageIds: string[];
  let assistantMessageId: string;

  beforeAll(async () => {
    t = await createTestDb();
    projectId = (await insertProject(t.db)).projectId;
    const bundle = await insertGenAiTasks(t.db, projectId, 6, {
      threads: 2,
      turns: 2,
      annotationsPerLevel: 3,
      chunks: 1,
    });
    turnIds = bundle.turn.map((r) => r.id);
    messageIds = bundle.message.map((r) => r.id);
    assistantMessageId = bundle.message.filter((r) => r.role === 'ASSISTANT')[1].id; // only these have annotations
    // A second project whose tasks a filter on the first must never return.
    await insertGenAiTasks(t.db, (await insertProject(t.db, 'Other')).projectId, 2, {
      threads: 1,
      turns: 1,
      annotationsPerLevel: 1,
      chunks: 0,
    });
  });
  afterAll(() => t.destroy());

  const project = (rows: Record<string, unknown>[], columns: string[]) =>
    rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])));

  it('answers as the ordinary path does, for other parents and page sizes each run, with camelCase keys', async () => {
    const columns = ['id', 'key', 'messageId', 'projectId', 'type', 'valueJson'];
    for (const [parents, first] of [
      [messageIds.slice(0, 5), 2],
      [messageIds.slice(5, 40), 2],
      [[assistantMessageId], 1],
      [messageIds, 5],
    ] as const) {
      const window = pageWindow({ first });
      const reused = await findPagesByParents(t.db, annotationsAt('MESSAGE', null), parents, window, columns);
      const ordinary = await findPagesByParents(t.db, annotationsAt('MESSAGE', null), parents, window, null);
      expect(reused.length).toBeGreaterThan(0);
      expect(reused).toEqual(project(ordinary, columns));
      expect(new Set(reused.map((r) => r.messageId))).toEqual(new Set(ordinary.map((r) => r.messageId)));
    }
    // Up to limit + 1 rows per parent (the extra one tells that a next page exists): 2 of each turn's 3 messages.
    const messages = await findPagesByParents(t.db, messagesOfTurn, turnIds, pageWindow({ first: 1 }), [
      'id',
      'role',
      'turnId',
    ]);
    expect(messages).toHaveLength(turnIds.length * 2);
    expect(messages.map((m) => m.role)).toEqual(turnIds.flatMap(() => ['SYSTEM', 'USER']));
    expect(Object.keys(messages[0]).sort()).toEqual(['id', 'role', 'turnId']);
  });

  it('keeps filters apart: a list key names its filter values, so each filter has its own statement', async () => {
    const columns = ['id', 'projectId', 'status'];
    const completed = await findPagesByParents(
      t.db,
      tasksOf('projectId', { status: ['COMPLETED'] }),
      [projectId],
      pageWindow({ first: 50 }),
      columns,
    );
    const pending = await findPagesByParents(
      t.db,
      tasksOf('projectId', { status: ['PENDING'] }),
      [projectId],
      pageWindow({ first: 50 }),
      columns,
    );
    expect(completed).toHaveLength(6);
    expect(completed.every((r) => r.status === 'COMPLETED' && r.projectId === projectId)).toBe(true);
    expect(pending).toEqual([]);
  });

  it('compiles a shape once and fills its slots at every run', async () => {
    const PROJECT = slot('project');
    let builds = 0;
    const build = () => {
      builds++;
      return (t.db as Kysely<any>)
        .selectFrom('task')
        .select(['task.id', 'task.externalId'])
        .where('task.projectId', '=', PROJECT)
        .orderBy('task.id');
    };
    const key = `test|${Math.random()}`;
    const first = await runReusable(t.db, key, ['id', 'externalId'], build, new Map([[PROJECT, projectId]]));
    const none = await runReusable(t.db, key, ['id', 'externalId'], build, new Map([[PROJECT, 'no such project']]));
    const again = await runReusable(t.db, key, ['id', 'externalId'], build, new Map([[PROJECT, projectId]]));
    expect(builds).toBe(1);
    expect(first).toEqual(
      await t.db
        .selectFrom('task')
        .select(['id', 'externalId'])
        .where('projectId', '=', projectId)
        .orderBy('id')
        .execute(),
    );
    expect(none).toEqual([]);
    expect(again).toEqual(first);
  });
});

// On PostgreSQL the reusable statements run as named prepared statements with rows as arrays (database.ts): the
// connection that ran one holds it prepared, and a second run answers the same rows.
if (DIALECT === 'postgres')
  it('postgres: a reusable statement is prepared once under a name on the connection that runs it', async () => {
    const t = await createTestDb();
    const db = createDb({ url: process.env.DATABASE_URL!, searchPath: t.schema, poolSize: 1 });
    try {
      const { projectId } = await insertProject(t.db);
      await insertGenAiTasks(t.db, projectId, 3, { threads: 1, turns: 1, annotationsPerLevel: 0, chunks: 0 });
      const read = () =>
        findPagesByParents(db, tasksOf('projectId', {}), [projectId], pageWindow({ first: 2 }), ['id', 'projectId']);
      const first = await read();
      expect(first).toHaveLength(3);
      expect(Object.keys(first[0]).sort()).toEqual(['id', 'projectId']);
      expect(await read()).toEqual(first);
      const prepared = await (db as Kysely<any>)
        .selectFrom('pg_prepared_statements' as any)
        .select(['name', 'statement'])
        .execute();
      const ours = prepared.filter((p) => String(p.name).startsWith('annograph_'));
      expect(ours).toHaveLength(1);
      expect(String(ours[0].statement)).toMatch(/from "task" where "task"."project_id" = \$1/);
    } finally {
      await db.destroy();
      await t.destroy();
    }
  });
