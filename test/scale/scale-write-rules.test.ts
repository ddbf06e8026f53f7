import fs from 'node:fs';
import path from 'node:path';
import { exportScale } from '../../src/cli/scale-commands';
import { DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Issue 16: the Scale import, taskCreate and annotationCreate apply one validation and one lifecycle; the export
// always names the project and carries task-level annotations; upstream ids are at most 255 characters; a delivery
// naming an unknown task answers NOT_FOUND.
const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

const IMPORT = `mutation($p: ID!, $t: [JSON!]!) {
  taskImportScale(input: { projectId: $p, tasks: $t }) { summary { created updated unchanged failed failures { line taskId reason } } userErrors { code message } }
}`;
const CREATE_ANNOTATION = `mutation($input: AnnotationCreateInput!) { annotationCreate(input: $input) { annotation { id value } userErrors { code field message } } }`;

const record = (taskId: string, extra: Record<string, unknown> = {}) => ({
  task_id: taskId,
  status: 'pending',
  created_at: '2026-05-01T10:00:00Z',
  ...extra,
});
/** A record with one message carrying the given annotations. */
const withMessageAnnotations = (taskId: string, annotations: unknown[]) =>
  record(taskId, {
    threads: [
      {
        id: 'th',
        annotations: [],
        turns: [{ id: 'tu', annotations: [], messages: [{ role: 'assistant', content: { text: 'x' }, annotations }] }],
      },
    ],
  });

describe(`${DIALECT}: one validation and one lifecycle for every write path (issue 16)`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer('Write rules'));
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const importTasks = async (tasks: unknown[]) => {
    const payload = (await run(IMPORT, { p: projectId, t: tasks })).taskImportScale;
    expect(payload.userErrors).toEqual([]);
    return payload.summary;
  };
  const tasksNamed = async (externalId: string) =>
    Number(
      (
        await t.db
          .selectFrom('task')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('projectId', '=', projectId)
          .where('externalId', '=', externalId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const count = async (table: 'task' | 'annotation' | 'thread' | 'batch' | 'delivery') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const createTask = async (extra: Record<string, unknown> = {}) =>
    (
      await run(
        `mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id externalId } userErrors { code field message } } }`,
        { input: { projectId, ...extra } },
      )
    ).taskCreate;
  const scaleJson = async (id: string) =>
    (await run(`query($id: ID!) { task(id: $id) { scaleJson } }`, { id })).task.scaleJson;

  describe('Scale export', () => {
    it('names the project of every task: the Annograph project for tasks made here or imported without one, the Scale one when imported with it', async () => {
      const made = (await createTask({ externalId: 'made-here' })).task.id;
      expect((await scaleJson(made)).project).toBe('Write rules');
      expect(
        (await importTasks([record('imported-bare'), { ...SEED, task_id: 'imported-with-project' }])).created,
      ).toBe(2);
      const { nodes } = (
        await run(
          `query($p: ID!) { project(id: $p) { tasks(filter: { externalId: "imported-bare" }) { nodes { scaleJson } } } }`,
          { p: projectId },
        )
      ).project.tasks;
      expect(nodes[0].scaleJson).toEqual({ ...record('imported-bare'), project: 'Write rules', metadata: {} });
      const seeded = (
        await run(
          `query($p: ID!) { project(id: $p) { tasks(filter: { externalId: "imported-with-project" }) { nodes { scaleJson } } } }`,
          { p: projectId },
        )
      ).project.tasks;
      expect(seeded.nodes[0].scaleJson).toEqual({ ...SEED, task_id: 'imported-with-project' });
    });

    it('round-trips task-level annotations: imported, read at level TASK, exported equal (GraphQL and CLI)', async () => {
      const annotations = [
        {
          id: 'an_task_1',
          key: 'overall',
          type: 'integer',
          title: 'Overall',
          labels: ['bad', 'ok', 'good'],
          metadata: { criteria: 'overall_quality' },
          value: 2,
          possible_values: [[1, 2, 3]],
        },
        { key: 'notes', type: 'text', metadata: {}, value: 'fine', justification: 'read it', not_applicable: true },
      ];
      const task = { ...SEED, task_id: 'with-task-annotations', annotations };
      expect(await importTasks([task])).toMatchObject({ created: 1, failed: 0 });
      const { nodes } = (
        await run(
          `query($p: ID!) { project(id: $p) { tasks(filter: { externalId: "with-task-annotations" }) { nodes {
        id scaleJson annotations { nodes { level key value possibleValues } } } } } }`,
          { p: projectId },
        )
      ).project.tasks;
      expect(nodes[0].annotations.nodes).toEqual([
        { level: 'TASK', key: 'overall', value: 2, possibleValues: [[1, 2, 3]] },
        { level: 'TASK', key: 'notes', value: 'fine', possibleValues: null },
      ]);
      expect(nodes[0].scaleJson).toEqual(task);
      const lines: string[] = [];
      await exportScale(t.db, { project: projectId }, (l) => lines.push(l));
      expect(lines.map((l) => JSON.parse(l)).find((x) => x.task_id === 'with-task-annotations')).toEqual(task);
    });

    it('exports an annotation made on a task with annotationCreate, and demo-shaped tasks with their project and task-level annotations', async () => {
      const taskId = (await createTask()).task.id;
      const created = (
        await run(CREATE_ANNOTATION, {
          input: { targetId: taskId, key: 'tone', type: 'CATEGORY', value: 'calm', possibleValues: ['calm', 'rude'] },
        })
      ).annotationCreate;
      expect(created.userErrors).toEqual([]);
      expect((await scaleJson(taskId)).annotations).toEqual([
        { key: 'tone', type: 'category', metadata: {}, value: 'calm', possible_values: ['calm', 'rude'] },
      ]);

      const other = await insertProject(t.db, 'Demo-shaped');
      const bundle = await insertGenAiTasks(t.db, other.projectId, 1, {
        threads: 1,
        turns: 1,
        annotationsPerLevel: 2,
        chunks: 1,
      });
      const lines: string[] = [];
      await exportScale(t.db, { project: other.projectId }, (l) => lines.push(l));
      const [exported] = lines.map((l) => JSON.parse(l));
      expect(exported.project).toBe('Demo-shaped');
      expect(exported.annotations.map((a: any) => a.key)).toEqual(
        bundle.annotation.filter((a) => a.level === 'TASK').map((a) => a.key),
      );
      expect(exported.annotations).toHaveLength(2);
    });
  });

  describe('annotation values: one validation for import, annotationCreate and annotationSetValue', () => {
    const CASES: {
      type: string;
      value: unknown;
      possible?: unknown;
      field: 'value' | 'possibleValues';
      message: RegExp;
    }[] = [
      { type: 'integer', value: 'three', possible: [[1, 2, 3]], field: 'value', message: /does not fit type INTEGER/ },
      {
        type: 'integer',
        value: 4,
        possible: [[1, 2, 3]],
        field: 'value',
        message: /4 is not among the possible values \(1, 2, 3\)/,
      },
      { type: 'boolean', value: false, possible: [true], field: 'value', message: /false is not among/ },
      {
        type: 'category',
        value: 'great',
        possible: ['bad', 'good'],
        field: 'value',
        message: /"great" is not among the possible values \("bad", "good"\)/,
      },
      {
        type: 'category_multiple',
        value: ['a', 'z'],
        possible: ['a', 'b'],
        field: 'value',
        message: /"z" is not among/,
      },
      { type: 'ranked_choices', value: ['b', 'x'], possible: ['a', 'b'], field: 'value', message: /"x" is not among/ },
      {
        type: 'ranked_groups',
        value: [['a'], ['q']],
        possible: ['a', 'b'],
        field: 'value',
        message: /"q" is not among/,
      },
      {
        type: 'ranked_groups',
        value: [['a', 'b'], ['a']],
        possible: ['a', 'b'],
        field: 'value',
        message: /one group only/,
      },
      {
        type: 'integer',
        value: 1,
        possible: ['1', '2'],
        field: 'possibleValues',
        message: /must be a list of integers/,
      },
      { type: 'category', value: 'a', possible: 'a', field: 'possibleValues', message: /must be a list of strings/ },
    ];

    const LABELLED = CASES.map((c) => ({
      ...c,
      label: `${c.type} ${JSON.stringify(c.value)} with possible values ${JSON.stringify(c.possible)}`,
    }));
    it.each(LABELLED)(
      'refuses $label everywhere, with the same reason',
      async ({ type, value, possible, field, message }) => {
        const annotationsBefore = await count('annotation');
        const taskId = `bad-${type}-${JSON.stringify(value)}-${JSON.stringify(possible)}`;
        const ann = {
          id: 'an_1',
          key: 'q',
          type,
          metadata: {},
          value,
          ...(possible === undefined ? {} : { possible_values: possible }),
        };
        const summary = await importTasks([
          record('fine-before'),
          withMessageAnnotations(taskId, [{ key: 'fine', type: 'text', metadata: {}, value: 'ok' }, ann]),
        ]);
        expect(summary).toMatchObject({ failed: 1, failures: [{ line: 2, taskId }] });
        const scaleField = field === 'value' ? 'value' : 'possible_values';
        expect(summary.failures[0].reason).toMatch(
          new RegExp(`^threads\\.0\\.turns\\.0\\.messages\\.0\\.annotations\\.1\\.${scaleField}: ${field} `),
        );
        expect(summary.failures[0].reason).toMatch(message);
        expect(await tasksNamed(taskId)).toBe(0);

        const target = (await createTask()).task.id;
        const created = (
          await run(CREATE_ANNOTATION, {
            input: { targetId: target, key: 'q', type: type.toUpperCase(), value, possibleValues: possible },
          })
        ).annotationCreate;
        expect(created.annotation).toBeNull();
        expect(created.userErrors).toEqual([
          {
            code: 'BAD_USER_INPUT',
            field: ['input', field],
            message: summary.failures[0].reason.replace(/^[^:]+: /, ''),
          },
        ]);
        expect(await count('annotation')).toBe(annotationsBefore);
      },
    );

    it('accepts values among the possible values (flat or nested once), any value when none are listed, and checks annotationSetValue against them', async () => {
      const summary = await importTasks([
        withMessageAnnotations('good-values', [
          { key: 'a', type: 'integer', value: 3, possible_values: [[1, 2, 3]] },
          { key: 'b', type: 'category_multiple', value: ['a'], possible_values: [['a', 'b']] },
          { key: 'c', type: 'ranked_groups', value: [['b'], ['a']], possible_values: ['a', 'b'] },
          { key: 'd', type: 'category', value: 'anything', possible_values: [] },
          { key: 'e', type: 'file', value: { name: 'f' }, possible_values: [{ name: 'g' }] },
        ]),
      ]);
      expect(summary).toMatchObject({ created: 1, failed: 0 });
      const target = (await createTask()).task.id;
      const id = (
        await run(CREATE_ANNOTATION, {
          input: { targetId: target, key: 'n', type: 'INTEGER', value: 1, possibleValues: [[1, 2, 3]] },
        })
      ).annotationCreate.annotation.id;
      const set = async (value: unknown) =>
        (
          await run(
            `mutation($id: ID!, $v: JSON) { annotationSetValue(id: $id, input: { value: $v }) { annotation { value } userErrors { code field message } } }`,
            { id, v: value },
          )
        ).annotationSetValue;
      expect(await set(3)).toEqual({ annotation: { value: 3 }, userErrors: [] });
      expect(await set(7)).toEqual({
        annotation: null,
        userErrors: [
          {
            code: 'BAD_USER_INPUT',
            field: ['input', 'value'],
            message: 'value 7 is not among the possible values (1, 2, 3)',
          },
        ],
      });
      expect(await set(null)).toEqual({ annotation: { value: null }, userErrors: [] });
    });
  });

  describe('one rule for which batches take new or open tasks', () => {
    it('refuses a pending task imported into a CANCELED or COMPLETED batch (as taskCreate does), and writes nothing of it', async () => {
      const make = async (name: string) =>
        (
          await run(
            `mutation($p: ID!, $n: String!) { batchCreate(input: { projectId: $p, name: $n }) { batch { id } } }`,
            { p: projectId, n: name },
          )
        ).batchCreate.batch.id;
      const canceled = await make('canceled-batch');
      await run(`mutation($id: ID!) { batchCancel(id: $id) { batch { status } } }`, { id: canceled });
      const completed = await make('completed-batch');
      await t.db
        .updateTable('batch')
        .set({ status: 'COMPLETED', sourceStatus: 'completed' })
        .where('id', '=', completed)
        .execute();
      const tasksBefore = await count('task');
      const threadsBefore = await count('thread');

      const summary = await importTasks([
        { ...SEED, task_id: 'into-canceled', batch: 'canceled-batch' },
        { ...SEED, task_id: 'done-into-canceled', batch: 'canceled-batch', status: 'completed' },
        { ...SEED, task_id: 'into-completed', batch: { id: 'completed-batch' } },
        { ...SEED, task_id: 'into-new', batch: 'a-new-batch' },
      ]);
      expect(summary).toMatchObject({ created: 2, failed: 2 });
      expect(summary.failures.map((f: any) => [f.line, f.taskId])).toEqual([
        [1, 'into-canceled'],
        [3, 'into-completed'],
      ]);
      expect(summary.failures[0].reason).toMatch(
        /^batch: batch "canceled-batch" is CANCELED: it takes no new or open tasks/,
      );
      expect(summary.failures[1].reason).toMatch(/^batch: batch "completed-batch" is COMPLETED/);
      expect(await tasksNamed('into-canceled')).toBe(0);
      expect(await tasksNamed('into-completed')).toBe(0);
      expect(await count('task')).toBe(tasksBefore + 2);
      expect(await count('thread')).toBe(threadsBefore + 2);
      const kept = await t.db
        .selectFrom('task')
        .select(['status', 'batchId'])
        .where('externalId', '=', 'done-into-canceled')
        .executeTakeFirstOrThrow();
      expect(kept).toEqual({ status: 'COMPLETED', batchId: canceled });

      // taskCreate answers by the same rule.
      for (const batchId of [canceled, completed]) {
        const refused = await createTask({ batchId });
        expect(refused.userErrors).toEqual([
          {
            code: 'PRECONDITION_FAILED',
            field: ['input', 'batchId'],
            message: expect.stringMatching(/^The batch is (CANCELED|COMPLETED): it takes no new or open tasks/),
          },
        ]);
      }
      // A changed re-import of a task already in a batch that has since been canceled is refused too; unchanged ones are skipped.
      const later = await make('later-canceled');
      expect(await importTasks([{ ...SEED, task_id: 'moved-on', batch: 'later-canceled' }])).toMatchObject({
        created: 1,
      });
      await run(`mutation($id: ID!) { batchCancel(id: $id) { batch { status } } }`, { id: later });
      await t.db.updateTable('task').set({ status: 'PENDING' }).where('externalId', '=', 'moved-on').execute();
      expect(await importTasks([{ ...SEED, task_id: 'moved-on', batch: 'later-canceled' }])).toMatchObject({
        unchanged: 1,
        failed: 0,
      });
      expect(
        await importTasks([{ ...SEED, task_id: 'moved-on', batch: 'later-canceled', metadata: { v: 2 } }]),
      ).toMatchObject({ updated: 0, failed: 1 });
    });
  });

  describe('upstream ids: at most 255 characters', () => {
    const long = (n: number) => 'x'.repeat(n);

    it('taskCreate takes an externalId of 255 characters and refuses 300 with BAD_USER_INPUT on the field', async () => {
      expect((await createTask({ externalId: long(255) })).task.externalId).toHaveLength(255);
      expect(await createTask({ externalId: long(300) })).toEqual({
        task: null,
        userErrors: [
          { code: 'BAD_USER_INPUT', field: ['input', 'externalId'], message: 'must be at most 255 characters' },
        ],
      });
    });

    it('batchCreate takes a name of 255 characters and refuses 300; threadAppend and turnAppend refuse a 300-character externalId', async () => {
      const batch = async (name: string) =>
        (
          await run(
            `mutation($p: ID!, $n: String!) { batchCreate(input: { projectId: $p, name: $n }) { batch { id } userErrors { code field } } }`,
            { p: projectId, n: name },
          )
        ).batchCreate;
      expect((await batch(long(255))).userErrors).toEqual([]);
      expect((await batch(`y${long(299)}`)).userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'name'] }]);
      const taskId = (await createTask()).task.id;
      const thread = (
        await run(
          `mutation($t: ID!, $e: String) { threadAppend(input: { taskId: $t, externalId: $e }) { thread { id } userErrors { code field } } }`,
          { t: taskId, e: long(300) },
        )
      ).threadAppend;
      expect(thread).toEqual({
        thread: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'externalId'] }],
      });
      const threadId = (
        await run(`mutation($t: ID!) { threadAppend(input: { taskId: $t, externalId: "th" }) { thread { id } } }`, {
          t: taskId,
        })
      ).threadAppend.thread.id;
      const turn = (
        await run(
          `mutation($t: ID!, $e: String) { turnAppend(input: { threadId: $t, externalId: $e }) { turn { id } userErrors { code field } } }`,
          { t: threadId, e: long(300) },
        )
      ).turnAppend;
      expect(turn).toEqual({ turn: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'externalId'] }] });
    });

    it('the import refuses 300-character task_id, batch, project, thread, turn and annotation ids by line and writes nothing of them', async () => {
      const tasksBefore = await count('task');
      const batchesBefore = await count('batch');
      const nested = JSON.parse(JSON.stringify(SEED));
      nested.task_id = 'long-thread-id';
      nested.threads[0].id = long(300);
      const annotated = JSON.parse(JSON.stringify(SEED));
      annotated.task_id = 'long-annotation-id';
      annotated.threads[0].turns[0].annotations[0].id = long(300);
      const summary = await importTasks([
        record(long(300)),
        record('long-batch', { batch: long(300) }),
        record('long-project', { project: { id: long(300) } }),
        nested,
        annotated,
        record(long(255)),
      ]);
      expect(summary).toMatchObject({ created: 1, failed: 5 });
      expect(summary.failures.map((f: any) => [f.line, f.reason.split(':')[0]])).toEqual([
        [1, 'task_id'],
        [2, 'batch'],
        [3, 'project.id'],
        [4, 'threads.0.id'],
        [5, 'threads.0.turns.0.annotations.0.id'],
      ]);
      expect(summary.failures[0].reason).toContain('at most 255 characters');
      expect(await count('task')).toBe(tasksBefore + 1);
      expect(await count('batch')).toBe(batchesBefore);
    });
  });

  describe('deliveryCreate', () => {
    it('answers NOT_FOUND for an unknown, malformed or foreign task id, PRECONDITION_FAILED for a known one not deliverable, and delivers nothing then', async () => {
      const done = (await createTask()).task.id;
      await run(`mutation($id: ID!) { taskComplete(id: $id) { task { id } } }`, { id: done });
      const open = (await createTask()).task.id;
      const foreign = await insertProject(t.db, 'Elsewhere');
      const foreignTask = (
        await insertGenAiTasks(t.db, foreign.projectId, 1, { threads: 0, turns: 0, annotationsPerLevel: 0, chunks: 0 })
      ).task[0].id;
      const deliveriesBefore = await count('delivery');
      const UNKNOWN = `task_${'01J'.padEnd(26, 'Z')}`;
      const deliver = async (taskIds: string[]) =>
        (
          await run(
            `mutation($p: ID!, $t: [ID!]) { deliveryCreate(input: { projectId: $p, name: "d", taskIds: $t }) { delivery { id } userErrors { code field message } } }`,
            { p: projectId, t: taskIds },
          )
        ).deliveryCreate;

      expect(await deliver([done, UNKNOWN])).toEqual({
        delivery: null,
        userErrors: [
          {
            code: 'NOT_FOUND',
            field: ['input', 'taskIds', '1'],
            message: `No task of this project with id ${JSON.stringify(UNKNOWN)}`,
          },
        ],
      });
      expect((await deliver([done, foreignTask])).userErrors).toEqual([
        { code: 'NOT_FOUND', field: ['input', 'taskIds', '1'], message: expect.any(String) },
      ]);
      expect((await deliver(['not-a-task', done])).userErrors).toEqual([
        { code: 'NOT_FOUND', field: ['input', 'taskIds', '0'], message: expect.any(String) },
      ]);
      expect((await deliver([open, UNKNOWN])).userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
      expect((await deliver([done, open])).userErrors).toEqual([
        {
          code: 'PRECONDITION_FAILED',
          field: ['input', 'taskIds'],
          message: '1 of the tasks are not COMPLETED, undelivered tasks of this project',
        },
      ]);
      expect(await count('delivery')).toBe(deliveriesBefore);
      expect((await deliver([done])).userErrors).toEqual([]);
    });
  });
});
