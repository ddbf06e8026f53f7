import { newId } from '../../src/ids';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';
import { insertLabelingTask } from '../support/factories';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, missing
// values; alpha_nominal = 0.743 with n = 40 pairable values (unit 12 has one value and is dropped).
const K2011: Record<string, (number | null)[]> = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
};
const QUERY = `query($p: ID!, $i: AgreementInput!) { node(id: $p) { ... on Project { agreement(input: $i) {
  metric level value undefinedReason items authors pairableValues observedDisagreement perAuthor { authorKey items } } } } }`;

describe('Project.agreement', () => {
  let s: ProjectServer;

  beforeAll(async () => {
    s = await startProjectServer();
    const now = '2026-12-07T00:00:00.000Z';
    for (let unit = 0; unit < 12; unit++) {
      const taskId = await insertLabelingTask(s.t.db, s.projectId, now);
      for (const [coder, values] of Object.entries(K2011)) {
        if (values[unit] === null) continue;
        await s.t.db
          .insertInto('annotation')
          .values({
            id: newId('annotation'),
            projectId: s.projectId,
            taskId,
            level: 'TASK',
            source: 'ANNOGRAPH',
            ...contributorAuthor('SCALE', coder),
            key: 'score',
            type: 'INTEGER',
            sourceType: 'integer',
            valueJson: JSON.stringify(values[unit]),
            createdAt: now,
            updatedAt: now,
          })
          .execute();
      }
    }
  });
  afterAll(() => stopProjectServer(s));

  it('reproduces Krippendorff (2011) nominal alpha = 0.743 through GraphQL', async () => {
    const r = await s.server.execute(QUERY, { p: s.projectId, i: { key: 'score', metric: 'KRIPPENDORFF_ALPHA' } });
    expect(r.errors).toBeUndefined();
    const a = (r.data!.node as { agreement: Record<string, unknown> }).agreement;
    expect(a).toMatchObject({
      metric: 'KRIPPENDORFF_ALPHA',
      level: 'NOMINAL',
      items: 11,
      authors: 4,
      pairableValues: 40,
    });
    expect(a.value as number).toBeCloseTo(0.743, 3);
    expect(a.observedDisagreement as number).toBeCloseTo(0.2, 9);
  });

  it("refuses Cohen's kappa over four authors with BAD_USER_INPUT and reason NEEDS_TWO_AUTHORS", async () => {
    const r = await s.server.execute(QUERY, { p: s.projectId, i: { key: 'score', metric: 'COHEN_KAPPA' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NEEDS_TWO_AUTHORS' });
  });

  it("refuses Fleiss' kappa when items have different numbers of authors (the 2011 data has missing values)", async () => {
    const r = await s.server.execute(QUERY, { p: s.projectId, i: { key: 'score', metric: 'FLEISS_KAPPA' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNEQUAL_RATER_COUNTS' });
  });

  it('answers null with NO_PAIRABLE_VALUES for a key nobody annotated', async () => {
    const r = await s.server.execute(QUERY, { p: s.projectId, i: { key: 'absent', metric: 'KRIPPENDORFF_ALPHA' } });
    expect(r.errors).toBeUndefined();
    expect((r.data!.node as { agreement: unknown }).agreement).toMatchObject({
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
      items: 0,
    });
  });

  it('reproduces the same data at the interval level (Krippendorff 2011: alpha_interval = 0.849)', async () => {
    const i = { key: 'score', metric: 'KRIPPENDORFF_ALPHA', level: 'INTERVAL' };
    const r = await s.server.execute(QUERY, { p: s.projectId, i });
    expect(r.errors).toBeUndefined();
    expect((r.data!.node as { agreement: { value: number } }).agreement.value).toBeCloseTo(0.849, 3);
  });

  it('measures only the tasks a TaskFilter matches', async () => {
    const run = async (filter: Record<string, unknown>) =>
      (
        await s.server.execute(QUERY, {
          p: s.projectId,
          i: { key: 'score', metric: 'KRIPPENDORFF_ALPHA', filter },
        })
      ).data!.node.agreement;
    expect(await run({ status: ['PENDING'] })).toMatchObject({ items: 11, pairableValues: 40 });
    expect(await run({ status: ['COMPLETED'] })).toMatchObject({
      items: 0,
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
    });
  });

  it('names each author of perAuthor as Annotation.author does, and narrows to the author kinds asked', async () => {
    const q = `query($p: ID!, $i: AgreementInput!) { node(id: $p) { ... on Project { agreement(input: $i) {
      items perAuthor { authorKey author { __typename ... on ExternalContributor { source externalId } } } } } } }`;
    const all = (await s.server.execute(q, { p: s.projectId, i: { key: 'score', metric: 'KRIPPENDORFF_ALPHA' } })).data!
      .node.agreement;
    expect(all.perAuthor.map((a: { author: unknown }) => a.author)).toEqual(
      ['A', 'B', 'C', 'D'].map((externalId) => ({ __typename: 'ExternalContributor', source: 'SCALE', externalId })),
    );
    const users = (
      await s.server.execute(q, {
        p: s.projectId,
        i: { key: 'score', metric: 'KRIPPENDORFF_ALPHA', authorKinds: ['USER'] },
      })
    ).data!.node.agreement;
    expect(users).toEqual({ items: 0, perAuthor: [] });
  });
});
