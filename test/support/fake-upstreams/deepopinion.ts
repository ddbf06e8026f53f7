import { fixture } from './fixtures';
import { bearer, startFakeUpstream, type FakeUpstream } from './fake-server';

// DeepOpinion Studio: /projects/{project_id}/corrections?status=… (unpaginated), Bearer JWT, the seed's 401/403 words.
export type DeepOpinionData = { projectId: number; corrections: Record<string, unknown>[] };

export async function startFakeDeepOpinion(
  key: string,
  data: DeepOpinionData = { projectId: 17, corrections: fixture('deepopinion/corrections.json') },
): Promise<FakeUpstream & { data: DeepOpinionData }> {
  const fake = await startFakeUpstream({
    authorized: bearer(key),
    refusal: (status) => ({
      message:
        status === 401
          ? 'User is not authenticated. This means token is either not present or invalid'
          : 'User does not have the minimal required project role "VIEWER"',
    }),
    notFound: () => ({ message: 'Not found' }),
    routes: ({ path, query }) => {
      const match = /^\/projects\/(\d+)\/corrections$/.exec(path);
      if (!match) return null;
      if (Number(match[1]) !== data.projectId) return { status: 404, body: { message: 'Project not found' } };
      const status = query.get('status');
      return { status: 200, body: data.corrections.filter((c) => !status || c.status === status) };
    },
  });
  return { ...fake, data };
}
