import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// annotations(filter: AnnotationFilter): by key, author kind and author identity (author_key), on each thread.
const TASKS = 4;
const scaleTask = (i: number) => ({
  task_id: `task_${i}`,
  status: 'pending',
  created_at: '2026-03-01T00:00:00Z',
  metadata: {},
  threads: [
    {
      id: `th_${i}`,
      submissions: [{ contributor_id: `labeler_${i}` }],
      annotations: [{ id: `an_${i}`, key: 'quality', type: 'integer', value: 4, possible_values: [[1, 2, 3, 4, 5]] }],
      turns: [],
    },
  ],
});

const FILTERED = `query($p: ID!, $f: AnnotationFilter) { project(id: $p) { tasks(first: 10) { nodes { threads(first: 1) {
  nodes { annotations(first: 10, filter: $f) { nodes { key value authorKind } } } } } } } }`;

describe(`${DIALECT}: annotation author filter`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let ownerId: string;

  /** Per task (in task order), the [key, value, authorKind] of the thread's annotations the filter lets through. */
  async function filtered(f: object | null) {
    const { data, errors } = await server.execute(FILTERED, { p: projectId, f });
    expect(errors).toBeUndefined();
    return data!.project.tasks.nodes.map((task: any) =>
      task.threads.nodes[0].annotations.nodes
        .map((a: any) => [a.key, a.value, a.authorKind])
        .sort((a: any[], b: any[]) => String(a).localeCompare(String(b))),
    );
  }

  beforeAll(async () => {
    let owner;
    ({ t, server, projectId, owner } = await startProjectServer());
    ownerId = owner.viewer.kind === 'user' ? owner.viewer.userId : '';
    const lines = Array.from({ length: TASKS }, (_x, i) => ({ line: i + 1, value: scaleTask(i) }));
    expect((await importScaleTasks(t.db, projectId, lines)).created).toBe(TASKS);
    const threads = await server.execute(
      `query($p: ID!) { project(id: $p) { tasks(first: 10) { nodes { threads(first: 1) { nodes { id } } } } } }`,
      { p: projectId },
    );
    // The owner answers `quality` (2) and `tone` (true) on every thread.
    for (const task of threads.data!.project.tasks.nodes) {
      for (const [key, type, value] of [
        ['quality', 'INTEGER', 2],
        ['tone', 'BOOLEAN', true],
      ]) {
        const r = await server.execute(
          `mutation($t: ID!, $k: String!, $ty: AnnotationType!, $v: JSON!) {
            annotationCreate(input: { targetId: $t, key: $k, type: $ty, value: $v }) { userErrors { code } } }`,
          { t: task.threads.nodes[0].id, k: key, ty: type, v: value },
        );
        expect(r.data!.annotationCreate.userErrors).toEqual([]);
      }
    }
  });
  afterAll(() => stopProjectServer({ t, server }));

  const all = [
    ['quality', 2, 'USER'],
    ['quality', 4, 'CONTRIBUTOR'],
    ['tone', true, 'USER'],
  ];
  const same = (row: unknown[]) => Array.from({ length: TASKS }, () => row);

  it('returns every annotation without a filter or with an empty one', async () => {
    expect(await filtered(null)).toEqual(same(all));
    expect(await filtered({})).toEqual(same(all));
  });

  it('filters by key and by author kind, combined with AND', async () => {
    expect(await filtered({ key: 'quality' })).toEqual(same([all[0], all[1]]));
    expect(await filtered({ authorKind: 'CONTRIBUTOR' })).toEqual(same([all[1]]));
    expect(await filtered({ authorKind: 'USER', key: 'tone' })).toEqual(same([all[2]]));
    expect(await filtered({ authorKind: 'RUN' })).toEqual(same([]));
  });

  it('filters by the user and by the external contributor', async () => {
    expect(await filtered({ authorUserId: ownerId })).toEqual(same([all[0], all[2]]));
    // labeler_1 made only task_1's thread annotation.
    expect(await filtered({ authorContributor: { source: 'SCALE', externalId: 'labeler_1' } })).toEqual([
      [],
      [all[1]],
      [],
      [],
    ]);
    expect(await filtered({ authorContributor: { source: 'SCALE', externalId: null } })).toEqual(same([]));
    // Two different authors at once: nobody is both.
    expect(
      await filtered({ authorUserId: ownerId, authorContributor: { source: 'SCALE', externalId: 'labeler_1' } }),
    ).toEqual(same([]));
  });

  it('refuses an id of another type with BAD_USER_INPUT', async () => {
    for (const f of [{ authorUserId: projectId }, { authorInferenceRunId: ownerId }]) {
      const { errors } = await server.execute(FILTERED, { p: projectId, f });
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('runs as many statements for a filtered page as for an unfiltered one', async () => {
    t.statements.length = 0;
    await filtered(null);
    const plain = t.statements.length;
    t.statements.length = 0;
    await filtered({ authorUserId: ownerId, key: 'quality' });
    expect(t.statements.length).toBe(plain);
  });
});
