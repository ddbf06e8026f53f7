import { fixture } from './fixtures';
import { bearer, startFakeUpstream, type FakeUpstream } from './fake-server';

// IQB coding service: /info, /coders, /tasks and /tasks/{id}/data/{chunk_id}; errors as `{message}`. The spec has no
// security scheme (`key` null); a key, when given, is expected as a Bearer token.
export type IqbData = {
  info: Record<string, unknown>;
  coders: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
  chunks: Record<string, unknown[]>;
};

export async function startFakeIqb(
  key: string | null = null,
  data: IqbData = {
    info: fixture('iqb/info.json'),
    coders: fixture('iqb/coders.json'),
    tasks: fixture('iqb/tasks.json'),
    chunks: fixture('iqb/chunks.json'),
  },
): Promise<FakeUpstream & { data: IqbData }> {
  const fake = await startFakeUpstream({
    authorized: bearer(key),
    refusal: () => ({ message: 'Unauthorized' }),
    notFound: () => ({ message: 'Not found' }),
    routes: ({ path }) => {
      if (path === '/info') return { status: 200, body: data.info };
      if (path === '/coders') return { status: 200, body: data.coders };
      if (path === '/tasks') return { status: 200, body: data.tasks };
      const chunk = /^\/tasks\/([^/]+)\/data\/([^/]+)$/.exec(path);
      if (chunk && data.chunks[decodeURIComponent(chunk[2])])
        return { status: 200, body: data.chunks[decodeURIComponent(chunk[2])] };
      return null;
    },
  });
  return { ...fake, data };
}
