import { sql } from 'kysely';
import { getNamedType, isObjectType } from 'graphql';
import { ROOT_FIELD_RULES, type Rule } from '../../src/auth/role-table';
import { DEMO_SERVICE_TOKEN } from '../../src/demo/demo-accounts';
import { buildSchema } from '../../src/graphql/schema';
import { newId } from '../../src/ids';
import { accessSamples } from '../support/auth-matrix-access-samples';
import { codingSamples } from '../support/auth-matrix-coding-samples';
import { connectorSamples } from '../support/auth-matrix-connector-samples';
import { matrixEnv } from '../support/auth-matrix-env';
import { createMatrixFixture, SERVICE_ROLES, type MatrixFixture } from '../support/auth-matrix-fixture';
import { exportSamples } from '../support/auth-matrix-export-samples';
import { promptSamples } from '../support/auth-matrix-prompt-samples';
import { expected, type Sample } from '../support/auth-matrix-rules';
import { sessionSamples } from '../support/auth-matrix-session-samples';
import { taskSamples } from '../support/auth-matrix-task-samples';
import { webhookSamples } from '../support/auth-matrix-webhook-samples';
import { DIALECT } from '../support/db';

// Every root field of the schema, for every kind of caller, against the role table (src/auth/role-table.ts);
// what each caller may do follows from the rule alone (test/support/auth-matrix-rules.ts). The callers and the
// rows they act on: test/support/auth-matrix-fixture.ts; one sample per root field: test/support/auth-matrix-*-samples.ts.
describe(`${DIALECT}: auth matrix`, () => {
  let fx: MatrixFixture;
  const env = matrixEnv(() => fx);

  beforeAll(async () => {
    fx = await createMatrixFixture();
  });
  afterAll(async () => {
    await fx.destroy();
  });

  const SAMPLES: Record<string, Sample> = {
    ...codingSamples(env),
    ...promptSamples(env),
    ...exportSamples(env),
    ...sessionSamples(env),
    ...taskSamples(env),
    ...accessSamples(env),
    ...webhookSamples(env),
    ...connectorSamples(env),
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
    expect(fx.callers.filter((c) => c.viewer.kind === 'service' && c.serviceRole).map((c) => c.serviceRole)).toEqual([
      ...SERVICE_ROLES,
    ]);
    // The demo's "release worker" still releases, queues and works the improvement queue: it is ADMIN.
    const worker = fx.callers.find((c) => c.serviceRole === DEMO_SERVICE_TOKEN.role)!;
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
      for (const caller of fx.callers) {
        const want = expected(rule, caller, sample.target);
        const got = await sample.run(caller);
        checked++;
        if (got !== want) mismatches.push(`${field} as ${caller.name}: expected ${want}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(Object.keys(SAMPLES).length * fx.callers.length);
  });

  it('words FORBIDDEN as the seed does and names the required role', async () => {
    const annotator = fx.callers.find((c) => c.name === 'project ANNOTATOR')!;
    const result = await env.run(
      annotator,
      'mutation($p: ID!, $u: ID!) { projectMemberSet(input: { projectId: $p, userId: $u, role: VIEWER }) { member { id } } }',
      { p: env.projectId, u: 'user_x' },
    );
    expect(result.errors![0].message).toBe('User does not have the minimal required project role "ADMIN"');
    expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN' });
  });

  it("words FORBIDDEN for a service token as for a person, in the seed's words", async () => {
    const person = fx.callers.find((c) => c.name === 'project MANAGER')!;
    const token = fx.callers.find((c) => c.name === 'service token MANAGER')!;
    const release = 'mutation($p: ID!) { batchRelease(projectId: $p, releaseId: "wording") { batch { id } } }';
    const promptDelete = 'mutation($id: ID!) { promptDelete(id: $id) { deletedId } }';
    const prompt = newId('prompt');
    await env.db
      .insertInto('prompt')
      .values({
        id: prompt,
        organizationId: env.organizationId,
        title: 'w',
        skillName: 'TEXT_CLASSIFICATION',
        inputFieldsJson: '["text"]',
        outputClassesJson: '["a"]',
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .execute();
    const cases = [
      {
        query: release,
        variables: { p: env.projectId },
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
        const result = await env.run(caller, query, variables);
        expect([caller.name, result.errors?.map((e) => e.message)]).toEqual([caller.name, [message]]);
        expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN', scope });
      }
    }
  });

  it('a read-only service token does not ship the collecting batch nor queue a session', async () => {
    const viewerToken = fx.callers.find((c) => c.name === 'service token VIEWER')!;
    const collecting = newId('batch');
    await env.db
      .insertInto('batch')
      .values({
        id: collecting,
        projectId: env.projectId,
        kind: 'SESSIONS',
        name: env.unique('collecting'),
        status: 'COLLECTING',
        source: 'ANNOGRAPH',
        createdAt: env.now(),
        updatedAt: env.now(),
      })
      .onConflict((oc: any) => oc.column('projectId').where('status', '=', sql.lit('COLLECTING')).doNothing())
      .execute();
    const released = await env.run(
      viewerToken,
      'mutation($p: ID!) { batchRelease(projectId: $p, releaseId: "read-only") { batch { id } } }',
      { p: env.projectId },
    );
    expect(released.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const open = await env.db
      .selectFrom('batch')
      .select(['status', 'releaseId'])
      .where('projectId', '=', env.projectId)
      .where('kind', '=', 'SESSIONS')
      .where('releaseId', '=', 'read-only')
      .execute();
    expect(open).toEqual([]);
    const before = await env.db
      .selectFrom('improvementItem')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sessionId', '=', env.ids.searchSession)
      .executeTakeFirstOrThrow();
    const queued = await env.run(
      viewerToken,
      'mutation($s: ID!) { sessionUseForImprovement(sessionId: $s) { item { id } } }',
      { s: env.ids.searchSession },
    );
    expect(queued.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await env.db
      .selectFrom('improvementItem')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sessionId', '=', env.ids.searchSession)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
