import { getJson, upstreamUrl, type UpstreamClient } from './upstream-http';
import { UpstreamAuthError, UpstreamError } from './upstream-errors';
import { arrayOf, idOf, isObject, type Pager, type UpstreamRecord } from './upstream-page';

// IQB Coding Service (reference/upstream-apis.md §003): `GET /info`, `GET /coders`, `GET /tasks` (no paging), and each
// task's data chunks (`GET /tasks/{id}/data/{chunk_id}`), read into the task's record as `chunks`. Pages: the info
// and coders first, then the tasks. The spec has no security scheme; a key, when given, goes as a Bearer token.

/** The answer of `path`, or `gone` when it answers 404 (a task deleted between `/tasks` and its chunk). */
async function getUnlessGone(client: UpstreamClient, path: string): Promise<unknown> {
  try {
    return await getJson(client, upstreamUrl(client.baseUrl, path));
  } catch (error) {
    if (error instanceof UpstreamError && error.status === 404) return GONE;
    throw error;
  }
}
const GONE = Symbol('gone');

const task = async (client: UpstreamClient, raw: unknown): Promise<UpstreamRecord> => {
  const externalId = idOf(raw, 'id');
  if (!externalId || !isObject(raw)) return { type: 'task', externalId, raw, problem: 'a task without id' };
  if (!Array.isArray(raw.events)) return { type: 'task', externalId, raw, problem: 'a task without events' };
  if (!['train', 'code', 'unknown'].includes(raw.type as string))
    return { type: 'task', externalId, raw, problem: `a task of type ${JSON.stringify(raw.type)}` };
  const chunks: Record<string, unknown[]> = {};
  for (const chunk of Array.isArray(raw.data) ? raw.data : []) {
    const chunkId = idOf(chunk, 'id');
    if (!chunkId) continue;
    const path = `/tasks/${encodeURIComponent(externalId)}/data/${encodeURIComponent(chunkId)}`;
    const answer = await getUnlessGone(client, path);
    // The spec's "404 Task or chunk not found": this task is reported, the others go on.
    if (answer === GONE) return { type: 'task', externalId, raw, problem: `its data chunk ${chunkId} is gone (404)` };
    chunks[chunkId] = arrayOf(answer, null, path);
  }
  return { type: 'task', externalId, raw: { ...raw, chunks } };
};

/**
 * The coders, or none when `/coders` answers 403: the spec documents a 403 there, and with no security scheme it is
 * a service that does not list its coders, not revoked credentials (those would refuse `/tasks` too, and fail there).
 */
async function coders(client: UpstreamClient): Promise<unknown[]> {
  try {
    return arrayOf(await getJson(client, upstreamUrl(client.baseUrl, '/coders')), null, '/coders');
  } catch (error) {
    if (error instanceof UpstreamAuthError && error.status === 403) return [];
    throw error;
  }
}

export const iqbPager: Pager = async function* ({ client, from }) {
  if (!from) {
    const info = await getJson(client, upstreamUrl(client.baseUrl, '/info'));
    yield {
      records: [
        { type: 'info', externalId: idOf(info, 'id'), raw: info },
        ...(await coders(client)).map((raw) => {
          const externalId = idOf(raw, 'id');
          return externalId && idOf(raw, 'label')
            ? { type: 'coder', externalId, raw }
            : { type: 'coder', externalId, raw, problem: 'a coder without id or label' };
        }),
      ],
      next: 'tasks',
    };
  }
  const tasks = arrayOf(await getJson(client, upstreamUrl(client.baseUrl, '/tasks')), null, '/tasks');
  const records: UpstreamRecord[] = [];
  for (const raw of tasks) records.push(await task(client, raw));
  yield { records, next: null };
};
