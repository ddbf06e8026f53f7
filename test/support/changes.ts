import type { ProjectServer } from './project-server';

export type ChangeNode = {
  type: string;
  objectType: string;
  objectId: string;
  projectId: string | null;
  actor: { kind: string; id: string | null };
  payload: Record<string, unknown>;
};

/** The selection of a change's actor, and the actor as one id: the user's, the token's or the worker's. */
export const ACTOR = 'actor { kind userId tokenId worker }';
export function withActorId<T extends { actor: Record<string, string | null> }>({ actor, ...rest }: T) {
  return { ...rest, actor: { kind: actor.kind!, id: actor.userId ?? actor.tokenId ?? actor.worker ?? null } };
}

const PAGE = `pageInfo { hasNextPage endCursor } nodes { type objectType objectId projectId ${ACTOR} payload }`;

/**
 * Reads a project's change log through the API as the project's owner: `mark()` is where it ends now, `since(mark)`
 * every change after it, oldest first. A suite asserts exactly what one mutation recorded.
 */
export function changeLog(s: ProjectServer) {
  const read = async (after: string | null, first: number, last?: number) => {
    s.server.actAs(s.owner.viewer);
    const result = await s.server.execute(
      `query($p: ID!, $after: String, $first: Int, $last: Int) { changes(projectId: $p, after: $after, first: $first, last: $last) { ${PAGE} } }`,
      { p: s.projectId, after, ...(last === undefined ? { first } : { last }) },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const page = result.data!.changes as {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (Omit<ChangeNode, 'actor'> & { actor: Record<string, string | null> })[];
    };
    return { pageInfo: page.pageInfo, nodes: page.nodes.map(withActorId) as ChangeNode[] };
  };
  return {
    /** The cursor of the last change so far (null while the log is empty). */
    mark: async (): Promise<string | null> => (await read(null, 0, 1)).pageInfo.endCursor,
    since: async (mark: string | null): Promise<ChangeNode[]> => {
      const all: ChangeNode[] = [];
      for (let after = mark, more = true; more;) {
        const page = await read(after, 100);
        all.push(...page.nodes);
        more = page.pageInfo.hasNextPage;
        after = page.pageInfo.endCursor;
      }
      return all;
    },
  };
}
