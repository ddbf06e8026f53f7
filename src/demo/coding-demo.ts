import type { RowBundle } from '../db/row-bundle';
import { codeValue, emptyModel, learn } from '../modules/coding/coding-algorithm';
import type { BuildEnv } from './genai-task-builder';

// Answers to item "capital" of a reading test, coded 1 (right) or 0 (wrong).
const CODED: [string, number][] = [['Paris', 1], ['paris', 1], ['Lyon', 0], ['Marseille', 0], ['PARIS ', 1], ['Lyon', 0]];
const UNCODED = ['Paris', 'lyon', 'Nice', 'Paris', 'Toulouse'];

/** A coding project: a finished train task and its coder, a finished code task, a running one and an aborted one. */
export function addCodingDemo(bundle: RowBundle, env: BuildEnv, projectId: string, actorId: string): void {
  const at = () => new Date(env.clock()).toISOString();
  // Rows that are not nodes still get deterministic ids from the demo's id factory.
  const rowId = (prefix: string) => `${prefix}_${env.newId('task').slice('task_'.length)}`;
  const event = (taskId: string, kind: 'CREATE' | 'COMMIT' | 'START' | 'PROGRESS' | 'FINISH' | 'ABORT', message: string) =>
    bundle.taskEvent.push({ id: rowId('tev'), projectId, taskId, kind, message, actorId: ['CREATE', 'COMMIT', 'ABORT'].includes(kind) ? actorId : null, createdAt: at() });
  const chunk = (taskId: string, type: 'INPUT' | 'OUTPUT', rows: { setId: string; value: string; status: string; code?: number | null; score?: number | null; codes?: unknown }[]) => {
    const chunkId = env.newId('dataChunk');
    bundle.dataChunk.push({ id: chunkId, projectId, taskId, type, createdAt: at() });
    for (const r of rows) {
      bundle.codingResponse.push({
        id: rowId('resp'), projectId, chunkId, setId: r.setId, variableId: 'capital', status: r.status as never, valueJson: JSON.stringify(r.value),
        code: r.code ?? null, score: r.score ?? null, codesJson: r.codes ? JSON.stringify(r.codes) : null,
      });
    }
  };
  const task = (status: 'COMPLETED' | 'IN_PROGRESS' | 'CANCELED', type: 'TRAIN' | 'CODE', label: string, coderId: string | null, extra: object = {}) => {
    const id = env.newId('task');
    const when = at();
    bundle.task.push({
      id, projectId, kind: 'CODING', status, sourceStatus: { COMPLETED: 'finish', IN_PROGRESS: 'progress', CANCELED: 'abort' }[status], source: 'ANNOGRAPH',
      codingType: type, label, instructionsJson: type === 'TRAIN' ? JSON.stringify({ minSupport: 1 }) : null, coderId, createdAt: when, updatedAt: when,
      completedAt: status === 'COMPLETED' ? at() : null, ...extra,
    });
    return id;
  };

  const model = learn(emptyModel({ minSupport: 1 }), CODED.map(([value, code]) => ({ variableId: 'capital', value, code, score: code })));
  const coderId = env.newId('coder');
  const train = task('COMPLETED', 'TRAIN', 'Learn item capital', coderId);
  bundle.coder.push({ id: coderId, projectId, kind: 'CODING', label: 'Learn item capital (trained)', source: 'ANNOGRAPH', modelJson: JSON.stringify(model), createdAt: at(), updatedAt: at() });
  chunk(train, 'INPUT', CODED.map(([value, code], i) => ({ setId: `pupil${i + 1}`, value, status: 'CODING_COMPLETE', code, score: code })));
  for (const [kind, message] of [['CREATE', 'task created'], ['COMMIT', 'task committed'], ['START', 'started by demo'], ['PROGRESS', '6/6'], ['FINISH', `coder ${coderId} trained on 6 responses`]] as const) event(train, kind, message);

  const code = task('COMPLETED', 'CODE', 'Code spring session', coderId);
  const input = UNCODED.map((value, i) => ({ setId: `pupil${i + 10}`, value, status: 'VALUE_CHANGED' }));
  chunk(code, 'INPUT', input);
  chunk(code, 'OUTPUT', input.map((r) => ({ ...r, ...codeValue(model, 'capital', r.value), codes: undefined })));
  for (const [kind, message] of [['CREATE', 'task created'], ['COMMIT', 'task committed'], ['START', 'started by demo'], ['PROGRESS', '5/5'], ['FINISH', 'coded 5 responses']] as const) event(code, kind, message);

  // Running on a worker of its own (lease far ahead), so the demo's own worker leaves it be.
  const running = task('IN_PROGRESS', 'CODE', 'Code autumn session', coderId, { claimedBy: 'demo-worker', leaseUntil: '2099-01-01T00:00:00.000Z' });
  chunk(running, 'INPUT', input);
  for (const [kind, message] of [['CREATE', 'task created'], ['COMMIT', 'task committed'], ['START', 'started by demo-worker'], ['PROGRESS', '2/5']] as const) event(running, kind, message);

  const aborted = task('CANCELED', 'CODE', 'Code pilot (aborted)', coderId);
  chunk(aborted, 'INPUT', input.slice(0, 2));
  for (const [kind, message] of [['CREATE', 'task created'], ['COMMIT', 'task committed'], ['ABORT', 'aborted on request']] as const) event(aborted, kind, message);
}
