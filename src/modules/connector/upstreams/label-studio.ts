import { z } from 'zod';
import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, idOf, isObject, type Pager, type UpstreamRecord } from './upstream-page';

// Label Studio Enterprise Prompts (reference/upstream-apis.md §004): `GET /api/prompts/` by `page`/`page_size`
// (`next` null on the last page; its URL is not followed, the connector reaches only its own base URL), and for each
// prompt its versions and each version's inference runs (both unpaginated arrays). `Authorization: Token <key>`.
// One page = one page of prompts with all their versions and runs, so a resumed run restarts at a prompt page.
// `options.projectId` (a Label Studio project id) asks only for that project's runs (the list's `project` filter) and
// leaves out any other a server sends anyway; without it, every run of the prompts comes into the connector's project.

export const LabelStudioOptions = z
  .object({ pageSize: z.number().int().min(1).max(100).optional(), projectId: z.number().int().positive().optional() })
  .passthrough();

export const labelStudioHeaders = (key: string) => ({ authorization: `Token ${key}` });

/** The record, with the ids of the prompt and version it was read under (the seed's runs do not name their version). */
const check = (type: string, raw: unknown, required: string[], parents?: Record<string, string>): UpstreamRecord => {
  const externalId = idOf(raw, 'id');
  const missing = isObject(raw) ? required.filter((f) => raw[f] === undefined || raw[f] === null) : required;
  if (!externalId) return { type, externalId, raw, parents, problem: `a ${type} without id` };
  if (missing.length) return { type, externalId, raw, parents, problem: `a ${type} without ${missing.join(', ')}` };
  return { type, externalId, raw, parents };
};

export const labelStudioPager: Pager = async function* ({ client, options, from }) {
  const { pageSize = 100, projectId } = LabelStudioOptions.parse(options);
  const ofProject = (run: unknown) => projectId === undefined || !isObject(run) || run.project === projectId;
  for (let page = from ? Number(from) : 1; ; page++) {
    const answer = await getJson(client, upstreamUrl(client.baseUrl, '/api/prompts/', { page, page_size: pageSize }));
    // A server that does not page (an older or community build) answers the bare list: one page, the last.
    const prompts = arrayOf(answer, Array.isArray(answer) ? null : 'results', '/api/prompts/');
    const records: UpstreamRecord[] = [];
    for (const raw of prompts) {
      const prompt = check('prompt', raw, ['title']);
      records.push(prompt);
      if (prompt.problem) continue;
      // Ids come from the upstream: encoded, so that an id like `1/../../admin` stays one path segment.
      const versionsPath = `/api/prompts/${encodeURIComponent(prompt.externalId!)}/versions`;
      const versions = arrayOf(await getJson(client, upstreamUrl(client.baseUrl, versionsPath)), null, versionsPath);
      for (const v of versions) {
        const version = check('version', v, ['provider_model_id'], { prompt: prompt.externalId! });
        records.push(version);
        if (version.problem) continue;
        const runsPath = `${versionsPath}/${encodeURIComponent(version.externalId!)}/inference-runs`;
        const runs = arrayOf(
          await getJson(client, upstreamUrl(client.baseUrl, runsPath, { project: projectId })),
          null,
          runsPath,
        );
        const parents = { prompt: prompt.externalId!, version: version.externalId! };
        for (const r of runs.filter(ofProject)) records.push(check('run', r, ['status', 'project'], parents));
      }
    }
    const more = isObject(answer) && answer.next !== null && answer.next !== undefined && prompts.length > 0;
    yield { records, next: more ? String(page + 1) : null };
    if (!more) return;
  }
};
