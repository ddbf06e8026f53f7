import { isIsoInstant } from '../../src/iso-instant';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { createTestServer } from '../support/server';

// Issue 16's validation holes in the shared scalars and page sizes.
describe(`${DIALECT}: bounds of shared inputs`, () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;

  beforeAll(async () => {
    t = await createTestDb();
    server = await createTestServer(t.db);
    server.actAs((await insertProject(t.db, 'Bounds')).owner.viewer);
  });
  afterAll(async () => {
    await server.stop();
    await t.destroy();
  });

  it('knows the calendar: no 30 February, 31 April or hour 24; leap days only in leap years', () => {
    expect(
      [
        '2026-02-30T00:00:00Z',
        '2026-04-31T10:00:00Z',
        '2026-01-01T24:00:00Z',
        '2026-01-01T10:60:00Z',
        '2026-13-01T00:00:00Z',
        '2027-02-29T00:00:00Z',
        '2026-01-01T00:00:00+24:00',
      ].filter(isIsoInstant),
    ).toEqual([]);
    expect(
      ['2028-02-29T00:00:00Z', '2026-12-31T23:59:59.999999+05:30', '2026-11-25T10:57:00Z'].every(isIsoInstant),
    ).toBe(true);
  });

  it('refuses 30 February as a DateTime with BAD_USER_INPUT and accepts 29 February of a leap year', async () => {
    const query = 'query($after: DateTime) { tasks(filter: { createdAfter: $after }) { totalCount } }';
    const refused = await server.execute(query, { after: '2026-02-30T00:00:00Z' });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/ISO-8601 instant/);
    const literal = await server.execute('{ tasks(filter: { createdAfter: "2026-02-30T00:00:00Z" }) { totalCount } }');
    expect(literal.errors![0].extensions!.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    expect((await server.execute(query, { after: '2028-02-29T00:00:00Z' })).errors).toBeUndefined();
  });

  it.each([2147483647, 101, -1])('answers first: %s with BAD_USER_INPUT, not QUERY_TOO_COMPLEX', async (first) => {
    const result = await server.execute(
      'query($n: Int) { projects(first: $n) { nodes { tasks(first: $n) { nodes { id } } } } }',
      { n: first },
    );
    expect(result.errors?.map((e) => e.extensions!.code)).toEqual(['BAD_USER_INPUT']);
  });
});
