import type { Kysely } from 'kysely';
import type { ViewerScope } from '../../src/auth/visible-lists';
import type { Viewer } from '../../src/auth/viewer';
import type { Database } from '../../src/db/database';
import {
  canonicalJson,
  defineList,
  findPagesByParents,
  listDefinitions,
  type ListQuery,
} from '../../src/db/list.repository';
import { createLoaders } from '../../src/loaders';
import { resolvers } from '../../src/graphql/resolvers';
import { resultsOfRuns } from '../../src/modules/inference-run/inference-run.lists';
import { allProjects } from '../../src/modules/project/project.lists';
import { tasksOf, visibleTasks } from '../../src/modules/task/task.lists';
import { pageWindow } from '../../src/pagination/page-window';
import { insertAccount } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// A list's key (its loader within a request, its compiled statement across requests) is derived from what the list
// puts in SQL (src/db/list.repository.ts, defineList). These tests go through every list the API defines, vary each
// of its params, and check that the key changes exactly when the SQL does; then that differing lists return their
// own rows and equal ones share a statement.

void resolvers; // every resolver module, and so every list definition, is loaded

const USER_A: ViewerScope = { kind: 'user', userId: 'usr_A' };
const USER_B: ViewerScope = { kind: 'user', userId: 'usr_B' };
const SERVICE_X: ViewerScope = { kind: 'service', organizationId: 'org_X' };
const SERVICE_Y: ViewerScope = { kind: 'service', organizationId: 'org_Y' };
const ANONYMOUS: ViewerScope = { kind: 'anonymous' };
const VIEWERS = [USER_B, SERVICE_X, SERVICE_Y, ANONYMOUS];

/** A definition's params: a base, and changes of one value each (merged over the base). */
type Variants = { base: unknown; changes: unknown[] };
const NONE: Variants = { base: undefined, changes: [] };
const level = (value: string): Variants => ({
  base: { level: value, key: null, authorKind: null, authorKeys: [] },
  changes: [
    ...[{ level: 'TASK' }, { level: 'CHUNK' }].filter((c) => c.level !== value),
    { key: 'quality' },
    { key: 'helpfulness' },
    { authorKind: 'USER' },
    { authorKind: 'RUN' },
    { authorKeys: ['user:usr_1'] },
    { authorKeys: ['user:usr_2'] },
    { authorKeys: ['contributor:SCALE:'] },
    { authorKeys: ['run:run_1', 'user:usr_1'] },
  ],
});
const viewerOnly: Variants = { base: { viewer: USER_A }, changes: VIEWERS.map((viewer) => ({ viewer })) };
const statusOnly = (values: string[]): Variants => ({
  base: { status: [] },
  changes: values.map((v) => ({ status: [v] })),
});
const taskParams = (extra: object): Variants => ({
  base: { filter: {}, orderBy: null, ...extra },
  changes: [
    { filter: { status: ['COMPLETED'] } },
    { filter: { status: ['PENDING'] } },
    { filter: { status: ['PENDING', 'COMPLETED'] } },
    { filter: { kind: 'GENAI' } },
    { filter: { kind: 'CODING' } },
    { filter: { externalId: 'a' } },
    { filter: { externalId: 'b' } },
    { filter: { batchId: 'bat_1' } },
    { filter: { batchName: 'one' } },
    { filter: { createdAfter: '2026-01-01T00:00:00.000Z' } },
    { filter: { createdAfter: '2026-01-02T00:00:00.000Z' } },
    { filter: { createdBefore: '2026-01-01T00:00:00.000Z' } },
    { filter: { completedAfter: '2026-01-01T00:00:00.000Z' } },
    { filter: { completedBefore: '2026-01-01T00:00:00.000Z' } },
    { orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
    { orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
    { orderBy: { field: 'COMPLETED_AT', direction: 'ASC' } },
    { orderBy: { field: 'UPDATED_AT', direction: 'ASC' } },
  ],
});
const runParams = (): Variants => ({
  base: { filter: {}, orderBy: null, viewer: null },
  changes: [
    { filter: { parentModelId: 'prm_1' } },
    { filter: { parentModelId: 'prm_2' } },
    { filter: { projectId: 'prj_1' } },
    { filter: { projectSubset: 'ALL' } },
    { filter: { projectSubset: 'HAS_GT' } },
    { filter: { status: ['COMPLETED'] } },
    { filter: { status: ['FAILED'] } },
    { orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
    { orderBy: { field: 'COMPLETED_AT', direction: 'DESC' } },
    { viewer: USER_A },
    ...VIEWERS.map((viewer) => ({ viewer })),
  ],
});

const VARIANTS: Record<string, Variants> = {
  'organizationMember.organizationId': NONE,
  'projectMember.projectId': NONE,
  'apiToken.userId': NONE,
  'apiToken.organizationId': NONE,
  'annotation.taskId': level('TASK'),
  'annotation.threadId': level('THREAD'),
  'annotation.turnId': level('TURN'),
  'annotation.messageId': level('MESSAGE'),
  'annotation.chunkId': level('CHUNK'),
  'batch.projectId': {
    base: {},
    changes: [
      { status: ['OPEN'] },
      { status: ['CLOSED'] },
      { kind: 'GENAI' },
      { kind: 'CODING' },
      { name: 'a' },
      { name: 'b' },
      { externalId: 'a' },
    ],
  },
  'taskEvent.taskId': NONE,
  'thread.taskId': NONE,
  'turn.threadId': NONE,
  'webhook.projectId': NONE,
  'webhook.organizationId': NONE,
  'webhookDelivery.webhookId': NONE,
  'exportJob.projectId': {
    base: {},
    changes: [{ status: ['COMPLETED'] }, { status: ['FAILED'] }, { format: 'SCALE_JSONL' }, { format: 'SFT_MESSAGES' }],
  },
  'message.turnId': NONE,
  'connector.projectId': NONE,
  'connectorRun.connectorId': NONE,
  'codingResponse.chunkId': NONE,
  'correctionSession.projectId': statusOnly(['OPEN', 'COMPLETED']),
  'coder.projectId': NONE,
  'documentGroupMember.groupId': NONE,
  'delivery.projectId': {
    base: {},
    changes: [
      { deliveredAfter: '2026-01-01T00:00:00.000Z' },
      { deliveredAfter: '2026-02-01T00:00:00.000Z' },
      { deliveredBefore: '2026-01-01T00:00:00.000Z' },
      { name: 'a' },
      { name: 'b' },
    ],
  },
  'prompt.organizationId': {
    base: { term: null, orderBy: null },
    changes: [
      { term: '%a%' },
      { term: '%b%' },
      { orderBy: { field: 'TITLE', direction: 'ASC' } },
      { orderBy: { field: 'TITLE', direction: 'DESC' } },
      { orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
    ],
  },
  'promptVersion.promptId': NONE,
  'inferenceRun.versionId': runParams(),
  'inferenceRun.projectId': runParams(),
  'project.organizationId': viewerOnly,
  'organization.*': viewerOnly,
  'project.*': {
    base: { filter: {}, viewer: USER_A },
    changes: [
      ...VIEWERS.map((viewer) => ({ viewer })),
      { filter: { name: 'a' } },
      { filter: { name: 'b' } },
      { filter: { externalId: 'a' } },
      { filter: { source: 'SCALE' } },
      { filter: { source: 'ANNOGRAPH' } },
    ],
  },
  'searchSession.batchId': NONE,
  'searchSession.projectId': { base: { externalId: null }, changes: [{ externalId: 'a' }, { externalId: 'b' }] },
  'sessionEvent.sessionId': NONE,
  'improvementItem.sessionId': NONE,
  'improvementItem.projectId': statusOnly(['OPEN', 'DONE']),
  'task.projectId': taskParams({}),
  'task.batchId': taskParams({}),
  'task.deliveryId': taskParams({}),
  'task.*': (() => {
    const v = taskParams({ viewer: USER_A });
    return {
      base: v.base,
      changes: [...v.changes, { filter: { projectId: 'prj_1' } }, ...VIEWERS.map((viewer) => ({ viewer }))],
    };
  })(),
  'inferenceRunTask.runId': {
    base: { correct: null, failed: null, taskIds: null },
    changes: [
      { correct: true },
      { correct: false },
      { failed: true },
      { failed: false },
      { taskIds: [] },
      { taskIds: ['tsk_1'] },
      { taskIds: ['tsk_1', 'tsk_2'] },
    ],
  },
};

/** What a list puts in SQL: its filter compiled on its table (text and values), and its order. */
function sqlOf(db: Database, list: ListQuery): string {
  const compiled = list
    .filtered((db as Kysely<any>).selectFrom(list.table), db)
    .selectAll()
    .compile();
  return JSON.stringify([compiled.sql, compiled.parameters, list.order ?? null]);
}

/** A copy with every object's keys in reverse order: equal params, spelt another way. */
function respelt(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(respelt);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, respelt(v)]),
  );
}

/**
 * The lists of each variant: keys must be equal exactly when the SQL is. Returns the problems found (none: ok).
 * `make` builds the list of some params (a definition, or anything that ends in one).
 */
function keyProblems(db: Database, name: string, make: (params: unknown) => ListQuery, variants: Variants): string[] {
  const all = [variants.base, ...variants.changes.map((c) => ({ ...(variants.base as object), ...(c as object) }))];
  const problems: string[] = [];
  const lists = all.map((params) => ({ params, list: make(params), sql: sqlOf(db, make(params)) }));
  for (const [i, a] of lists.entries()) {
    const again = make(respelt(a.params));
    if (again.key !== a.list.key) problems.push(`${name}: equal params, keys ${a.list.key} / ${again.key}`);
    if (sqlOf(db, again) !== a.sql) problems.push(`${name}: one key, two SQL: ${a.list.key}`);
    for (const b of lists.slice(i + 1)) {
      if (a.list.key === b.list.key)
        problems.push(`${name}: one key for ${canonicalJson(a.params)} and ${canonicalJson(b.params)}`);
      if (a.sql === b.sql) problems.push(`${name}: a variant that changes no SQL: ${canonicalJson(b.params)}`);
    }
  }
  return problems;
}

describe(`${DIALECT}: list keys`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.destroy());

  it('has variants for every list the API defines, and only those', () => {
    const defined = [...listDefinitions().keys()].filter((id) => !id.includes('#test-'));
    expect(defined.sort()).toEqual(Object.keys(VARIANTS).sort());
  });

  it('gives two lists one key exactly when they put the same SQL (filter, values, order), for every definition', () => {
    const problems: string[] = [];
    for (const [id, definition] of listDefinitions()) {
      if (id.includes('#test-')) continue;
      const make = (params: unknown) => (definition as unknown as (p: unknown) => ListQuery)(params);
      problems.push(...keyProblems(t.db, id, make, VARIANTS[id]));
    }
    expect(problems).toEqual([]);
  });

  it('keys the lists the resolvers build by the viewer: what visibleProjects reads, not the token', () => {
    const tokenA1: Viewer = { kind: 'user', tokenId: 'tok_1', userId: 'usr_A' };
    const tokenA2: Viewer = { kind: 'user', tokenId: 'tok_2', userId: 'usr_A' };
    const userB: Viewer = { kind: 'user', tokenId: 'tok_3', userId: 'usr_B' };
    const serviceOwner: Viewer = { kind: 'service', tokenId: 'tok_4', organizationId: 'org_X', role: 'OWNER' };
    const serviceViewer: Viewer = { kind: 'service', tokenId: 'tok_5', organizationId: 'org_X', role: 'VIEWER' };
    const serviceY: Viewer = { kind: 'service', tokenId: 'tok_6', organizationId: 'org_Y', role: 'OWNER' };
    const key = (viewer: Viewer) => visibleTasks(viewer, { status: ['COMPLETED'] }).key;
    expect(key(tokenA1)).toBe(key(tokenA2));
    expect(key(serviceOwner)).toBe(key(serviceViewer));
    const keys = [tokenA1, userB, serviceOwner, serviceY, { kind: 'anonymous' } as Viewer].map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sqlOf(t.db, visibleTasks(tokenA1, null))).toBe(sqlOf(t.db, visibleTasks(tokenA2, null)));
    expect(sqlOf(t.db, visibleTasks(tokenA1, null))).not.toBe(sqlOf(t.db, visibleTasks(userB, null)));
    // A run result filter's ids are params too (sorted and deduplicated first).
    expect(resultsOfRuns(t.db, { taskIds: ['tsk_2', 'tsk_1', 'tsk_1'] }).key).toBe(
      resultsOfRuns(t.db, { taskIds: ['tsk_1', 'tsk_2'] }).key,
    );
    // Under a parent, a task filter's projectId is no condition, and no part of the key.
    expect(tasksOf('projectId', { projectId: 'prj_1' }).key).toBe(tasksOf('projectId', {}).key);
  });

  it('catches a filter that puts a value in SQL that is not one of its params (the check can fail)', () => {
    let captured = 'COMPLETED';
    const leaky = defineList({
      table: 'task',
      parentColumn: 'projectId',
      name: 'test-leaky',
      filter: (qb, { kind }: { kind: 'GENAI' | 'CODING' }) =>
        qb.where('task.kind', '=', kind).where('task.status', '=', captured as 'COMPLETED'),
    });
    const make = (params: unknown) => {
      const list = leaky(params as { kind: 'GENAI' });
      captured = captured === 'COMPLETED' ? 'PENDING' : 'COMPLETED'; // a per-request value, say
      return list;
    };
    expect(keyProblems(t.db, 'leaky', make, { base: { kind: 'GENAI' }, changes: [{ kind: 'CODING' }] })).toEqual(
      expect.arrayContaining([expect.stringMatching(/one key, two SQL/)]),
    );
  });

  it('refuses a definition made twice (as one made per request would be) and params that are not plain data', () => {
    const again = () => defineList({ table: 'thread', parentColumn: 'taskId' });
    expect(again).toThrow(/defined twice/);
    const dated = defineList({
      table: 'task',
      parentColumn: 'projectId',
      name: 'test-dated',
      filter: (qb, _p: unknown) => qb,
    });
    expect(() => dated({ after: new Date() })).toThrow(/plain JSON/);
    expect(() => dated({ n: Number.NaN })).toThrow(/plain JSON/);
    expect(canonicalJson({ b: [1, 'x'], a: null, c: undefined })).toBe('{"a":null,"b":[1,"x"]}');
  });
});

describe(`${DIALECT}: lists that differ never share rows or statements; equal lists share`, () => {
  let t: TestDb;
  let projectA: string;
  let projectB: string;
  let viewerA: Viewer;
  let viewerB: Viewer;
  let taskIds: string[];

  beforeAll(async () => {
    t = await createTestDb();
    const a = await insertProject(t.db, 'A');
    const b = await insertProject(t.db, 'B');
    [projectA, projectB, viewerA, viewerB] = [a.projectId, b.projectId, a.owner.viewer, b.owner.viewer];
    taskIds = (
      await insertGenAiTasks(t.db, projectA, 6, { threads: 1, turns: 1, annotationsPerLevel: 1, chunks: 0 })
    ).task.map((r) => r.id);
    await insertGenAiTasks(t.db, projectB, 3, { threads: 1, turns: 1, annotationsPerLevel: 1, chunks: 0 });
    // Three pending tasks without completedAt; the others completed at distinct times.
    await t.db
      .updateTable('task')
      .set({ status: 'PENDING', completedAt: null })
      .where('id', 'in', taskIds.slice(0, 3))
      .execute();
    for (const [i, id] of taskIds.slice(3).entries())
      await t.db
        .updateTable('task')
        .set({ completedAt: `2026-03-0${3 - i}T00:00:00.000Z` })
        .where('id', '=', id)
        .execute();
    // A second member of A's organization? Not needed: each owner sees only its own organization's project.
    void insertAccount;
  });
  afterAll(() => t.destroy());

  const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((n) => n.id);

  it('answers each of two lists loaded together with its own rows: filter values, order, page size, viewer', async () => {
    const loaders = createLoaders(t.db);
    const [completed, pending, ascending, descending, two, three, seenByA, seenByB] = await Promise.all([
      loaders.connection(tasksOf('projectId', { status: ['COMPLETED'] }), projectA, { first: 50 }),
      loaders.connection(tasksOf('projectId', { status: ['PENDING'] }), projectA, { first: 50 }),
      loaders.connection(tasksOf('projectId', null, { field: 'COMPLETED_AT', direction: 'ASC' }), projectA, {
        first: 50,
      }),
      loaders.connection(tasksOf('projectId', null, { field: 'COMPLETED_AT', direction: 'DESC' }), projectA, {
        first: 50,
      }),
      loaders.connection(tasksOf('projectId', null), projectA, { first: 2 }),
      loaders.connection(tasksOf('projectId', null), projectA, { first: 3 }),
      loaders.connection(allProjects(null, viewerA), '', { first: 50 }),
      loaders.connection(allProjects(null, viewerB), '', { first: 50 }),
    ]);
    expect(ids(completed).sort()).toEqual(taskIds.slice(3).sort());
    expect(ids(pending).sort()).toEqual(taskIds.slice(0, 3).sort());
    // Nulls first ascending, last descending; completed in reverse insertion order.
    expect(ids(ascending)).toEqual([...taskIds.slice(0, 3), ...taskIds.slice(3).reverse()]);
    expect(ids(descending)).toEqual([...taskIds.slice(3), ...taskIds.slice(0, 3).reverse()]);
    expect(ids(two)).toEqual(taskIds.slice(0, 2));
    expect(ids(three)).toEqual(taskIds.slice(0, 3));
    expect(ids(seenByA)).toEqual([projectA]);
    expect(ids(seenByB)).toEqual([projectB]);
  });

  it('loads equal lists, built apart and spelt differently, in one statement; differing lists in one each', async () => {
    const loaders = createLoaders(t.db);
    t.statements.length = 0;
    const [a, b] = await Promise.all([
      loaders.connection(tasksOf('projectId', { status: ['PENDING'], externalId: null }), projectA, { first: 5 }),
      loaders.connection(tasksOf('projectId', { externalId: null, status: ['PENDING'] }), projectB, { first: 5 }),
    ]);
    expect(t.statements).toHaveLength(1);
    expect(ids(a).sort()).toEqual(taskIds.slice(0, 3).sort());
    expect(ids(b)).toEqual([]);
    t.statements.length = 0;
    await Promise.all([
      loaders.connection(tasksOf('projectId', { externalId: null, status: ['PENDING'] }), projectA, { first: 5 }), // loaded
      loaders.connection(tasksOf('projectId', { status: ['COMPLETED'] }), projectA, { first: 5 }),
      loaders.connection(tasksOf('projectId', { status: ['COMPLETED'] }), projectA, { first: 4 }),
    ]);
    expect(t.statements).toHaveLength(2);
  });

  it('runs a compiled statement only for its own list: interleaved reusable first pages keep their rows', async () => {
    const columns = ['id', 'projectId', 'status'];
    const window = pageWindow({ first: 50 });
    const read = (status: 'PENDING' | 'COMPLETED', parents: string[]) =>
      findPagesByParents(t.db, tasksOf('projectId', { status: [status] }), parents, window, columns);
    for (const parents of [[projectA], [projectA, projectB]]) {
      for (const status of ['PENDING', 'COMPLETED', 'PENDING'] as const) {
        const rows = await read(status, parents);
        expect(
          rows
            .filter((r) => r.projectId === projectA)
            .map((r) => r.id)
            .sort(),
        ).toEqual((status === 'PENDING' ? taskIds.slice(0, 3) : taskIds.slice(3)).sort());
        expect(rows.every((r) => r.status === status)).toBe(true);
        expect(rows.filter((r) => r.projectId === projectB)).toHaveLength(
          status === 'PENDING' || parents.length === 1 ? 0 : 3,
        );
      }
    }
  });
});
