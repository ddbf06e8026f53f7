import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import { createTestServer } from '../support/server';

// N+1 guard: the number of SQL statements of a nested query must not grow with the page size.
describe(`${DIALECT}: SQL statements per query`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let projectId: string;
  let authorization: string;
  const SHAPE = { threads: 2, turns: 2, annotationsPerLevel: 2, chunks: 2 };

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
    const fixture = await insertProject(t.db);
    projectId = fixture.projectId;
    authorization = `Token ${fixture.owner.secret}`;
    await insertGenAiTasks(t.db, projectId, 100, SHAPE);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const CHAIN = `query Chain($id: ID!, $n: Int!) {
    project(id: $id) {
      name
      tasks(first: $n) {
        nodes {
          id status
          threads(first: 5) {
            nodes {
              id
              turns(first: 5) {
                nodes {
                  id
                  messages(first: 5) {
                    nodes { id role content { text } annotations(first: 5) { nodes { key value } } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }`;

  async function statementsFor(query: string, n: number) {
    t.statements.length = 0;
    // Through the authenticator, as an HTTP request: auth's own statements are counted too.
    const result = await server.executeWithToken(authorization, query, { id: projectId, n });
    expect(result.errors).toBeUndefined();
    return { result, statements: [...t.statements] };
  }

  it('project -> tasks(first: N) -> threads -> turns -> messages -> annotations costs one statement per level for N = 5, 50, 100', async () => {
    await server.executeWithToken(authorization, '{ viewer { token { id } } }'); // token lookup now cached, lastUsedAt written
    const counts: number[] = [];
    const texts: string[][] = [];
    for (const n of [5, 50, 100]) {
      const { result, statements } = await statementsFor(CHAIN, n);
      texts.push(statements);
      const tasks = result.data!.project.tasks.nodes;
      expect(tasks).toHaveLength(n);
      // The data really is nested N levels deep: every level came back complete.
      for (const task of tasks) {
        expect(task.threads.nodes).toHaveLength(SHAPE.threads);
        for (const thread of task.threads.nodes) {
          expect(thread.turns.nodes).toHaveLength(SHAPE.turns);
          for (const turn of thread.turns.nodes) {
            expect(turn.messages.nodes.map((m: any) => m.role)).toEqual(['SYSTEM', 'USER', 'ASSISTANT']);
            expect(turn.messages.nodes[2].annotations.nodes).toHaveLength(SHAPE.annotationsPerLevel);
          }
        }
      }
      expect(statements.every((s) => /^select/i.test(s.trim()))).toBe(true);
      counts.push(statements.length);
    }
    // project (read with the caller's role on it), tasks, threads, turns, messages, annotations: six levels, six
    // statements, whatever N is (issue 9: at most the nesting depth). The token lookup is cached after the first
    // request and lastUsedAt is written at most once a minute, so they do not show here: see auth.test.ts.
    expect(counts).toEqual([6, 6, 6]);
    // Parent ids are bound as one list value (db/one-of.ts): the same six statement texts whatever N is, so each is
    // prepared once and then served from the statement cache.
    expect(texts[1]).toEqual(texts[0]);
    expect(texts[2]).toEqual(texts[0]);
  });

  it('annotations at thread, turn, message and chunk level cost one statement per level for N = 5, 50, 100', async () => {
    const query = `query Levels($id: ID!, $n: Int!) {
      project(id: $id) { tasks(first: $n) { nodes {
        threads(first: 3) { nodes { annotations(first: 5) { nodes { key } }
          turns(first: 3) { nodes { annotations(first: 5) { nodes { key } }
            messages(first: 3) { nodes { annotations(first: 5) { nodes { key } }
              content { chunks { annotations(first: 5) { nodes { key } } } } } } } } } }
      } } }
    }`;
    const counts: number[] = [];
    for (const n of [5, 50, 100]) {
      const { result, statements } = await statementsFor(query, n);
      const turn = result.data!.project.tasks.nodes[n - 1].threads.nodes[0].turns.nodes[0];
      expect(turn.annotations.nodes).toHaveLength(SHAPE.annotationsPerLevel);
      expect(turn.messages.nodes[2].content.chunks[0].annotations.nodes).toHaveLength(SHAPE.annotationsPerLevel);
      counts.push(statements.length);
    }
    // project with the caller's role, tasks, threads, their annotations, turns, theirs, messages, theirs, chunks, theirs.
    expect(counts).toEqual([10, 10, 10]);
  });

  it('chunks, chunk annotations, parents and totalCount add a constant number of statements', async () => {
    const query = `query Deep($id: ID!, $n: Int!) {
      project(id: $id) {
        tasks(first: $n) {
          totalCount
          nodes {
            project { name }
            threads(first: 3) { totalCount nodes { task { id } turns(first: 3) { nodes { messages(first: 3) { nodes {
              content { chunks { text annotations(first: 3) { totalCount nodes { key message { role } } } } }
            } } } } } }
          }
        }
      }
    }`;
    const counts: number[] = [];
    for (const n of [5, 100]) {
      const { result, statements } = await statementsFor(query, n);
      expect(result.data!.project.tasks.totalCount).toBe(100);
      expect(result.data!.project.tasks.nodes).toHaveLength(n);
      counts.push(statements.length);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('pages every parent right whether its children fit under the cap or need the per-parent window', async () => {
    // Three tasks with 5, 0 and 1 threads: first: 2 reads at most 3 rows per parent (9 in all). 6 rows fit under the
    // cap and are sliced per parent; with 9 threads on the first task (10 rows) the cap is passed and a window ranks them.
    const fixture = await insertProject(t.db, 'Uneven');
    const tasks = await insertGenAiTasks(t.db, fixture.projectId, 3, {
      threads: 1,
      turns: 0,
      annotationsPerLevel: 0,
      chunks: 0,
    });
    const [a, b, c] = tasks.task.map((r) => r.id);
    const moveThreads = async (count: number) => {
      const more = await insertGenAiTasks(t.db, fixture.projectId, count, {
        threads: 1,
        turns: 0,
        annotationsPerLevel: 0,
        chunks: 0,
      });
      await t.db
        .updateTable('thread')
        .set({ taskId: a })
        .where(
          'id',
          'in',
          more.thread.map((r) => r.id),
        )
        .execute();
      await t.db
        .deleteFrom('task')
        .where(
          'id',
          'in',
          more.task.map((r) => r.id),
        )
        .execute();
    };
    await t.db.deleteFrom('thread').where('taskId', '=', b).execute();
    await moveThreads(4);
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Task { threads(first: 2) { totalCount pageInfo { hasNextPage } nodes { id } } } } }`;
    const expected = async () => {
      const all = await t.db
        .selectFrom('thread')
        .select(['id', 'taskId'])
        .where('taskId', 'in', [a, b, c])
        .orderBy('id')
        .execute();
      return [a, b, c].map((id) => {
        const own = all.filter((r) => r.taskId === id).map((r) => r.id);
        return {
          threads: {
            totalCount: own.length,
            pageInfo: { hasNextPage: own.length > 2 },
            nodes: own.slice(0, 2).map((x) => ({ id: x })),
          },
        };
      });
    };
    const ranked = () => t.statements.filter((q) => /row_number/.test(q)).length;
    t.statements.length = 0;
    const first = await server.executeWithToken(`Token ${fixture.owner.secret}`, query, { ids: [a, b, c] });
    expect(ranked()).toBe(0);
    expect(first.data!.nodes).toEqual(await expected());
    expect(first.data!.nodes.map((n: any) => n.threads.totalCount)).toEqual([5, 0, 1]);
    await moveThreads(4);
    t.statements.length = 0;
    const second = await server.executeWithToken(`Token ${fixture.owner.secret}`, query, { ids: [a, b, c] });
    expect(ranked()).toBe(1);
    expect(second.data!.nodes).toEqual(await expected());
    expect(second.data!.nodes.map((n: any) => n.threads.totalCount)).toEqual([9, 0, 1]);
  });
});
