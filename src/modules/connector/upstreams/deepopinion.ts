import { z } from 'zod';
import { getJson, upstreamUrl } from './upstream-http';
import { arrayOf, idOf, isObject, type Pager } from './upstream-page';

// DeepOpinion Studio (reference/upstream-apis.md §000): a project's correction sessions,
// `GET /projects/{project_id}/corrections?status=…` (unpaginated), one page per status. `Authorization: Bearer`.

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

export const deepOpinionPager: Pager = async function* ({ client, options, from }) {
  const { projectId, statuses = [...CORRECTION_STATUSES] } = DeepOpinionOptions.parse(options);
  for (let i = from ? Number(from) : 0; i < statuses.length; i++) {
    const path = `/projects/${projectId}/corrections`;
    const answer = await getJson(client, upstreamUrl(client.baseUrl, path, { status: statuses[i] }));
    yield {
      records: arrayOf(answer, null, path).map((raw) => {
        const externalId = idOf(raw, 'id');
        const model = isObject(raw) ? raw.model : null;
        if (!externalId) return { type: 'correction', externalId, raw, problem: 'a correction without id' };
        if (!isObject(model) || idOf(model, 'id') === null)
          return { type: 'correction', externalId, raw, problem: 'a correction without model.id' };
        return { type: 'correction', externalId, raw };
      }),
      next: i + 1 < statuses.length ? String(i + 1) : null,
    };
  }
};
