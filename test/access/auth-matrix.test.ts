import { sql } from 'kysely';
import { getNamedType, isObjectType } from 'graphql';
import { ROOT_FIELD_RULES, type Rule } from '../../src/auth/role-table';
import { expected, topLevel, type Caller, type Outcome, type Sample } from '../support/auth-matrix-rules';
import { sessionSamples } from '../support/auth-matrix-session-samples';
import { codingSamples } from '../support/auth-matrix-coding-samples';
import { promptSamples } from '../support/auth-matrix-prompt-samples';
import { ROLES } from '../../src/auth/roles';
import { DEMO_SERVICE_TOKEN } from '../../src/demo/demo-accounts';
import { ANONYMOUS, type Viewer } from '../../src/auth/viewer';
import { buildSchema } from '../../src/graphql/schema';
import { newId } from '../../src/ids';
import { insertAccount, insertServiceToken } from '../support/accounts';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';
import { createTestServer } from '../support/server';

// Every root field of the schema, for every kind of caller, against the role table (src/auth/role-table.ts);
// what each caller may do follows from the rule alone (test/support/auth-matrix-rules.ts).
// Service tokens of every role a token may have (at most ADMIN): a token acts with its role, like a person.
const SERVICE_ROLES = ['VIEWER', 'ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN'] as const;

describe(`${DIALECT}: auth matrix`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  const callers: Caller[] = [];
  let organizationId: string;
  let projectId: string;
  let ids: { task: string; batch: string; annotation: string; delivery: string; searchSession: string };
  let coder: string;

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(
      t.db,
      {},
      { rateLimit: { points: 1_000_000, restorePerSecond: 20_000, overrides: new Map(), syncMs: 1_000 } },
    );
    const a = await insertProject(t.db, 'P');
    ({ organizationId, projectId } = a);
    const b = await insertProject(t.db, 'Elsewhere');
    const bundle = await insertGenAiTasks(t.db, projectId, 1, {
      threads: 1,
      turns: 1,
      annotationsPerLevel: 1,
      chunks: 1,
    });
    const batch = newId('batch');
    const now = new Date().toISOString();
    await t.db
      .insertInto('batch')
      .values({
        id: batch,
        projectId,
        kind: 'TASKS',
        name: 'b',
        status: 'STAGING',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const delivery = newId('delivery');
    await t.db
      .insertInto('delivery')
      .values({ id: delivery, projectId, name: 'd', source: 'ANNOGRAPH', deliveredAt: now, createdAt: now })
      .execute();
    const searchSession = newId('searchSession');
    await t.db
      .insertInto('searchSession')
      .values({
        id: searchSession,
        projectId,
        batchId: batch,
        sessionNumber: 1,
        source: 'EMBEDDING_STUDIO',
        externalId: 'first',
        searchQueryJson: '"q"',
        createdAt: now,
        registeredAt: now,
      })
      .execute();
    coder = newId('coder');
    await t.db
      .insertInto('coder')
      .values({
        id: coder,
        projectId,
        kind: 'CLASSIFIER',
        label: 'Model',
        source: 'ANNOGRAPH',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await t.db
      .insertInto('document')
      .values({ id: newId('document'), projectId, text: 'A document to sample.', createdAt: now })
      .execute();
    ids = {
      task: bundle.task[0].id as string,
      batch,
      annotation: bundle.annotation[0].id as string,
      delivery,
      searchSession,
    };

    callers.push({ name: 'anonymous', viewer: ANONYMOUS, organizationRole: null });
    for (const role of ROLES) {
      const account = await insertAccount(t.db, {
        organizationId,
        organizationRole: 'MEMBER',
        projectId,
        projectRole: role,
      });
      callers.push({ name: `project ${role}`, viewer: account.viewer, organizationRole: 'MEMBER', projectRole: role });
    }
    callers.push({ name: 'organization OWNER', viewer: a.owner.viewer, organizationRole: 'OWNER' });
    for (const role of ['ADMIN', 'MEMBER'] as const) {
      const account = await insertAccount(t.db, { organizationId, organizationRole: role });
      callers.push({ name: `organization ${role}`, viewer: account.viewer, organizationRole: role });
    }
    callers.push({ name: 'OWNER of another organization', viewer: b.owner.viewer, organizationRole: null });
    for (const role of SERVICE_ROLES) {
      const service = await insertServiceToken(t.db, organizationId, role);
      callers.push({
        name: `service token ${role}`,
        viewer: service.viewer,
        organizationRole: null,
        serviceRole: role,
      });
    }
    const stranger = await insertServiceToken(t.db, b.organizationId, 'ADMIN');
    callers.push({ name: 'service token of another organization', viewer: stranger.viewer, organizationRole: null });
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  const run = (c: Caller, query: string, variables?: Record<string, unknown>) =>
    server.execute(query, variables, c.viewer);
  const found = async (
    c: Caller,
    query: string,
    pick: (data: any) => unknown,
    variables?: Record<string, unknown>,
  ): Promise<Outcome> => {
    const result = await run(c, query, variables);
    return topLevel(result) ?? (pick(result.data) ? 'allowed' : 'invisible');
  };
  const mutate = async (
    c: Caller,
    query: string,
    field: string,
    variables?: Record<string, unknown>,
  ): Promise<Outcome> => {
    const result = await run(c, query, variables);
    const denied = topLevel(result);
    if (denied) return denied;
    const errors = result.data![field].userErrors;
    if (errors.length === 1 && errors[0].code === 'NOT_FOUND') return 'invisible';
    if (errors.length) throw new Error(`${field} for ${c.name}: ${JSON.stringify(errors)}`);
    return 'allowed';
  };
  let serial = 0;
  const unique = (s: string) => `${s}-${++serial}`;
  const now = () => new Date().toISOString();

  /** A project in organization A where the caller has the same role as on P (to be deleted). */
  async function projectLikeP(c: Caller): Promise<string> {
    const id = newId('project');
    await t.db
      .insertInto('project')
      .values({
        id,
        organizationId,
        name: unique('throwaway'),
        source: 'ANNOGRAPH',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    if (c.projectRole && c.viewer.kind === 'user') {
      await t.db
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

  // Fresh targets, one per call, so that a change by one caller does not decide the next caller's answer.
  async function freshTask(status: 'PENDING' | 'COMPLETED' = 'PENDING'): Promise<string> {
    const id = newId('task');
    await t.db
      .insertInto('task')
      .values({ id, projectId, kind: 'GENAI', status, source: 'ANNOGRAPH', createdAt: now(), updatedAt: now() })
      .execute();
    return id;
  }
  async function freshThread(): Promise<string> {
    const id = newId('thread');
    await t.db
      .insertInto('thread')
      .values({ id, projectId, taskId: await freshTask(), createdAt: now() })
      .execute();
    return id;
  }
  async function freshTurn(): Promise<string> {
    const id = newId('turn');
    await t.db
      .insertInto('turn')
      .values({ id, projectId, threadId: await freshThread(), createdAt: now() })
      .execute();
    return id;
  }
  async function freshAnnotation(): Promise<string> {
    const id = newId('annotation');
    await t.db
      .insertInto('annotation')
      .values({
        id,
        projectId,
        taskId: await freshTask(),
        level: 'TASK',
        source: 'ANNOGRAPH',
        key: 'k',
        type: 'INTEGER',
        sourceType: 'integer',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    return id;
  }
  async function freshBatch(status: 'STAGING' | 'IN_PROGRESS' | 'PAUSED'): Promise<string> {
    const id = newId('batch');
    await t.db
      .insertInto('batch')
      .values({
        id,
        projectId,
        kind: 'TASKS',
        name: unique('batch'),
        status,
        source: 'ANNOGRAPH',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    return id;
  }
  const TASK_PAYLOAD = '{ task { id } userErrors { code } }';
  const BATCH_PAYLOAD = '{ batch { id } userErrors { code } }';
  const taskChange = (mutation: string, extra = '') => ({
    target: 'project' as const,
    run: async (c: Caller) =>
      mutate(c, `mutation($id: ID!) { ${mutation}(id: $id${extra}) ${TASK_PAYLOAD} }`, mutation, {
        id: await freshTask(),
      }),
  });
  const batchChange = (mutation: string, status: 'STAGING' | 'IN_PROGRESS' | 'PAUSED') => ({
    target: 'project' as const,
    run: async (c: Caller) =>
      mutate(c, `mutation($id: ID!) { ${mutation}(id: $id) ${BATCH_PAYLOAD} }`, mutation, {
        id: await freshBatch(status),
      }),
  });

  const SAMPLES: Record<string, Sample> = {
    ...codingSamples({
      get db() {
        return t.db;
      },
      get projectId() {
        return projectId;
      },
      found,
      mutate,
      now,
    }),
    ...promptSamples({
      get db() {
        return t.db;
      },
      get projectId() {
        return projectId;
      },
      get organizationId() {
        return organizationId;
      },
      found,
      mutate,
      now,
    }),
    ...sessionSamples({
      get db() {
        return t.db;
      },
      get projectId() {
        return projectId;
      },
      get coder() {
        return coder;
      },
      get batch() {
        return ids.batch;
      },
      get searchSession() {
        return ids.searchSession;
      },
      found,
      mutate,
      unique,
      now,
      freshBatch,
    }),
    'Query.delivery': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { delivery(id: $id) { id } }', (d) => d.delivery, { id: ids.delivery }),
    },
    'Mutation.taskCreate': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($p: ID!) { taskCreate(input: { projectId: $p, metadata: { a: 1 } }) ${TASK_PAYLOAD} }`,
          'taskCreate',
          { p: projectId },
        ),
    },
    'Mutation.taskSetMetadata': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($id: ID!) { taskSetMetadata(id: $id, metadata: { b: 2 }, merge: true) ${TASK_PAYLOAD} }`,
          'taskSetMetadata',
          { id: ids.task },
        ),
    },
    'Mutation.taskComplete': taskChange('taskComplete'),
    'Mutation.taskFail': taskChange('taskFail', ', errors: [{ type: "PROMPT_INFEASIBLE" }]'),
    'Mutation.taskCancel': taskChange('taskCancel'),
    'Mutation.taskDelete': taskChange('taskDelete'),
    'Mutation.threadAppend': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { threadAppend(input: { taskId: $t }) { thread { id } userErrors { code } } }',
          'threadAppend',
          { t: await freshTask() },
        ),
    },
    'Mutation.turnAppend': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { turnAppend(input: { threadId: $t }) { turn { id } userErrors { code } } }',
          'turnAppend',
          { t: await freshThread() },
        ),
    },
    'Mutation.messageAppend': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { messageAppend(input: { turnId: $t, role: USER, text: "hi" }) { message { id } userErrors { code } } }',
          'messageAppend',
          { t: await freshTurn() },
        ),
    },
    'Mutation.annotationCreate': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($t: ID!) { annotationCreate(input: { targetId: $t, key: "k", type: INTEGER, value: 2 }) { annotation { id } userErrors { code } } }',
          'annotationCreate',
          { t: await freshTask() },
        ),
    },
    'Mutation.annotationSetValue': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($id: ID!) { annotationSetValue(id: $id, input: { value: 3 }) { annotation { id } userErrors { code } } }',
          'annotationSetValue',
          { id: await freshAnnotation() },
        ),
    },
    'Mutation.annotationDelete': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($id: ID!) { annotationDelete(id: $id) { deletedAnnotationId userErrors { code } } }',
          'annotationDelete',
          { id: await freshAnnotation() },
        ),
    },
    'Mutation.batchCreate': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($p: ID!, $n: String!) { batchCreate(input: { projectId: $p, name: $n, staging: true }) ${BATCH_PAYLOAD} }`,
          'batchCreate',
          { p: projectId, n: unique('b') },
        ),
    },
    'Mutation.batchFinalize': batchChange('batchFinalize', 'STAGING'),
    'Mutation.batchPause': batchChange('batchPause', 'IN_PROGRESS'),
    'Mutation.batchResume': batchChange('batchResume', 'PAUSED'),
    'Mutation.batchCancel': batchChange('batchCancel', 'IN_PROGRESS'),
    'Mutation.batchSetMetadata': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          `mutation($id: ID!) { batchSetMetadata(id: $id, metadata: { x: 1 }) ${BATCH_PAYLOAD} }`,
          'batchSetMetadata',
          { id: ids.batch },
        ),
    },
    'Mutation.deliveryCreate': {
      target: 'project',
      run: async (c) =>
        mutate(
          c,
          'mutation($p: ID!, $n: String!, $t: [ID!]) { deliveryCreate(input: { projectId: $p, name: $n, taskIds: $t }) { delivery { id } userErrors { code } } }',
          'deliveryCreate',
          { p: projectId, n: unique('d'), t: [await freshTask('COMPLETED')] },
        ),
    },
    'Query._service': { target: 'none', run: (c) => found(c, '{ _service { sdl } }', (d) => d._service.sdl) },
    'Query._entities': {
      target: 'project',
      run: (c) =>
        found(
          c,
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id } } }',
          (d) => d._entities[0],
          { r: [{ __typename: 'Task', id: ids.task }] },
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
      run: (c) => found(c, 'query($id: ID!) { node(id: $id) { id } }', (d) => d.node, { id: ids.task }),
    },
    'Query.nodes': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { nodes(ids: [$id]) { id } }', (d) => d.nodes[0], { id: ids.task }),
    },
    'Query.organization': {
      target: 'organization',
      run: (c) =>
        found(c, 'query($id: ID!) { organization(id: $id) { id } }', (d) => d.organization, { id: organizationId }),
    },
    'Query.organizations': {
      target: 'organization',
      run: (c) =>
        found(c, '{ organizations { nodes { id } } }', (d) =>
          d.organizations.nodes.some((n: any) => n.id === organizationId),
        ),
    },
    'Query.project': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { project(id: $id) { id } }', (d) => d.project, { id: projectId }),
    },
    'Query.projects': {
      target: 'project',
      run: (c) =>
        found(c, '{ projects { nodes { id } } }', (d) => d.projects.nodes.some((n: any) => n.id === projectId)),
    },
    'Query.batch': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { batch(id: $id) { id } }', (d) => d.batch, { id: ids.batch }),
    },
    'Query.tasks': {
      target: 'project',
      run: (c) => found(c, '{ tasks { nodes { id } } }', (d) => d.tasks.nodes.some((n: any) => n.id === ids.task)),
    },
    'Query.task': {
      target: 'project',
      run: (c) => found(c, 'query($id: ID!) { task(id: $id) { id } }', (d) => d.task, { id: ids.task }),
    },
    'Query.annotation': {
      target: 'project',
      run: (c) =>
        found(c, 'query($id: ID!) { annotation(id: $id) { id } }', (d) => d.annotation, { id: ids.annotation }),
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
          { o: organizationId },
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
          { id: organizationId, n: unique('A') },
        ),
    },
    'Mutation.organizationMemberSet': {
      target: 'organization',
      run: (c) =>
        mutate(
          c,
          'mutation($o: ID!, $e: String!) { organizationMemberSet(input: { organizationId: $o, email: $e, role: MEMBER }) { member { id } userErrors { code } } }',
          'organizationMemberSet',
          { o: organizationId, e: `${unique('new')}@test.example` },
        ),
    },
    'Mutation.organizationMemberRemove': {
      target: 'organization',
      run: async (c) => {
        const member = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER' });
        return mutate(
          c,
          'mutation($o: ID!, $u: ID!) { organizationMemberRemove(input: { organizationId: $o, userId: $u }) { removedMemberId userErrors { code } } }',
          'organizationMemberRemove',
          { o: organizationId, u: member.userId },
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
          { o: organizationId, n: unique('created') },
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
        const member = await insertAccount(t.db, { organizationId, organizationRole: 'MEMBER' });
        return mutate(
          c,
          'mutation($p: ID!, $u: ID!) { projectMemberSet(input: { projectId: $p, userId: $u, role: VIEWER }) { member { id } userErrors { code } } }',
          'projectMemberSet',
          { p: projectId, u: member.userId },
        );
      },
    },
    'Mutation.taskImportScale': {
      target: 'project',
      run: (c) =>
        mutate(
          c,
          'mutation($p: ID!, $t: [JSON!]!) { taskImportScale(input: { projectId: $p, tasks: $t }) { summary { created } userErrors { code } } }',
          'taskImportScale',
          {
            p: projectId,
            t: [{ task_id: unique('task'), status: 'pending', created_at: '2026-01-01T00:00:00Z' }],
          },
        ),
    },
    'Mutation.projectMemberRemove': {
      target: 'project',
      run: async (c) => {
        const member = await insertAccount(t.db, {
          organizationId,
          organizationRole: 'MEMBER',
          projectId,
          projectRole: 'VIEWER',
        });
        return mutate(
          c,
          'mutation($p: ID!, $u: ID!) { projectMemberRemove(input: { projectId: $p, userId: $u }) { removedMemberId userErrors { code } } }',
          'projectMemberRemove',
          { p: projectId, u: member.userId },
        );
      },
    },
  };

  it('has a rule and a sample for every root field of the schema, and nothing else', () => {
    const schema = buildSchema();
    const rootFields = ['Query', 'Mutation'].flatMap((root) => {
      const type = schema.getType(root);
      return isObjectType(type) ? Object.keys(type.getFields()).map((f) => `${root}.${f}`) : [];
    });
    expect(rootFields.length).toBeGreaterThan(20);
    expect(Object.keys(ROOT_FIELD_RULES).sort()).toEqual([...rootFields].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...rootFields].sort());
    expect(getNamedType(schema.getQueryType()!.getFields().viewer.type).name).toBe('Viewer');
    // A rule is its scope and least role, nothing else: no flag admits a service token above its role.
    for (const [field, rule] of Object.entries(ROOT_FIELD_RULES)) {
      expect([field, Object.keys(rule).sort()]).toEqual([field, 'role' in rule ? ['role', 'scope'] : ['scope']]);
    }
  });

  it('calls every root field as a service token of every role', () => {
    expect(callers.filter((c) => c.viewer.kind === 'service' && c.serviceRole).map((c) => c.serviceRole)).toEqual([
      ...SERVICE_ROLES,
    ]);
    // The demo's "release worker" still releases, queues and works the improvement queue: it is ADMIN.
    const worker = callers.find((c) => c.serviceRole === DEMO_SERVICE_TOKEN.role)!;
    for (const field of [
      'Mutation.batchRelease',
      'Mutation.sessionUseForImprovement',
      'Mutation.improvementItemClaim',
      'Mutation.improvementItemComplete',
    ] as const) {
      expect([field, expected(ROOT_FIELD_RULES[field], worker, 'project')]).toEqual([field, 'allowed']);
    }
  });

  it('allows and denies every root field for every caller as the role table says', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const [field, sample] of Object.entries(SAMPLES)) {
      const rule = ROOT_FIELD_RULES[field as keyof typeof ROOT_FIELD_RULES] as Rule;
      for (const caller of callers) {
        const want = expected(rule, caller, sample.target);
        const got = await sample.run(caller);
        checked++;
        if (got !== want) mismatches.push(`${field} as ${caller.name}: expected ${want}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(Object.keys(SAMPLES).length * callers.length);
  });

  it('words FORBIDDEN as the seed does and names the required role', async () => {
    const annotator = callers.find((c) => c.name === 'project ANNOTATOR')!;
    const result = await run(
      annotator,
      'mutation($p: ID!, $u: ID!) { projectMemberSet(input: { projectId: $p, userId: $u, role: VIEWER }) { member { id } } }',
      { p: projectId, u: 'user_x' },
    );
    expect(result.errors![0].message).toBe('User does not have the minimal required project role "ADMIN"');
    expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN' });
  });

  it("words FORBIDDEN for a service token as for a person, in the seed's words", async () => {
    const person = callers.find((c) => c.name === 'project MANAGER')!;
    const token = callers.find((c) => c.name === 'service token MANAGER')!;
    const release = 'mutation($p: ID!) { batchRelease(projectId: $p, releaseId: "wording") { batch { id } } }';
    const promptDelete = 'mutation($id: ID!) { promptDelete(id: $id) { deletedId } }';
    const prompt = newId('prompt');
    await t.db
      .insertInto('prompt')
      .values({
        id: prompt,
        organizationId,
        title: 'w',
        skillName: 'TEXT_CLASSIFICATION',
        inputFieldsJson: '["text"]',
        outputClassesJson: '["a"]',
        createdAt: now(),
        updatedAt: now(),
      })
      .execute();
    const cases = [
      {
        query: release,
        variables: { p: projectId },
        message: 'User does not have the minimal required project role "ADMIN"',
        scope: 'project',
      },
      {
        query: promptDelete,
        variables: { id: prompt },
        message: 'User does not have the minimal required organization role "ADMIN"',
        scope: 'organization',
      },
    ];
    for (const { query, variables, message, scope } of cases) {
      for (const caller of [person, token]) {
        const result = await run(caller, query, variables);
        expect([caller.name, result.errors?.map((e) => e.message)]).toEqual([caller.name, [message]]);
        expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN', scope });
      }
    }
  });

  it('a read-only service token does not ship the collecting batch nor queue a session', async () => {
    const viewerToken = callers.find((c) => c.name === 'service token VIEWER')!;
    const collecting = newId('batch');
    await t.db
      .insertInto('batch')
      .values({
        id: collecting,
        projectId,
        kind: 'SESSIONS',
        name: unique('collecting'),
        status: 'COLLECTING',
        source: 'ANNOGRAPH',
        createdAt: now(),
        updatedAt: now(),
      })
      .onConflict((oc: any) => oc.column('projectId').where('status', '=', sql.lit('COLLECTING')).doNothing())
      .execute();
    const released = await run(
      viewerToken,
      'mutation($p: ID!) { batchRelease(projectId: $p, releaseId: "read-only") { batch { id } } }',
      { p: projectId },
    );
    expect(released.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const open = await t.db
      .selectFrom('batch')
      .select(['status', 'releaseId'])
      .where('projectId', '=', projectId)
      .where('kind', '=', 'SESSIONS')
      .where('releaseId', '=', 'read-only')
      .execute();
    expect(open).toEqual([]);
    const before = await t.db
      .selectFrom('improvementItem')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sessionId', '=', ids.searchSession)
      .executeTakeFirstOrThrow();
    const queued = await run(
      viewerToken,
      'mutation($s: ID!) { sessionUseForImprovement(sessionId: $s) { item { id } } }',
      { s: ids.searchSession },
    );
    expect(queued.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await t.db
      .selectFrom('improvementItem')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sessionId', '=', ids.searchSession)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
