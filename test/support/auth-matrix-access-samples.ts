import { newId } from '../../src/ids';
import { recordChange, SYSTEM_ACTOR, transactionWithChanges } from '../../src/modules/change/change-log';
import { insertAccount } from './accounts';
import type { Caller, Sample } from './auth-matrix-rules';
import type { MatrixEnv } from './auth-matrix-env';

// Auth-matrix samples of the access, organization, project, node and rate-limit modules and federation.
export function accessSamples(env: MatrixEnv): Record<string, Sample> {
  const { found, mutate, unique, now } = env;

  /** A project in organization A where the caller has the same role as on P (to be deleted). */
  async function projectLikeP(c: Caller): Promise<string> {
    const id = newId('project');
    await env.db
      .insertInto('project')
      .values({
        id,
        organizationId: env.organizationId,
        name: unique('throwaway'),
        source: 'ANNOGRAPH',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    if (c.projectRole && c.viewer.kind === 'user') {
      await env.db
        .insertInto('projectMember')
        .values({
          id: newId('projectMember'),
          projectId: id,
          userId: c.viewer.userId,
          role: c.projectRole,
          createdAt: now(),
        })
        .execute();
    }
    return id;
  }

  return {
    'Query._service': { target: 'none', run: (c) => found(c, '{ _service { sdl } }', (d) => d._service.sdl) },
    'Query._entities': {
      target: 'project',
      run: (c) =>
        found(
          c,
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id } } }',
          (d) => d._entities[0],
          { r: [{ __typename: 'Task', id: env.ids.task }] },
        ),
    },
    'Query.rateLimit': {
      target: 'none',
      run: (c) =>
        found(
          c,
          '{ rateLimit { limit remaining } }',
          (d) => d.rateLimit.limit === 1_000_000 && d.rateLimit.remaining > 0,
        ),
    },
    'Query.viewer': { target: 'none', run: (c) => found(c, '{ viewer { token { id } } }', (d) => d.viewer.token.id) },
    'Query.node': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { node(id: $id) { id } }', (d) => d.node, { id: env.ids.task }),
    },
    'Query.nodes': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { nodes(ids: [$id]) { id } }', (d) => d.nodes[0], { id: env.ids.task }),
    },
    'Query.organization': {
      target: 'organization',
      run: (c) =>
        found(c, 'query($id: ID!) { organization(id: $id) { id } }', (d) => d.organization, { id: env.organizationId }),
    },
    'Query.organizations': {
      target: 'organization',
      run: (c) =>
        found(c, '{ organizations { nodes { id } } }', (d) =>
          d.organizations.nodes.some((n: any) => n.id === env.organizationId),
        ),
    },
    'Query.project': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { project(id: $id) { id } }', (d) => d.project, { id: env.projectId }),
    },
    'Query.changes': {
      target: 'project',
      run: async (c) => {
        // A change of P of its own, so that "visible" means a non-empty page.
        await transactionWithChanges(env.db, async (trx) =>
          recordChange(trx, {
            type: 'PROJECT_CREATED',
            objectId: env.projectId,
            projectId: env.projectId,
            by: SYSTEM_ACTOR,
          }),
        );
        return found(
          c,
          'query($p: ID!) { changes(projectId: $p, first: 1) { totalCount } }',
          (d) => d.changes.totalCount > 0,
          { p: env.projectId },
        );
      },
    },
    'Query.projects': {
      target: 'project',
      run: (c) =>
        found(c, '{ projects { nodes { id } } }', (d) => d.projects.nodes.some((n: any) => n.id === env.projectId)),
    },
    'Mutation.tokenCreate': {
      target: 'none',
      run: (c) =>
        mutate(c, 'mutation { tokenCreate(input: { name: "matrix" }) { secret userErrors { code } } }', 'tokenCreate'),
    },
    'Mutation.serviceTokenCreate': {
      target: 'organization',
      run: (c) =>
        mutate(
          c,
          'mutation($o: ID!) { serviceTokenCreate(input: { organizationId: $o, name: "w", role: VIEWER }) { secret userErrors { code } } }',
          'serviceTokenCreate',
          { o: env.organizationId },
        ),
    },
    'Mutation.tokenRevoke': {
      target: 'none',
      // Each caller revokes its own token; the matrix acts through viewers, so later samples still run.
      run: (c) =>
        mutate(c, 'mutation($id: ID!) { tokenRevoke(id: $id) { token { id } userErrors { code } } }', 'tokenRevoke', {
          id: c.viewer.kind === 'anonymous' ? 'tok_none' : c.viewer.tokenId,
        }),
    },
    'Mutation.organizationUpdate': {
      target: 'organization',
      run: (c) =>
        mutate(
          c,
          'mutation($id: ID!, $n: String) { organizationUpdate(id: $id, input: { name: $n }) { organization { id } userErrors { code } } }',
          'organizationUpdate',
          { id: env.organizationId, n: unique('A') },
        ),
    },
    'Mutation.organizationMemberSet': {
      target: 'organization',
      run: (c) =>
        mutate(
          c,
          'mutation($o: ID!, $e: String!) { organizationMemberSet(input: { organizationId: $o, email: $e, role: MEMBER }) { member { id } userErrors { code } } }',
          'organizationMemberSet',
          { o: env.organizationId, e: `${unique('new')}@test.example` },
        ),
    },
    'Mutation.organizationMemberRemove': {
      target: 'organization',
      run: async (c) => {
        const member = await insertAccount(env.db, { organizationId: env.organizationId, organizationRole: 'MEMBER' });
        return mutate(
          c,
          'mutation($o: ID!, $u: ID!) { organizationMemberRemove(input: { organizationId: $o, userId: $u }) { removedMemberId userErrors { code } } }',
          'organizationMemberRemove',
          { o: env.organizationId, u: member.userId },
        );
      },
    },
    'Mutation.projectCreate': {
      target: 'organization',
      run: (c) =>
        mutate(
          c,
          'mutation($o: ID!, $n: String!) { projectCreate(input: { organizationId: $o, name: $n }) { project { id } userErrors { code } } }',
          'projectCreate',
          { o: env.organizationId, n: unique('created') },
        ),
    },
    'Mutation.projectDelete': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($id: ID!) { projectDelete(id: $id) { deletedProjectId userErrors { code } } }',
          'projectDelete',
          { id: await projectLikeP(c) },
        ),
    },
    'Mutation.projectMemberSet': {
      target: 'project',
      run: async (c) => {
        const member = await insertAccount(env.db, { organizationId: env.organizationId, organizationRole: 'MEMBER' });
        return mutate(
          c,
          'mutation($p: ID!, $u: ID!) { projectMemberSet(input: { projectId: $p, userId: $u, role: VIEWER }) { member { id } userErrors { code } } }',
          'projectMemberSet',
          { p: env.projectId, u: member.userId },
        );
      },
    },
    'Mutation.projectMemberRemove': {
      target: 'project',
      run: async (c) => {
        const member = await insertAccount(env.db, {
          organizationId: env.organizationId,
          organizationRole: 'MEMBER',
          projectId: env.projectId,
          projectRole: 'VIEWER',
        });
        return mutate(
          c,
          'mutation($p: ID!, $u: ID!) { projectMemberRemove(input: { projectId: $p, userId: $u }) { removedMemberId userErrors { code } } }',
          'projectMemberRemove',
          { p: env.projectId, u: member.userId },
        );
      },
    },
  };
}
