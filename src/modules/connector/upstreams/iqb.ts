import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, idOf, isObject, type Pager, type UpstreamRecord } from './upstream-page';

// IQB Coding Service (reference/upstream-apis.md §003): `GET /info`, `GET /coders`, `GET /tasks` (no paging), and each
// task's data chunks (`GET /tasks/{id}/data/{chunk_id}`), read into the task's record as `chunks`. Pages: the info
// and coders first, then the tasks. The spec has no security scheme; a key, when given, goes as a Bearer token.

const task = async (client: Parameters<Pager>[0]['client'], raw: unknown): Promise<UpstreamRecord> => {
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
    chunks[chunkId] = arrayOf(await getJson(client, upstreamUrl(client.baseUrl, path)), null, path);
  }
  return { type: 'task', externalId, raw: { ...raw, chunks } };
};

export const iqbPager: Pager = async function* ({ client, from }) {
  if (!from) {
    const info = await getJson(client, upstreamUrl(client.baseUrl, '/info'));
    const coders = arrayOf(await getJson(client, upstreamUrl(client.baseUrl, '/coders')), null, '/coders');
    yield {
      records: [
        { type: 'info', externalId: idOf(info, 'id'), raw: info },
        ...coders.map((raw) => {
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
