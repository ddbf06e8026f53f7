import { newId } from '../../src/ids';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';
import { insertProject, insertLabelingTask } from '../support/factories';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { FLEISS_1971 } from './published-examples';

const QUERY = `query($p: ID!, $i: AgreementInput!) { node(id: $p) { ... on Project { agreement(input: $i) {
  value items authors perAuthor { authorKey value items } } } } }`;

describe('Project.agreement over many items', () => {
  let s: ProjectServer;
  const now = '2026-12-07T00:00:00.000Z';

  /** One task per subject, rated by raters r1.. with the categories the row counts, under `key`. */
  async function rateSubjects(key: string, table: readonly (readonly number[])[]) {
    for (const row of table) {
      const taskId = await insertLabelingTask(s.t.db, s.projectId, now);
      const values = row.flatMap((count, category) => Array<number>(count).fill(category + 1));
      await s.t.db
        .insertInto('annotation')
        .values(
          values.map((value, rater) => ({
            id: newId('annotation'),
            projectId: s.projectId,
            taskId,
            level: 'TASK' as const,
            source: 'ANNOGRAPH' as const,
            ...contributorAuthor('SCALE', `r${rater + 1}`),
            key,
            type: 'CATEGORY' as const,
            sourceType: 'category',
            valueJson: JSON.stringify(String(value)),
            createdAt: now,
            updatedAt: now,
          })),
        )
        .execute();
    }
  }

  beforeAll(async () => {
    s = await startProjectServer();
    await rateSubjects('fleiss', FLEISS_1971);
  });
  afterAll(() => stopProjectServer(s));

  it("reproduces Fleiss (1971) kappa = 0.210 through GraphQL, with 14 authors' own agreement", async () => {
    const r = await s.server.execute(QUERY, { p: s.projectId, i: { key: 'fleiss', metric: 'FLEISS_KAPPA' } });
    expect(r.errors).toBeUndefined();
    const a = r.data!.node.agreement;
    expect(a.value).toBeCloseTo(0.21, 3);
    expect(a).toMatchObject({ items: 10, authors: 14 });
    expect(a.perAuthor).toHaveLength(14);
    // Rater r1 rated all 10 subjects (every row has at least one rating).
    expect(a.perAuthor.find((x: { authorKey: string }) => x.authorKey === 'contributor:SCALE:r1').items).toBe(10);
  });

  it('runs the same number of SQL statements for 10 items as for 210', async () => {
    const count = async (key: string) => {
      s.t.statements.length = 0;
      const r = await s.server.execute(QUERY, { p: s.projectId, i: { key, metric: 'KRIPPENDORFF_ALPHA' } });
      expect(r.errors).toBeUndefined();
      return { statements: s.t.statements.length, items: r.data!.node.agreement.items as number };
    };
    const small = await count('fleiss');
    await rateSubjects('many', Array.from({ length: 21 }, () => FLEISS_1971).flat());
    const large = await count('many');
    expect(small.items).toBe(10);
    expect(large.items).toBe(210);
    expect(large.statements).toBe(small.statements);
  });

  it("answers nothing of a project to a member of another organization's project", async () => {
    const stranger = await insertProject(s.t.db, 'Elsewhere');
    s.server.actAs(stranger.owner.viewer);
    try {
      const r = await s.server.execute(QUERY, { p: s.projectId, i: { key: 'fleiss', metric: 'FLEISS_KAPPA' } });
      expect(r.data?.node ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain('0.2');
    } finally {
      s.server.actAs(s.owner.viewer);
    }
  });
});
