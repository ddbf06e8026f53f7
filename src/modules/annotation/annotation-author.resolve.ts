import type { Context } from '../../context';
import type { AnnotationRow, InferenceRunRow, UserRow } from '../../db/rows';
import type { Source } from '../../graphql/types.generated';
import { loadOptional } from '../../graphql/load-typed';

/** An ExternalContributor value: not a row, so it carries its own typename for the union. */
export type ExternalContributorModel = { __typename: 'ExternalContributor'; source: Source; externalId: string | null };

type AuthorModel = UserRow | InferenceRunRow | ExternalContributorModel;

/**
 * The author of an annotation, batched through the per-request loaders (no N+1 over a page). A user goes through
 * the caller's User visibility (an annotator sees an annotation's author only if they could see that user anyway);
 * a run is in the annotation's project, so visible with it. Gone or invisible answers null.
 */
export async function resolveAuthor(a: AnnotationRow, ctx: Context): Promise<AuthorModel | null> {
  if (a.authorKind === 'USER') {
    if (!a.authorUserId) return null;
    return (await ctx.access.visible('appUser').load(a.authorUserId)) as UserRow | null;
  }
  if (a.authorKind === 'RUN') return (await loadOptional(ctx, 'inferenceRun', a.inferenceRunId)) ?? null;
  if (!a.authorSource) return null;
  return { __typename: 'ExternalContributor', source: a.authorSource, externalId: a.authorExternalId };
}

export function authorTypename(m: AuthorModel): 'User' | 'InferenceRun' | 'ExternalContributor' {
  if ('__typename' in m) return m.__typename;
  return 'email' in m ? 'User' : 'InferenceRun';
}

/**
 * The author an `authorKey` (`user:<id>`, `run:<id>`, `contributor:<SOURCE>:<id>`) names, as resolveAuthor answers
 * for a row of that author; null for a key of no author (e.g. agreement's `groundTruth`).
 */
export async function resolveAuthorKey(key: string, ctx: Context): Promise<AuthorModel | null> {
  const [kind, ...rest] = key.split(':');
  if (kind === 'user') return (await ctx.access.visible('appUser').load(rest.join(':'))) as UserRow | null;
  if (kind === 'run') return (await loadOptional(ctx, 'inferenceRun', rest.join(':'))) ?? null;
  if (kind !== 'contributor' || rest.length < 2) return null;
  const externalId = rest.slice(1).join(':');
  return { __typename: 'ExternalContributor', source: rest[0] as Source, externalId: externalId || null };
}
