import { z } from 'zod';
import { BATCH_STATUS_FROM_SCALE } from '../../batch/batch-source';
import { scaleDeliveryPages, type DeliveryCheckpoint } from './scale-deliveries';
import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, cursorGuard, idOf, isObject, type Pager, type UpstreamRecord } from './upstream-page';

// Scale GenAI v2 (reference/upstream-apis.md §002): the project's batches (`GET /v2/batches`), then its tasks
// (`GET /v2/tasks`), both by project name, `limit` 100 and `next_token` (absent: the last page), then its deliveries
// (scale-deliveries.ts). Incremental: after a first full sync, only tasks completed (`completed_after`) and
// deliveries delivered (`delivered_after`) after the last run started; batches are read whole each time (an
// unchanged one writes nothing). The API key goes as HTTP Basic user with an empty password, as Scale documents.

export const ScaleOptions = z.object({ projectName: z.string().min(1).max(255) }).passthrough();

export const scaleHeaders = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });

type Checkpoint = { stage: 'batches' | 'tasks'; token: string | null } | DeliveryCheckpoint;
const LIMIT = 100;

function batchProblem(raw: unknown): string | undefined {
  if (!isObject(raw) || typeof raw.name !== 'string' || !raw.name) return 'a batch without name';
  if (typeof raw.status !== 'string' || !Object.hasOwn(BATCH_STATUS_FROM_SCALE, raw.status))
    return `a batch of unknown status ${JSON.stringify(raw.status ?? null)} (Scale's are ${Object.keys(BATCH_STATUS_FROM_SCALE).join(', ')})`;
  if (raw.metadata !== undefined && raw.metadata !== null && !isObject(raw.metadata))
    return 'a batch whose metadata is not an object';
  return undefined;
}

function record(type: 'batch' | 'task', raw: unknown): UpstreamRecord {
  const externalId = idOf(raw, type === 'task' ? 'task_id' : 'id');
  if (!externalId) return { type, externalId, raw, problem: `a ${type} without ${type === 'task' ? 'task_id' : 'id'}` };
  if (type === 'task' && (!isObject(raw) || typeof raw.status !== 'string'))
    return { type, externalId, raw, problem: 'a task without status' };
  const problem = type === 'batch' ? batchProblem(raw) : undefined;
  return problem ? { type, externalId, raw, problem } : { type, externalId, raw };
}

const since = (state: Record<string, unknown>, field: string) =>
  typeof state[field] === 'string' ? state[field] : undefined;

export const scalePager: Pager = async function* ({ client, options, from, state }) {
  const { projectName } = ScaleOptions.parse(options);
  const completedAfter = since(state, 'completedAfter');
  let at: Checkpoint = from ? (JSON.parse(from) as Checkpoint) : { stage: 'batches', token: null };
  if (at.stage !== 'deliveries') {
    // One guard per endpoint: a tasks token may equal a batches one without anything repeating.
    let seen = cursorGuard('next_token', at.token);
    for (;;) {
      const stage: 'batches' | 'tasks' = at.stage;
      const path = stage === 'batches' ? '/v2/batches' : '/v2/tasks';
      const url = upstreamUrl(client.baseUrl, path, {
        project_name: projectName,
        limit: LIMIT,
        next_token: at.token ?? undefined,
        // `opts` is the wire name (scaleapi-python-client v2_api.py; `opts[]` in the docs is its type).
        ...(stage === 'tasks' ? { completed_after: completedAfter, opts: 'annotation_details' } : {}),
      });
      const answer = await getJson(client, url);
      const items = arrayOf(answer, stage === 'batches' ? 'batches' : 'tasks', path);
      const token =
        isObject(answer) && typeof answer.next_token === 'string' && answer.next_token ? answer.next_token : null;
      if (token) seen(token);
      const next: Checkpoint = token
        ? { stage, token }
        : stage === 'batches'
          ? { stage: 'tasks', token: null }
          : { stage: 'deliveries', after: null };
      yield {
        records: items.map((raw) => record(stage === 'batches' ? 'batch' : 'task', raw)),
        next: JSON.stringify(next),
      };
      if (next.stage !== stage) seen = cursorGuard('next_token');
      at = next;
      if (at.stage === 'deliveries') break;
    }
  }
  yield* scaleDeliveryPages(client, projectName, since(state, 'deliveredAfter'), at);
};
