import type { RowBundle } from '../db/row-bundle';
import { codeValue, emptyModel, learn } from '../modules/coding/coding-algorithm';
import type { BuildEnv } from './genai-task-builder';
import { claimCodingTask, drainCodingTasks } from '../modules/coding/coding-worker';
import type { SeedEnv } from './prompt-demo';
import { findTaskStatusAndCoderById } from './demo.repository';

// Answers to item "capital" of a reading test, coded 1 (right) or 0 (wrong).
const CODED: [string, number][] = [
  ['Paris', 1],
  ['paris', 1],
  ['Lyon', 0],
  ['Marseille', 0],
  ['PARIS ', 1],
  ['Lyon', 0],
];
const UNCODED = ['Paris', 'lyon', 'Nice', 'Paris', 'Toulouse'];

/**
 * Rows of a coding project, written directly (test fixtures only: the demo seeds with seedCodingDemo below,
 * through the API and the coding worker).
 */
export function addCodingDemo(bundle: RowBundle, env: BuildEnv, projectId: string, actorId: string): void {
  const at = () => new Date(env.clock()).toISOString();
  // Rows that are not nodes still get deterministic ids from the demo's id factory.
  const rowId = (prefix: string) => `${prefix}_${env.newId('task').slice('task_'.length)}`;
  const event = (
    taskId: string,
    kind: 'CREATE' | 'COMMIT' | 'START' | 'PROGRESS' | 'FINISH' | 'ABORT',
    message: string,
  ) =>
    bundle.taskEvent.push({
      id: rowId('tev'),
      projectId,
      taskId,
      kind,
      message,
      actorId: ['CREATE', 'COMMIT', 'ABORT'].includes(kind) ? actorId : null,
      createdAt: at(),
    });
  const chunk = (
    taskId: string,
    type: 'INPUT' | 'OUTPUT',
    rows: {
      setId: string;
      value: string;
      status: string;
      code?: number | null;
      score?: number | null;
      codes?: unknown;
    }[],
  ) => {
    const chunkId = env.newId('dataChunk');
    bundle.dataChunk.push({ id: chunkId, projectId, taskId, type, createdAt: at() });
    for (const r of rows) {
      bundle.codingResponse.push({
        id: rowId('resp'),
        projectId,
        chunkId,
        setId: r.setId,
        variableId: 'capital',
        status: r.status as never,
        valueJson: JSON.stringify(r.value),
        code: r.code ?? null,
        score: r.score ?? null,
        codesJson: r.codes ? JSON.stringify(r.codes) : null,
      });
    }
  };
  const task = (
    status: 'COMPLETED' | 'IN_PROGRESS' | 'CANCELED',
    type: 'TRAIN' | 'CODE',
    label: string,
    coderId: string | null,
    extra: object = {},
  ) => {
    const id = env.newId('task');
    const when = at();
    bundle.task.push({
      id,
      projectId,
      kind: 'CODING',
      status,
      sourceStatus: { COMPLETED: 'finish', IN_PROGRESS: 'progress', CANCELED: 'abort' }[status],
      source: 'ANNOGRAPH',
      codingType: type,
      label,
      instructionsJson: type === 'TRAIN' ? JSON.stringify({ minSupport: 1 }) : null,
      coderId,
      createdAt: when,
      updatedAt: when,
      completedAt: status === 'COMPLETED' ? at() : null,
      ...extra,
    });
    return id;
  };

  const model = learn(
    emptyModel({ minSupport: 1 }),
    CODED.map(([value, code]) => ({ variableId: 'capital', value, code, score: code })),
  );
  const coderId = env.newId('coder');
  const train = task('COMPLETED', 'TRAIN', 'Learn item capital', coderId);
  bundle.coder.push({
    id: coderId,
    projectId,
    kind: 'CODING',
    label: 'Learn item capital (trained)',
    source: 'ANNOGRAPH',
    modelJson: JSON.stringify(model),
    createdAt: at(),
    updatedAt: at(),
  });
  chunk(
    train,
    'INPUT',
    CODED.map(([value, code], i) => ({ setId: `pupil${i + 1}`, value, status: 'CODING_COMPLETE', code, score: code })),
  );
  for (const [kind, message] of [
    ['CREATE', 'task created'],
    ['COMMIT', 'task committed'],
    ['START', 'started by demo'],
    ['PROGRESS', '6/6'],
    ['FINISH', `coder ${coderId} trained on 6 responses`],
  ] as const)
    event(train, kind, message);

  const code = task('COMPLETED', 'CODE', 'Code spring session', coderId);
  const input = UNCODED.map((value, i) => ({ setId: `pupil${i + 10}`, value, status: 'VALUE_CHANGED' }));
  chunk(code, 'INPUT', input);
  chunk(
    code,
    'OUTPUT',
    input.map((r) => ({ ...r, ...codeValue(model, 'capital', r.value), codes: undefined })),
  );
  for (const [kind, message] of [
    ['CREATE', 'task created'],
    ['COMMIT', 'task committed'],
    ['START', 'started by demo'],
    ['PROGRESS', '5/5'],
    ['FINISH', 'coded 5 responses'],
  ] as const)
    event(code, kind, message);

  // Running on a worker of its own (lease far ahead), so the demo's own worker leaves it be.
  const running = task('IN_PROGRESS', 'CODE', 'Code autumn session', coderId, {
    claimedBy: 'demo-worker',
    leaseUntil: '2099-01-01T00:00:00.000Z',
  });
  chunk(running, 'INPUT', input);
  for (const [kind, message] of [
    ['CREATE', 'task created'],
    ['COMMIT', 'task committed'],
    ['START', 'started by demo-worker'],
    ['PROGRESS', '2/5'],
  ] as const)
    event(running, kind, message);

  const aborted = task('CANCELED', 'CODE', 'Code pilot (aborted)', coderId);
  chunk(aborted, 'INPUT', input.slice(0, 2));
  for (const [kind, message] of [
    ['CREATE', 'task created'],
    ['COMMIT', 'task committed'],
    ['ABORT', 'aborted on request'],
  ] as const)
    event(aborted, kind, message);
}

/**
 * The coding demo through the API and the coding worker: a train task run to its end (its coder is the one the
 * worker trained), a code task run with that coder, an aborted one, and a running one held by the seeder's worker
 * with a short lease (the server's worker resumes it once the lease runs out).
 */
export async function seedCodingDemo(env: SeedEnv, projectId: string): Promise<void> {
  const { gql, as } = env;
  const create = async (
    type: 'TRAIN' | 'CODE',
    label: string,
    extra: Record<string, unknown>,
    responses: Record<string, unknown>[],
  ) => {
    const { codingTaskCreate } = await gql(
      as,
      `mutation($input: CodingTaskCreateInput!) { codingTaskCreate(input: $input) { task { id } userErrors { field message code } } }`,
      { input: { projectId, type, label, ...extra } },
    );
    const id: string = codingTaskCreate.task.id;
    await gql(
      as,
      `mutation($taskId: ID!, $responses: [CodingResponseInput!]!) { taskDataAdd(taskId: $taskId, responses: $responses) { chunk { id } userErrors { field message code } } }`,
      { taskId: id, responses },
    );
    await gql(as, `mutation($id: ID!) { taskCommit(id: $id) { task { id } userErrors { field message code } } }`, {
      id,
    });
    return id;
  };
  const worker = { workerId: env.workerId, leaseMs: env.leaseMs };
  const train = await create(
    'TRAIN',
    'Learn item capital',
    { instructions: { minSupport: 1 } },
    CODED.map(([value, code], i) => ({
      setId: `pupil${i + 1}`,
      variableId: 'capital',
      status: 'CODING_COMPLETE',
      value,
      code,
      score: code,
    })),
  );
  await drainCodingTasks(env.db, worker);
  const trained = await findTaskStatusAndCoderById(env.db, train);
  if (trained.status !== 'COMPLETED' || !trained.coderId)
    throw new Error(`demo seeding: the train task ended ${trained.status}`);
  const input = UNCODED.map((value, i) => ({
    setId: `pupil${i + 10}`,
    variableId: 'capital',
    status: 'VALUE_CHANGED',
    value,
  }));
  await create('CODE', 'Code spring session', { coderId: trained.coderId }, input);
  await drainCodingTasks(env.db, worker);
  const aborted = await create('CODE', 'Code pilot (aborted)', { coderId: trained.coderId }, input.slice(0, 2));
  await gql(as, `mutation($id: ID!) { taskAbort(id: $id) { task { id } userErrors { field message code } } }`, {
    id: aborted,
  });
  await create('CODE', 'Code autumn session', { coderId: trained.coderId }, input);
  if (!(await claimCodingTask(env.db, worker))) throw new Error('demo seeding: no coding task to claim');
}
