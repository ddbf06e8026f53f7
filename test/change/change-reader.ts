import type { Viewer } from '../../src/auth/viewer';
import { ACTOR, withActorId } from '../support/changes';
import type { TestServer } from '../support/project-server';

// Reads the change log through the real server, for the suites of test/change: what a step added to a project's
// or an organization's log, as a given viewer sees it.

export type Scope = { projectId: string } | { organizationId: string };
export type ChangeNode = {
  id: string;
  type: string;
  objectType: string;
  objectId: string;
  projectId: string | null;
  organizationId: string;
  actor: { kind: string; id: string | null };
  payload: Record<string, unknown>;
};

const CHANGES = `query($p: ID, $o: ID, $after: String, $last: Int, $first: Int) {
  changes(projectId: $p, organizationId: $o, after: $after, last: $last, first: $first) {
    pageInfo { endCursor hasNextPage }
    nodes { id type objectType objectId projectId organizationId ${ACTOR} payload }
  }
}`;

export function changeReader(server: TestServer, reader: Viewer) {
  async function page(scope: Scope, args: Record<string, unknown>, viewer: Viewer) {
    const result = await server.execute(
      CHANGES,
      {
        p: 'projectId' in scope ? scope.projectId : null,
        o: 'organizationId' in scope ? scope.organizationId : null,
        ...args,
      },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    const changes = result.data!.changes as {
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      nodes: (Omit<ChangeNode, 'actor'> & { actor: Record<string, string | null> })[];
    };
    return { pageInfo: changes.pageInfo, nodes: changes.nodes.map(withActorId) as ChangeNode[] };
  }

  /** Every change of the scope after `after` (from the start when null), oldest first. */
  async function after(scope: Scope, cursor: string | null, viewer = reader): Promise<ChangeNode[]> {
    const nodes: ChangeNode[] = [];
    for (let next = cursor; ;) {
      const p = await page(scope, { after: next, first: 100 }, viewer);
      nodes.push(...p.nodes);
      if (!p.pageInfo.hasNextPage) return nodes;
      next = p.pageInfo.endCursor;
    }
  }

  /** The cursor of the scope's last change now (null before the first). */
  const end = async (scope: Scope, viewer = reader) => (await page(scope, { last: 1 }, viewer)).pageInfo.endCursor;

  /** What `step` added to the scope's log, as `viewer` sees it. */
  async function during(scope: Scope, step: () => Promise<unknown>, viewer = reader): Promise<ChangeNode[]> {
    const mark = await end(scope, viewer);
    await step();
    return after(scope, mark, viewer);
  }

  return { after, end, during };
}
