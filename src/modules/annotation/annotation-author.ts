import type { Actor } from '../../auth/access';
import type { Source } from '../../graphql/types.generated';

// Who made an annotation (DECISIONS.md D9), as the five author columns of its row. `authorKey` is the author's
// identity in one comparable string: agreement groups annotations by it and the author filter matches it.
export type AuthorColumns = {
  authorKind: 'USER' | 'CONTRIBUTOR' | 'RUN';
  authorUserId: string | null;
  authorSource: Source | null;
  authorExternalId: string | null;
  authorKey: string;
};

export const userAuthor = (userId: string): AuthorColumns => ({
  authorKind: 'USER',
  authorUserId: userId,
  authorSource: null,
  authorExternalId: null,
  authorKey: `user:${userId}`,
});

/** Someone outside Annograph, by the system that knows them; `externalId` null when it did not say who. */
export const contributorAuthor = (source: Source, externalId: string | null): AuthorColumns => ({
  authorKind: 'CONTRIBUTOR',
  authorUserId: null,
  authorSource: source,
  authorExternalId: externalId,
  authorKey: `contributor:${source}:${externalId ?? ''}`,
});

/** A prediction: its run (the row also names the run and prompt version in `inferenceRunId`/`promptVersionId`). */
export const runAuthor = (runId: string): AuthorColumns => ({
  authorKind: 'RUN',
  authorUserId: null,
  authorSource: null,
  authorExternalId: null,
  authorKey: `run:${runId}`,
});

/**
 * The author of what a caller writes: a person is a USER; a service token, which is nobody in particular, is an
 * Annograph contributor named by the token's id (a pipeline that writes for its own labelers names them instead).
 */
export function authorOfActor(actor: Actor): AuthorColumns {
  const viewer = actor.viewer;
  if (viewer.kind === 'user') return userAuthor(viewer.userId);
  if (viewer.kind === 'service') return contributorAuthor('ANNOGRAPH', viewer.tokenId);
  return contributorAuthor('ANNOGRAPH', null);
}
