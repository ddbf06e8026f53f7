import { fixture } from './fixtures';
import { startFakeUpstream, tokenPage, type FakeUpstream } from './fake-server';

// Scale GenAI v2: /v2/batches and /v2/tasks of one project by name (limit ≤ 100 + next_token), tasks filtered by
// completed_after; HTTP Basic with the key as user; errors as `{status_code, error}`.
export type ScaleData = { projectName: string; tasks: Record<string, unknown>[]; batches: Record<string, unknown>[] };
export type FakeScale = FakeUpstream & {
  data: ScaleData;
  /** Every tasks page after the first answers the first page's next_token again. */
  repeatToken: () => void;
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

export async function startFakeScale(
  key: string,
  data: ScaleData = {
    projectName: 'Support RLHF',
    tasks: fixture('scale/tasks.json'),
    batches: fixture('scale/batches.json'),
  },
): Promise<FakeScale> {
  let repeat = false;
  const basic = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  const fake = await startFakeUpstream({
    authorized: (h) => h.authorization === basic,
    refusal: (status) => ({ status_code: status, error: status === 401 ? 'Invalid API key' : 'Forbidden' }),
    notFound: (path) => ({ status_code: 404, error: `No route ${path}` }),
    routes: ({ path, query }) => {
      if (path !== '/v2/tasks' && path !== '/v2/batches') return null;
      if (query.get('project_name') !== data.projectName)
        return { status: 404, body: { status_code: 404, error: 'Project not found' } };
      if (path === '/v2/batches') {
        const { page, next } = tokenPage(data.batches, query);
        return { status: 200, body: { batches: page, next_token: next } };
      }
      const after = query.get('completed_after');
      const tasks = after
        ? data.tasks.filter((t) => typeof t.completed_at === 'string' && Date.parse(t.completed_at) > Date.parse(after))
        : data.tasks;
      const { page, next } = tokenPage(tasks, query);
      const first = tokenPage(tasks, new URLSearchParams({ limit: query.get('limit') ?? '100' })).next;
      return { status: 200, body: { tasks: page, next_token: repeat && query.get('next_token') ? first : next } };
    },
  });
  return { ...fake, data, repeatToken: () => (repeat = true) };
}
