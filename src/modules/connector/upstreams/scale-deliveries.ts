import { UpstreamError } from './upstream-errors';
import { getJson, upstreamUrl, type UpstreamClient } from './upstream-http';
import { arrayOf, cursorGuard, idOf, isObject, type UpstreamPage, type UpstreamRecord } from './upstream-page';

// Scale's deliveries (reference/upstream-apis.md §002), after the tasks: the project's deliveries (`GET
// /v2/deliveries`, not paged; `delivered_after` the connector's last run, as tasks' completed_after), then each one's
// tasks (`GET /v2/delivery` by delivery_id, `limit` 100 and `next_token`). A delivery is one record, yielded when
// its last tasks page is read: `{ delivery, task_ids }` (the delivery as listed, the task_id of each of its tasks in
// the upstream's order), so a delivery is written whole in one transaction and its hash covers its membership.
// Deliveries go in (delivered_at, id) order and the checkpoint after each is that pair: a run resumed after kill -9
// lists them again and skips those up to it.

export type DeliveryCheckpoint = { stage: 'deliveries'; after: [string, string] | null };
export type ScaleDeliveryRecord = { delivery: Record<string, unknown>; task_ids: string[] };

const LIMIT = 100;

type Listed = { key: [string, string]; raw: Record<string, unknown> };

/** A listed delivery that validates (its key), or the record that reports why not. */
function listed(raw: unknown): Listed | UpstreamRecord {
  const externalId = idOf(raw, 'id');
  const problem = !isObject(raw)
    ? 'a delivery that is not an object'
    : !externalId
      ? 'a delivery without id'
      : typeof raw.name !== 'string' || !raw.name.trim()
        ? 'a delivery without name'
        : typeof raw.delivered_at !== 'string' || Number.isNaN(Date.parse(raw.delivered_at))
          ? 'a delivery without a valid delivered_at'
          : null;
  if (problem) return { type: 'delivery', externalId, raw, problem };
  const d = raw as Record<string, unknown>;
  return { key: [new Date(d.delivered_at as string).toISOString(), externalId!], raw: d };
}

/**
 * The project's deliveries; none when the upstream has no `/v2/deliveries` (404): a Scale-compatible upstream that
 * serves tasks and batches only still syncs them (a project it does not know fails earlier, at `/v2/batches`).
 */
async function deliveriesList(client: UpstreamClient, url: string): Promise<unknown> {
  try {
    return await getJson(client, url);
  } catch (error) {
    if (error instanceof UpstreamError && error.status === 404) return { deliveries: [] };
    throw error;
  }
}

const before = (a: [string, string], b: [string, string]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Every task_id of one delivery, page by page; a repeated next_token ends the run as for tasks. */
async function taskIdsOf(client: UpstreamClient, projectName: string, deliveryId: string) {
  const seen = cursorGuard('next_token');
  const ids: string[] = [];
  let problem: string | undefined;
  for (let token: string | null = null; ;) {
    const url = upstreamUrl(client.baseUrl, '/v2/delivery', {
      delivery_id: deliveryId,
      project_name: projectName,
      limit: LIMIT,
      next_token: token ?? undefined,
    });
    const answer = await getJson(client, url);
    for (const task of arrayOf(answer, 'tasks', '/v2/delivery')) {
      const id = idOf(task, 'task_id');
      if (id) ids.push(id);
      else problem ??= 'a task of the delivery without task_id';
    }
    token = isObject(answer) && typeof answer.next_token === 'string' && answer.next_token ? answer.next_token : null;
    if (!token) return { ids, problem };
    seen(token);
  }
}

export async function* scaleDeliveryPages(
  client: UpstreamClient,
  projectName: string,
  deliveredAfter: string | undefined,
  at: DeliveryCheckpoint,
): AsyncGenerator<UpstreamPage> {
  const url = upstreamUrl(client.baseUrl, '/v2/deliveries', {
    project_name: projectName,
    delivered_after: deliveredAfter,
  });
  const all = arrayOf(await deliveriesList(client, url), 'deliveries', '/v2/deliveries').map(listed);
  // Those that do not validate are reported once, with the first page of the run's deliveries stage.
  let failed = at.after ? [] : all.filter((d): d is UpstreamRecord => 'problem' in d);
  const todo = all
    .filter((d): d is Listed => 'key' in d)
    .filter((d) => !at.after || before(at.after, d.key))
    .sort((a, b) => (before(a.key, b.key) ? -1 : before(b.key, a.key) ? 1 : 0));
  if (todo.length === 0) {
    yield { records: failed, next: null };
    return;
  }
  for (const [i, d] of todo.entries()) {
    const { ids, problem } = await taskIdsOf(client, projectName, d.key[1]);
    const raw: ScaleDeliveryRecord = { delivery: d.raw, task_ids: ids };
    const record: UpstreamRecord = { type: 'delivery', externalId: d.key[1], raw, ...(problem ? { problem } : {}) };
    const next: DeliveryCheckpoint | null = i < todo.length - 1 ? { stage: 'deliveries', after: d.key } : null;
    yield { records: [...failed, record], next: next && JSON.stringify(next) };
    failed = [];
  }
}
