import { createContext } from '../../src/context';
import { abortTask, commitTask, createCodingTask } from '../../src/modules/coding/coding.service';
import { addTaskData } from '../../src/modules/coding/coding-data.service';
import { claimCodingTask, drainCodingTasks, runCodingTask } from '../../src/modules/coding/coding-worker';
import { codeValue, emptyModel, learn, normalise } from '../../src/modules/coding/coding-algorithm';
import type { CodingResponseInput } from '../../src/graphql/types.generated';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

// Training data with known answers: variable "color" codes red=1 (score 1), blue=2 (score 0); "Dark  Red" is red
// after normalising; "green" was coded 3 twice and 4 once (ambiguous); variable "size" is never coded.
const TRAINING: CodingResponseInput[] = [
  ...['red', 'Red ', 'dark red', 'Dark  Red'].map((value, i) => ({
    setId: `t${i}`,
    variableId: 'color',
    status: 'CODING_COMPLETE' as const,
    value,
    code: value.toLowerCase().includes('dark') ? 5 : 1,
    score: 1,
  })),
  ...['blue', 'BLUE'].map((value, i) => ({
    setId: `b${i}`,
    variableId: 'color',
    status: 'CODING_COMPLETE' as const,
    value,
    code: 2,
    score: 0,
  })),
  ...[3, 3, 4].map((code, i) => ({
    setId: `g${i}`,
    variableId: 'color',
    status: 'CODING_COMPLETE' as const,
    value: 'green',
    code,
    score: 0,
  })),
  { setId: 'l1', variableId: 'multi', status: 'CODING_COMPLETE', value: ['b', 'a'], code: 7, score: 1 },
];
const TO_CODE: CodingResponseInput[] = [
  { setId: 'u1', variableId: 'color', status: 'VALUE_CHANGED', value: ' RED' },
  { setId: 'u2', variableId: 'color', status: 'VALUE_CHANGED', value: 'dark red' },
  { setId: 'u3', variableId: 'color', status: 'VALUE_CHANGED', value: 'Blue' },
  { setId: 'u4', variableId: 'color', status: 'VALUE_CHANGED', value: 'green' },
  { setId: 'u5', variableId: 'color', status: 'VALUE_CHANGED', value: 'purple' },
  { setId: 'u6', variableId: 'size', status: 'VALUE_CHANGED', value: 'XL' },
  { setId: 'u7', variableId: 'multi', status: 'VALUE_CHANGED', value: ['a', 'b'] },
];
const EXPECTED = [
  { setId: 'u1', status: 'CODING_COMPLETE', code: 1, score: 1, codes: null },
  { setId: 'u2', status: 'CODING_COMPLETE', code: 5, score: 1, codes: null },
  { setId: 'u3', status: 'CODING_COMPLETE', code: 2, score: 0, codes: null },
  {
    setId: 'u4',
    status: 'CODE_SELECTION_PENDING',
    code: null,
    score: null,
    codes: [
      { id: 3, parameter: '0.67' },
      { id: 4, parameter: '0.33' },
    ],
  },
  { setId: 'u5', status: 'CODING_INCOMPLETE', code: null, score: null, codes: null },
  { setId: 'u6', status: 'CODING_INCOMPLETE', code: null, score: null, codes: null },
  { setId: 'u7', status: 'CODING_COMPLETE', code: 7, score: 1, codes: null },
];

describe('coding algorithm', () => {
  it('normalises case, spaces and list order, and codes by shares', () => {
    expect(normalise('  Dark   Red ', false)).toBe('dark red');
    expect(normalise(['b', 'A'], false)).toBe(normalise(['a', 'B'], false));
    const model = learn(
      emptyModel({ ambiguity: 0.6 }),
      TRAINING.map((r) => ({
        variableId: r.variableId,
        value: r.value as string,
        code: r.code ?? null,
        score: r.score ?? null,
      })),
    );
    // With ambiguity 0.6, green (3: 2 of 3) codes directly.
    expect(codeValue(model, 'color', 'green')).toEqual({ status: 'CODING_COMPLETE', code: 3, score: 0, codes: [] });
    expect(codeValue(emptyModel({ minSupport: 2 }), 'color', 'red').status).toBe('CODING_INCOMPLETE');
  });
});

describe(`${DIALECT}: the coding worker`, () => {
  let t: TestDb;
  let ctx: ReturnType<typeof createContext>;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestDb();
    const fixture = await insertProject(t.db);
    projectId = fixture.projectId;
    ctx = createContext({ db: t.db, viewer: fixture.owner.viewer });
  });
  afterAll(() => t.destroy());

  const fresh = () => createContext({ db: t.db, viewer: ctx.access.viewer });
  async function committed(type: 'TRAIN' | 'CODE', responses: CodingResponseInput[], coderId?: string) {
    const created = await createCodingTask(t.db, fresh().access, {
      projectId,
      type,
      label: `${type} task`,
      instructions: type === 'TRAIN' ? {} : undefined,
      coderId,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    await addTaskData(t.db, fresh().access, created.value.id, responses);
    const result = await commitTask(t.db, fresh().access, created.value.id);
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value;
  }
  const events = async (taskId: string) =>
    (
      await t.db
        .selectFrom('taskEvent')
        .select(['kind', 'message'])
        .where('taskId', '=', taskId)
        .orderBy('id')
        .execute()
    ).map((e) => e.kind);
  const row = (taskId: string) =>
    t.db.selectFrom('task').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();

  it('trains a coder, then codes new responses with the expected codes', async () => {
    const train = await committed('TRAIN', TRAINING);
    expect(await drainCodingTasks(t.db, { workerId: 'w1', stepSize: 4 })).toBe(1);
    const trained = await row(train.id);
    expect(trained).toMatchObject({ status: 'COMPLETED', sourceStatus: 'finish' });
    expect(await events(train.id)).toEqual(['CREATE', 'COMMIT', 'START', 'PROGRESS', 'PROGRESS', 'PROGRESS', 'FINISH']);
    const coder = await t.db
      .selectFrom('coder')
      .selectAll()
      .where('id', '=', trained.coderId!)
      .executeTakeFirstOrThrow();
    expect(coder.kind).toBe('CODING');

    const code = await committed('CODE', TO_CODE, coder.id);
    await drainCodingTasks(t.db, { workerId: 'w1' });
    expect((await row(code.id)).status).toBe('COMPLETED');
    const output = await t.db
      .selectFrom('codingResponse')
      .innerJoin('dataChunk', 'dataChunk.id', 'codingResponse.chunkId')
      .select([
        'codingResponse.setId',
        'codingResponse.status',
        'codingResponse.code',
        'codingResponse.score',
        'codingResponse.codesJson',
      ])
      .where('dataChunk.taskId', '=', code.id)
      .where('dataChunk.type', '=', 'OUTPUT')
      .orderBy('codingResponse.id')
      .execute();
    expect(
      output.map((o) => ({
        setId: o.setId,
        status: o.status,
        code: o.code,
        score: o.score,
        codes: o.codesJson ? JSON.parse(o.codesJson) : null,
      })),
    ).toEqual(EXPECTED);
  });

  it('stops at the next step after an abort and writes nothing', async () => {
    const train = await committed('TRAIN', TRAINING);
    const claimed = await claimCodingTask(t.db, { workerId: 'w2' });
    expect(claimed?.task.id).toBe(train.id);
    const coders = (await t.db.selectFrom('coder').select('id').execute()).length;
    const outcome = await runCodingTask(
      t.db,
      claimed!.task,
      { workerId: 'w2', stepSize: 2 },
      {
        afterStep: async (done) => {
          if (done === 2) expect((await abortTask(t.db, fresh().access, train.id)).ok).toBe(true);
        },
      },
    );
    expect(outcome).toBe('stopped');
    expect((await row(train.id)).status).toBe('CANCELED');
    expect((await t.db.selectFrom('coder').select('id').execute()).length).toBe(coders);
    expect(await events(train.id)).toEqual(['CREATE', 'COMMIT', 'START', 'PROGRESS', 'ABORT']);
  });

  it('resumes a task whose worker stopped, and finishes it once', async () => {
    const train = await committed('TRAIN', TRAINING);
    const crashed = await claimCodingTask(t.db, { workerId: 'crashed', leaseMs: 1 });
    expect(crashed?.task.id).toBe(train.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const resumed = await claimCodingTask(t.db, { workerId: 'w3' });
    expect(resumed).toMatchObject({ task: { id: train.id }, resumed: true });
    expect(await runCodingTask(t.db, resumed!.task, { workerId: 'w3' })).toBe('finished');
    // The first worker comes back to life: its first step notices it lost the task.
    expect(await runCodingTask(t.db, crashed!.task, { workerId: 'crashed' })).toBe('stopped');
    const kinds = await events(train.id);
    expect(kinds.filter((k) => k === 'FINISH')).toHaveLength(1);
    expect(kinds.slice(0, 4)).toEqual(['CREATE', 'COMMIT', 'START', 'WARNING']);
    expect(await claimCodingTask(t.db, { workerId: 'w4' })).toBeNull();
  });
});
