import { fixture } from './fixtures';
import { startFakeUpstream, type FakeUpstream } from './fake-server';

// Label Studio Enterprise Prompts: /api/prompts/ by page/page_size ({count, next, previous, results}), each prompt's
// versions and each version's inference runs (arrays, filtered by `project`); `Authorization: Token`; errors as DRF's `{detail}`.
export type LabelStudioData = {
  prompts: Record<string, unknown>[];
  versions: Record<string, Record<string, unknown>[]>;
  runs: Record<string, Record<string, unknown>[]>;
};

export async function startFakeLabelStudio(
  key: string,
  data: LabelStudioData = {
    prompts: fixture('label-studio/prompts.json'),
    versions: fixture('label-studio/versions.json'),
    runs: fixture('label-studio/runs.json'),
  },
): Promise<FakeUpstream & { data: LabelStudioData }> {
  const fake = await startFakeUpstream({
    authorized: (h) => h.authorization === `Token ${key}`,
    refusal: (status) => ({
      status_code: status,
      detail: status === 401 ? 'Invalid token.' : 'You do not have permission to perform this action.',
    }),
    notFound: () => ({ status_code: 404, detail: 'Not found.' }),
    routes: ({ path, query }) => {
      if (path === '/api/prompts/') {
        const size = Number(query.get('page_size') ?? 100);
        const page = Number(query.get('page') ?? 1);
        const results = data.prompts.slice((page - 1) * size, page * size);
        if (page > 1 && results.length === 0) return { status: 404, body: { detail: 'Invalid page.' } };
        const more = page * size < data.prompts.length;
        const link = (p: number) => `${fake.url}/api/prompts/?page=${p}&page_size=${size}`;
        return {
          status: 200,
          body: {
            count: data.prompts.length,
            next: more ? link(page + 1) : null,
            previous: page > 1 ? link(page - 1) : null,
            results,
          },
        };
      }
      const runs = /^\/api\/prompts\/(\d+)\/versions\/(\d+)\/inference-runs$/.exec(path);
      if (runs) {
        // The list's `project` filter (label-studio-sdk prompts/runs raw_client.py).
        const project = query.get('project');
        const all = data.runs[runs[2]] ?? [];
        return { status: 200, body: project ? all.filter((r) => String(r.project) === project) : all };
      }
      const versions = /^\/api\/prompts\/(\d+)\/versions$/.exec(path);
      if (versions) return { status: 200, body: data.versions[versions[1]] ?? [] };
      return null;
    },
  });
  return { ...fake, data };
}
