import {
  defineList,
  orderedCursorPayload,
  pageStrategies,
  type ListOrder,
  type ListQuery,
  type ListRow,
  type PageRead,
} from '../../src/db/list.repository';
import type { PageWindow } from '../../src/pagination/page-window';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// Each page strategy of the list engine (src/db/list.repository.ts) against a naive read: every row of each parent,
// sorted in JavaScript, cut at the cursors, limit + 1 of them in fetch order.

type Order = ListOrder | undefined;
const byParent = defineList({
  table: 'task',
  parentColumn: 'projectId',
  name: 'test-strategies',
  order: ({ order }: { order: Order | null }) => order ?? undefined,
});
const root = defineList({
  table: 'task',
  parentColumn: null,
  name: 'test-strategies',
  order: ({ order }: { order: Order | null }) => order ?? undefined,
});

const ORDERS: Order[] = [
  undefined,
  { column: 'createdAt', descending: false },
  { column: 'createdAt', descending: true },
  { column: 'completedAt', descending: false, nullable: true },
  { column: 'completedAt', descending: true, nullable: true },
];

describe(`${DIALECT}: list page strategies`, () => {
  let t: TestDb;
  let projects: string[];
  let rows: ListRow[];

  beforeAll(async () => {
    t = await createTestDb();
    projects = [];
    // Projects with 0, 1, 4 and 9 tasks: some parents under a page, some over.
    for (const count of [0, 1, 4, 9]) {
      const { projectId } = await insertProject(t.db, `P${count}`);
      projects.push(projectId);
      if (count)
        await insertGenAiTasks(t.db, projectId, count, { threads: 0, turns: 0, annotationsPerLevel: 0, chunks: 0 });
    }
    // completedAt: null for every third task, ties for others; createdAt: ties across projects.
    const tasks = await t.db.selectFrom('task').select(['id']).orderBy('id').execute();
    for (const [i, { id }] of tasks.entries()) {
      await t.db
        .updateTable('task')
        .set({
          completedAt: i % 3 === 0 ? null : `2026-02-0${1 + (i % 2)}T00:00:00.000Z`,
          createdAt: `2026-01-0${1 + (i % 4)}T00:00:00.000Z`,
        })
        .where('id', '=', id)
        .execute();
    }
    rows = await t.db.selectFrom('task').selectAll().execute();
  });
  afterAll(() => t.destroy());

  /** JavaScript's order of a list: the column (nulls first ascending, last descending), then id. */
  function compare(order: Order) {
    return (a: ListRow, b: ListRow) => {
      const cmp = (x: unknown, y: unknown) =>
        x === y ? 0 : x === null ? -1 : y === null ? 1 : (x as string) < (y as string) ? -1 : 1;
      const byColumn = order ? cmp(a[order.column] ?? null, b[order.column] ?? null) : 0;
      const value = byColumn || cmp(a.id, b.id);
      return order?.descending ? -value : value;
    };
  }

  /** The naive page of one parent's rows: those past the cursors' rows, limit + 1 in fetch order (reversed backward). */
  function naivePage(own: ListRow[], order: Order, window: PageWindow): string[] {
    const byOrder = compare(order);
    const rowAt = (payload: string) => rows.find((r) => (order ? orderedCursorPayload(r, order) : r.id) === payload)!;
    const after = window.after === null ? null : rowAt(window.after);
    const before = window.before === null ? null : rowAt(window.before);
    const inside = own
      .filter((r) => (after === null || byOrder(r, after) > 0) && (before === null || byOrder(r, before) < 0))
      .sort(byOrder);
    const fetched = window.backward ? inside.reverse() : inside;
    return fetched.slice(0, window.limit + 1).map((r) => r.id);
  }

  const grouped = (got: ListRow[], parents: string[]) =>
    Object.fromEntries(parents.map((p) => [p, got.filter((r) => r.projectId === p).map((r) => r.id)]));

  /** Windows to try for rows `own` of one parent: first and last pages, and cursors from the middle both ways. */
  function windows(own: ListRow[], order: Order): PageWindow[] {
    const sorted = [...own].sort(compare(order));
    const cursor = (i: number) => (order ? orderedCursorPayload(sorted[i], order) : sorted[i].id);
    const out: PageWindow[] = [];
    for (const limit of [0, 2, 20]) {
      out.push(
        { limit, backward: false, after: null, before: null },
        { limit, backward: true, after: null, before: null },
      );
      for (const i of [0, Math.floor(sorted.length / 2), sorted.length - 1]) {
        if (!sorted.length) continue;
        out.push({ limit, backward: false, after: cursor(i), before: null });
        out.push({ limit, backward: true, after: null, before: cursor(i) });
        if (i + 2 < sorted.length) out.push({ limit, backward: false, after: cursor(i), before: cursor(i + 2) });
      }
    }
    return out;
  }

  const COLUMNS = ['completedAt', 'createdAt', 'id', 'projectId'];
  const read = (list: ListQuery, parentIds: string[], window: PageWindow, columns: string[] | null): PageRead => ({
    db: t.db,
    list,
    parentIds,
    window,
    columns,
  });

  it('rootPage: a page of every row', async () => {
    for (const order of ORDERS) {
      for (const window of windows(rows, order)) {
        for (const columns of [null, COLUMNS]) {
          const got = await pageStrategies.rootPage(read(root({ order: order ?? null }), [], window, columns));
          expect([order, window, got.map((r) => r.id)]).toEqual([order, window, naivePage(rows, order, window)]);
        }
      }
    }
  });

  it('oneParentPage: the page of one parent, by plain LIMIT (also as a reusable statement)', async () => {
    const parent = projects[3];
    const own = rows.filter((r) => r.projectId === parent);
    for (const order of ORDERS) {
      for (const window of windows(own, order)) {
        for (const columns of [null, COLUMNS]) {
          const got = await pageStrategies.oneParentPage(
            read(byParent({ order: order ?? null }), [parent], window, columns),
          );
          expect([order, window, got.map((r) => r.id)]).toEqual([order, window, naivePage(own, order, window)]);
          if (columns)
            expect(Object.keys(got[0] ?? { id: 1, completedAt: 1, createdAt: 1, projectId: 1 }).sort()).toEqual(
              COLUMNS,
            );
        }
      }
    }
  });

  it('cappedPages and rankedPages: the pages of many parents, the same as one naive read per parent', async () => {
    let capped = 0;
    let overCap = 0;
    const parents = [...projects].reverse();
    const big = rows.filter((r) => r.projectId === projects[3]);
    for (const order of ORDERS) {
      // Cursors of the largest parent's rows: a cursor is a position in the order, for every parent alike.
      for (const window of windows(big, order)) {
        for (const columns of [null, COLUMNS]) {
          const r = read(byParent({ order: order ?? null }), parents, window, columns);
          const expected = Object.fromEntries(
            parents.map((p) => [
              p,
              naivePage(
                rows.filter((row) => row.projectId === p),
                order,
                window,
              ),
            ]),
          );
          const ranked = await pageStrategies.rankedPages(r);
          expect([order, window, grouped(ranked, parents)]).toEqual([order, window, expected]);
          const fromCap = await pageStrategies.cappedPages(r);
          // Null exactly when the rows inside the cursors outnumber a full page for every parent.
          const inside = parents
            .map(
              (p) =>
                naivePage(
                  rows.filter((row) => row.projectId === p),
                  order,
                  { ...window, limit: 1e9 },
                ).length,
            )
            .reduce((a, b) => a + b, 0);
          expect([order, window, fromCap === null]).toEqual([
            order,
            window,
            inside > (window.limit + 1) * parents.length,
          ]);
          if (fromCap === null) {
            overCap++;
          } else {
            capped++;
            expect([order, window, grouped(fromCap, parents)]).toEqual([order, window, expected]);
            // Each parent's rows together (in the read's direction), as firstPerParent needs.
            const runs = fromCap
              .map((row) => row.projectId as string)
              .filter((parent, i, all) => i === 0 || all[i - 1] !== parent);
            expect(runs).toEqual([...new Set(runs)]);
          }
        }
      }
    }
    expect(capped).toBeGreaterThan(0);
    expect(overCap).toBeGreaterThan(0);
  }, 60_000);
});
