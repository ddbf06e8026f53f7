import { fixture } from './fixtures';
import { bearer, startFakeUpstream, type FakeUpstream } from './fake-server';

// EmbeddingStudio: /api/v1/clickstream/internal/batch/sessions by batch_id, after_number (session_number > it,
// ascending), limit and events_limit; last_number null once nothing follows; an unknown batch is an empty list.
// Sessions are answered as BatchSession declares them (schemas/clickstream_internal.py): no batch_id of their own.
// No authentication upstream (`key` null); a key, when given, is expected as a Bearer token.
type Session = Record<string, unknown> & { session_number: number; events: unknown[] };
export type EmbeddingStudioData = Record<string, Session[]>;

/**
 * The upstream's batch lifecycle, driven by the test as EmbeddingStudio's own clients would drive it: `register`
 * puts a session into the collecting batch (opening `batch_collecting_<n>` when none collects), `release` releases
 * the collecting batch (POST batch/release's effect: 404 "There is no collecting batch" when none collects).
 */
export type EmbeddingStudioLifecycle = {
  collecting: string | null;
  register: (session: Record<string, unknown>) => Session;
  release: (releaseId: string) => { release_id: string; batch_id: string; released_at: number };
};

export async function startFakeEmbeddingStudio(
  key: string | null = null,
  data: EmbeddingStudioData = fixture('embedding-studio/sessions.json'),
  collecting: string | null = null,
): Promise<FakeUpstream & { data: EmbeddingStudioData; lifecycle: EmbeddingStudioLifecycle }> {
  let opened = 0;
  const lifecycle: EmbeddingStudioLifecycle = {
    collecting,
    register: (session) => {
      lifecycle.collecting ??= `batch_collecting_${++opened}`;
      const batch = (data[lifecycle.collecting] ??= []);
      const registered = { events: [], ...session, batch_id: lifecycle.collecting, session_number: batch.length + 1 };
      batch.push(registered);
      return registered;
    },
    release: (releaseId) => {
      if (!lifecycle.collecting) throw new Error('There is no collecting batch');
      const released = { release_id: releaseId, batch_id: lifecycle.collecting, released_at: 1793600000 };
      lifecycle.collecting = null;
      return released;
    },
  };
  const fake = await startFakeUpstream({
    authorized: bearer(key),
    refusal: (status) => ({ detail: status === 401 ? 'Not authenticated' : 'Forbidden' }),
    notFound: () => ({ detail: 'Not Found' }),
    routes: ({ path, query }) => {
      if (path !== '/api/v1/clickstream/internal/batch/sessions') return null;
      const batchId = query.get('batch_id');
      if (!batchId) return { status: 422, body: { detail: [{ loc: ['query', 'batch_id'], msg: 'field required' }] } };
      const after = Number(query.get('after_number') ?? 0);
      const limit = Number(query.get('limit') ?? 10);
      const eventsLimit = Number(query.get('events_limit') ?? 100);
      const sessions = (data[batchId] ?? [])
        .filter((s) => s.session_number > after)
        .slice(0, limit)
        // response_model=BatchSessionsGetResponse: a BatchSession has no batch_id (nor is_payload_search).
        .map(({ batch_id: _batch, is_payload_search: _payload, ...s }) => ({
          ...s,
          events: s.events.slice(0, eventsLimit),
        }));
      const last = sessions.length ? sessions[sessions.length - 1].session_number : null;
      return { status: 200, body: { batch_id: batchId, last_number: last, sessions } };
    },
  });
  return { ...fake, data, lifecycle };
}
