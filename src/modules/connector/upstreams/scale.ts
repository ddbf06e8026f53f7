import { z } from 'zod';
import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, cursorGuard, idOf, isObject, type Pager, type UpstreamRecord } from './upstream-page';

// Scale GenAI v2 (reference/upstream-apis.md §002): the project's batches (`GET /v2/batches`), then its tasks
// (`GET /v2/tasks`), both by project name, `limit` 100 and `next_token` (absent: the last page). Incremental: after a
// first full sync, only tasks completed after the last run started (`completed_after`). The API key goes as HTTP
// Basic user with an empty password, as Scale documents.

export const ScaleOptions = z.object({ projectName: z.string().min(1).max(255) }).passthrough();

export const scaleHeaders = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });

type Checkpoint = { stage: 'batches' | 'tasks'; token: string | null };
const LIMIT = 100;

function record(type: 'batch' | 'task', raw: unknown): UpstreamRecord {
  const externalId = idOf(raw, type === 'task' ? 'task_id' : 'id');
  if (!externalId) return { type, externalId, raw, problem: `a ${type} without ${type === 'task' ? 'task_id' : 'id'}` };
  if (type === 'task' && (!isObject(raw) || typeof raw.status !== 'string'))
    return { type, externalId, raw, problem: 'a task without status' };
  return { type, externalId, raw };
}

export const scalePager: Pager = async function* ({ client, options, from, state }) {
  const { projectName } = ScaleOptions.parse(options);
  const completedAfter = typeof state.completedAfter === 'string' ? state.completedAfter : undefined;
  let at: Checkpoint = from ? (JSON.parse(from) as Checkpoint) : { stage: 'batches', token: null };
  const seen = cursorGuard('next_token', at.token);
  for (;;) {
    const path = at.stage === 'batches' ? '/v2/batches' : '/v2/tasks';
    const url = upstreamUrl(client.baseUrl, path, {
      project_name: projectName,
      limit: LIMIT,
      next_token: at.token ?? undefined,
      ...(at.stage === 'tasks' ? { completed_after: completedAfter, 'opts[]': 'annotation_details' } : {}),
    });
    const answer = await getJson(client, url);
    const items = arrayOf(answer, at.stage === 'batches' ? 'batches' : 'tasks', path);
    const token =
      isObject(answer) && typeof answer.next_token === 'string' && answer.next_token ? answer.next_token : null;
    if (token) seen(token);
    const next: Checkpoint | null = token
      ? { stage: at.stage, token }
      : at.stage === 'batches'
        ? { stage: 'tasks', token: null }
        : null;
    yield {
      records: items.map((raw) => record(at.stage === 'batches' ? 'batch' : 'task', raw)),
      next: next && JSON.stringify(next),
    };
    if (!next) return;
    at = next;
  }
};
