import { z } from 'zod';
import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, idOf, isObject, type Pager, type UpstreamRecord } from './upstream-page';

// DeepOpinion Studio (reference/upstream-apis.md §000): a project's correction sessions,
// `GET /projects/{project_id}/corrections` (unpaginated), `Authorization: Bearer`. `status` is an optional filter in
// the contract: without `options.statuses` one request reads every session at once (a session that moved between
// per-status requests would be missed); with it, one page per status asked for.

export const CORRECTION_STATUSES = [
  'CREATED',
  'STARTED',
  'ANNOTATING',
  'FAILED',
  'FINISHED',
  'SAMPLING',
  'PREDICTING',
  'DELETING',
] as const;

export const DeepOpinionOptions = z
  .object({
    projectId: z.number().int().positive(),
    statuses: z.array(z.enum(CORRECTION_STATUSES)).min(1).optional(),
  })
  .passthrough();

const correctionRecord = (raw: unknown): UpstreamRecord => {
  const externalId = idOf(raw, 'id');
  const model = isObject(raw) ? raw.model : null;
  if (!externalId) return { type: 'correction', externalId, raw, problem: 'a correction without id' };
  if (!isObject(model) || idOf(model, 'id') === null)
    return { type: 'correction', externalId, raw, problem: 'a correction without model.id' };
  return { type: 'correction', externalId, raw };
};

export const deepOpinionPager: Pager = async function* ({ client, options, from }) {
  const { projectId, statuses } = DeepOpinionOptions.parse(options);
  const path = `/projects/${projectId}/corrections`;
  // [undefined]: one request without the filter.
  const filters = statuses ?? [undefined];
  for (let i = from ? Number(from) : 0; i < filters.length; i++) {
    const answer = await getJson(client, upstreamUrl(client.baseUrl, path, { status: filters[i] }));
    yield {
      records: arrayOf(answer, null, path).map(correctionRecord),
      next: i + 1 < filters.length ? String(i + 1) : null,
    };
  }
};
