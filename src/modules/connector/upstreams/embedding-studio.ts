import { z } from 'zod';
import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, idOf, isObject, type Pager, type UpstreamRecord } from './upstream-page';
import { UpstreamProtocolError } from './upstream-errors';

// EmbeddingStudio (reference/upstream-apis.md §001): the sessions of each configured batch by keyset,
// `GET /api/v1/clickstream/internal/batch/sessions?batch_id&after_number&limit&events_limit`, the next page after
// `last_number`, until it is null or stops moving. EmbeddingStudio has no authentication; a key, when given, goes as
// a Bearer token (for a gateway in front of it).
//
// Batch state: the contract has no read of a batch's status (`batch/sessions` answers `{batch_id, last_number,
// sessions}`; only `POST batch/release`, a write, names the batch it released). What it does promise: one batch
// collects at a time, every new session lands in it, and a released batch never collects again. So the connector is
// told which batch collects (`collectingBatchId`, read like the others), and after the sessions a last page holds one
// `batch` record per batch read: `collecting` for the named one unless another batch read holds a session registered
// after all of its own (then it was released before that session), `released` for every other.

export const EmbeddingStudioOptions = z
  .object({
    batchIds: z.array(z.string().min(1).max(255)).min(1).max(100),
    limit: z.number().int().min(1).max(1000).optional(),
    eventsLimit: z.number().int().min(1).max(10_000).optional(),
    collectingBatchId: z.string().min(1).max(255).optional(),
  })
  .passthrough();

export const bearerHeaders = (key: string): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});

type Checkpoint = { batch: number; after: number };
const PATH = '/api/v1/clickstream/internal/batch/sessions';

/** The batches a connector reads: the configured ones, then the collecting one when it is not among them. */
const batchesOf = (o: z.infer<typeof EmbeddingStudioOptions>) =>
  o.collectingBatchId && !o.batchIds.includes(o.collectingBatchId) ? [...o.batchIds, o.collectingBatchId] : o.batchIds;

type Seen = { lastNumber: number | null; newestAt: number | null };

/** The last page: each batch read, with the state the contract lets the connector know (see above). */
function batchRecords(batches: string[], collecting: string | undefined, seen: Map<string, Seen>): UpstreamRecord[] {
  const newestOf = (id: string) => seen.get(id)?.newestAt ?? null;
  const collectingAt = collecting ? newestOf(collecting) : null;
  const releasedSince =
    collecting !== undefined &&
    batches.some(
      (b) => b !== collecting && newestOf(b) !== null && (collectingAt === null || newestOf(b)! > collectingAt),
    );
  return batches.map((batchId) => ({
    type: 'batch',
    externalId: batchId,
    raw: {
      batch_id: batchId,
      status: batchId === collecting && !releasedSince ? 'collecting' : 'released',
      last_number: seen.get(batchId)?.lastNumber ?? null,
    },
  }));
}

export const embeddingStudioPager: Pager = async function* ({ client, options, from }) {
  const parsed = EmbeddingStudioOptions.parse(options);
  const { limit = 100, eventsLimit = 100, collectingBatchId } = parsed;
  const batches = batchesOf(parsed);
  // What this run saw of each batch (after a resume, only of the pages since).
  const seen = new Map<string, Seen>();
  let at: Checkpoint = from ? (JSON.parse(from) as Checkpoint) : { batch: 0, after: 0 };
  while (at.batch < batches.length) {
    const url = upstreamUrl(client.baseUrl, PATH, {
      batch_id: batches[at.batch],
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
    const batch = seen.get(batches[at.batch]) ?? { lastNumber: null, newestAt: null };
    if (moved) batch.lastNumber = last;
    for (const raw of sessions)
      if (isObject(raw) && typeof raw.created_at === 'number')
        batch.newestAt = Math.max(batch.newestAt ?? raw.created_at, raw.created_at);
    seen.set(batches[at.batch], batch);
    yield {
      // A BatchSession does not name its batch: the page's envelope (or the request) does.
      records: sessions.map((raw) => {
        const externalId = idOf(raw, 'session_id');
        const parents = { batch: idOf(answer, 'batch_id') ?? batches[at.batch] };
        return externalId
          ? { type: 'session', externalId, raw, parents }
          : { type: 'session', externalId, raw, parents, problem: 'a session without session_id' };
      }),
      next: JSON.stringify(next),
    };
    at = next;
  }
  yield { records: batchRecords(batches, collectingBatchId, seen), next: null };
};
