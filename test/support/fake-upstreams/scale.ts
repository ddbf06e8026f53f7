import { fixture } from './fixtures';
import { startFakeUpstream, tokenPage, type FakeUpstream } from './fake-server';

// Scale GenAI v2: /v2/batches and /v2/tasks of one project by name (limit ≤ 100 + next_token), tasks filtered by
// completed_after; /v2/deliveries (not paged, filtered by delivered_after) and /v2/delivery (one delivery's tasks
// by delivery_id or delivery_name, limit ≤ 100 + next_token); HTTP Basic with the key as user; errors as
// `{status_code, error}`.
export type ScaleData = {
  projectName: string;
  tasks: Record<string, unknown>[];
  batches: Record<string, unknown>[];
  /** Delivery objects as /v2/deliveries lists them; none when absent. */
  deliveries?: Record<string, unknown>[];
  /** The task_ids of each delivery, by delivery id. */
  deliveryTasks?: Record<string, string[]>;
};
export type FakeScale = FakeUpstream & {
  data: ScaleData;
  /** Every tasks page after the first answers the first page's next_token again. */
  repeatToken: () => void;
  /** Likewise for the tasks pages of a delivery (/v2/delivery). */
  repeatDeliveryToken: () => void;
};

/**
 * `n` distinct Scale tasks made from the fixture's, in order (ids, threads, turns and annotations renumbered): a
 * large upstream for the kill test and the sync bench.
 */
export function scaleTasks(n: number): Record<string, unknown>[] {
  const base = fixture<Record<string, unknown>[]>('scale/tasks.json');
  return Array.from({ length: n }, (_v, i) => {
    const suffix = `_${String(i).padStart(6, '0')}`;
    const text = JSON.stringify(base[i % base.length]).replace(
      /"(scale_task|thread|turn|an|src_u|src_a)_(\d{4})"/g,
      (_m, prefix: string, digits: string) => `"${prefix}_${digits}${suffix}"`,
    );
    return JSON.parse(text) as Record<string, unknown>;
  });
}

/** The fixtures of test/fixtures/upstreams/scale: 230 tasks, 6 batches, 3 deliveries (130, 45 and 5 tasks). */
export const scaleFixtures = (): ScaleData => ({
  projectName: 'Support RLHF',
  tasks: fixture('scale/tasks.json'),
  batches: fixture('scale/batches.json'),
  deliveries: fixture('scale/deliveries.json'),
  deliveryTasks: fixture('scale/delivery-tasks.json'),
});

const after = (items: Record<string, unknown>[], field: string, since: string | null) =>
  since ? items.filter((t) => typeof t[field] === 'string' && Date.parse(t[field]) > Date.parse(since)) : items;

export async function startFakeScale(key: string, data: ScaleData = scaleFixtures()): Promise<FakeScale> {
  let repeat = false;
  let repeatDelivery = false;
  const basic = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  const fake = await startFakeUpstream({
    authorized: (h) => h.authorization === basic,
    refusal: (status) => ({ status_code: status, error: status === 401 ? 'Invalid API key' : 'Forbidden' }),
    notFound: (path) => ({ status_code: 404, error: `No route ${path}` }),
    routes: ({ path, query }) => {
      if (!['/v2/tasks', '/v2/batches', '/v2/deliveries', '/v2/delivery'].includes(path)) return null;
      if (query.get('project_name') !== data.projectName)
        return { status: 404, body: { status_code: 404, error: 'Project not found' } };
      if (path === '/v2/batches') {
        const { page, next } = tokenPage(data.batches, query);
        return { status: 200, body: { batches: page, next_token: next } };
      }
      if (path === '/v2/deliveries')
        return {
          status: 200,
          body: { deliveries: after(data.deliveries ?? [], 'delivered_at', query.get('delivered_after')) },
        };
      if (path === '/v2/delivery') {
        const wanted = query.get('delivery_id') ?? query.get('delivery_name');
        const delivery = (data.deliveries ?? []).find((d) => d.id === wanted || d.name === wanted);
        if (!delivery) return { status: 404, body: { status_code: 404, error: 'Delivery not found' } };
        const ids = data.deliveryTasks?.[delivery.id as string] ?? [];
        const tasks = ids.map((id) => data.tasks.find((t) => t.task_id === id) ?? { task_id: id });
        const { page, next } = tokenPage(tasks, query);
        const first = tokenPage(tasks, new URLSearchParams({ limit: query.get('limit') ?? '100' })).next;
        const token = repeatDelivery && query.get('next_token') ? first : next;
        return { status: 200, body: { delivery: delivery.id, tasks: page, next_token: token } };
      }
      const tasks = after(data.tasks, 'completed_at', query.get('completed_after'));
      const { page, next } = tokenPage(tasks, query);
      const first = tokenPage(tasks, new URLSearchParams({ limit: query.get('limit') ?? '100' })).next;
      return { status: 200, body: { tasks: page, next_token: repeat && query.get('next_token') ? first : next } };
    },
  });
  return { ...fake, data, repeatToken: () => (repeat = true), repeatDeliveryToken: () => (repeatDelivery = true) };
}
