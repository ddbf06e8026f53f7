import { z } from 'zod';
import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, idOf, isObject, type Pager } from './upstream-page';
import { UpstreamProtocolError } from './upstream-errors';

// EmbeddingStudio (reference/upstream-apis.md §001): the sessions of each configured batch by keyset,
// `GET /api/v1/clickstream/internal/batch/sessions?batch_id&after_number&limit&events_limit`, the next page after
// `last_number`, until it is null or stops moving. EmbeddingStudio has no authentication; a key, when given, goes as
// a Bearer token (for a gateway in front of it).

export const EmbeddingStudioOptions = z
  .object({
    batchIds: z.array(z.string().min(1).max(255)).min(1).max(100),
    limit: z.number().int().min(1).max(1000).optional(),
    eventsLimit: z.number().int().min(1).max(10_000).optional(),
  })
  .passthrough();

export const bearerHeaders = (key: string): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});

type Checkpoint = { batch: number; after: number };
const PATH = '/api/v1/clickstream/internal/batch/sessions';

export const embeddingStudioPager: Pager = async function* ({ client, options, from }) {
  const { batchIds, limit = 100, eventsLimit = 100 } = EmbeddingStudioOptions.parse(options);
  let at: Checkpoint = from ? (JSON.parse(from) as Checkpoint) : { batch: 0, after: 0 };
  while (at.batch < batchIds.length) {
    const url = upstreamUrl(client.baseUrl, PATH, {
      batch_id: batchIds[at.batch],
      after_number: at.after,
      limit,
      events_limit: eventsLimit,
    });
    const answer = await getJson(client, url);
    const sessions = arrayOf(answer, 'sessions', PATH);
    const last = isObject(answer) && typeof answer.last_number === 'number' ? answer.last_number : null;
    if (last !== null && last <= at.after && sessions.length > 0)
      throw new UpstreamProtocolError(`${PATH} answered last_number ${last} after ${at.after}: paging stopped`);
    const moved = last !== null && last > at.after;
    const next: Checkpoint = moved ? { batch: at.batch, after: last } : { batch: at.batch + 1, after: 0 };
    yield {
      records: sessions.map((raw) => {
        const externalId = idOf(raw, 'session_id');
        return externalId
          ? { type: 'session', externalId, raw }
          : { type: 'session', externalId, raw, problem: 'a session without session_id' };
      }),
      next: next.batch < batchIds.length ? JSON.stringify(next) : null,
    };
    at = next;
  }
};
