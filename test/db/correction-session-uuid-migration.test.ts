import { Migrator, sql } from 'kysely';
import { migrations } from '../../src/db/migrations';
import { newId } from '../../src/ids';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

// 2026_12_07_1340_correction_session_uuid_per_project: the uuid becomes unique per project. On SQLite the table is
// rebuilt; the sessions made before it keep their rows, their segments and tags (no cascade), and their indexes.
/** The store's refusal as text (a driver's error may come from another realm than jest's Error). */
const refusal = (write: Promise<unknown>) =>
  write.then(
    () => 'written',
    (e: unknown) => String(e),
  );

describe(`${DIALECT}: the correction session uuid migration`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.destroy());

  it('keeps existing sessions with their segments and tags, and lets another project reuse a uuid', async () => {
    const migrator = new Migrator({
      db: t.db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: t.schema,
    });
    expect((await migrator.migrateTo('2026_12_07_1100_create_connectors')).error).toBeUndefined();

    const now = new Date().toISOString();
    const db = t.db as any;
    const a = await insertProject(t.db, 'A');
    const b = await insertProject(t.db, 'B');
    const coder = (projectId: string) => ({
      id: newId('coder'),
      projectId,
      kind: 'CLASSIFIER',
      label: 'm',
      source: 'DEEPOPINION',
      externalId: '60',
      createdAt: now,
      updatedAt: now,
    });
    const coderA = coder(a.projectId);
    const coderB = coder(b.projectId);
    await db.insertInto('coder').values([coderA, coderB]).execute();
    const documentId = newId('document');
    await db
      .insertInto('document')
      .values({ id: documentId, projectId: a.projectId, text: 'Nice bed', createdAt: now })
      .execute();
    const segmentId = newId('segment');
    await db
      .insertInto('segment')
      .values({ id: segmentId, projectId: a.projectId, documentId, spanStart: 0, spanEnd: 8, text: 'Nice bed' })
      .execute();
    const session = (projectId: string, coderId: string) => ({
      id: newId('correctionSession'),
      projectId,
      coderId,
      uuid: '7f0c1d2e-0000-4000-8000-000000000000',
      source: 'DEEPOPINION',
      externalId: '200',
      name: 'Correction 1',
      status: 'ANNOTATING',
      classificationType: 'ABSA',
      classesJson: '["Comfort"]',
      labelsJson: '["POS"]',
      sampleSize: 1,
      createdAt: now,
      updatedAt: now,
    });
    const sessionA = session(a.projectId, coderA.id);
    await db.insertInto('correctionSession').values(sessionA).execute();
    // Before: the uuid is unique across the table, so the other tenant's copy of the session is refused.
    await expect(
      refusal(db.insertInto('correctionSession').values(session(b.projectId, coderB.id)).execute()),
    ).resolves.toMatch(/unique/i);
    await db.insertInto('correctionSegment').values({ sessionId: sessionA.id, segmentId, annotatedAt: now }).execute();
    const tagId = newId('correctionTag');
    await db
      .insertInto('correctionTag')
      .values({
        id: tagId,
        projectId: a.projectId,
        sessionId: sessionA.id,
        segmentId,
        class: 'Comfort',
        label: 'POS',
        status: 'READY',
        createdAt: now,
        updatedAt: now,
      })
      .execute();

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    expect(await db.selectFrom('correctionSession').selectAll().execute()).toEqual([
      { ...sessionA, documentGroupId: null, userId: null, description: null, finishedAt: null },
    ]);
    expect(await db.selectFrom('correctionSegment').select(['sessionId', 'segmentId']).execute()).toEqual([
      { sessionId: sessionA.id, segmentId },
    ]);
    expect(await db.selectFrom('correctionTag').select('id').execute()).toEqual([{ id: tagId }]);
    // The same upstream session in another project now has a row of its own; a second copy in one project does not.
    await db.insertInto('correctionSession').values(session(b.projectId, coderB.id)).execute();
    await expect(
      refusal(
        db
          .insertInto('correctionSession')
          .values({ ...session(a.projectId, coderA.id), externalId: '201' })
          .execute(),
      ),
    ).resolves.toMatch(/unique/i);
    await expect(
      refusal(
        db
          .insertInto('correctionSession')
          .values({ ...session(a.projectId, coderA.id), uuid: '7f0c1d2e-0000-4000-8000-00000000000f' })
          .execute(),
      ),
    ).resolves.toMatch(/unique/i);
    // Deleting a session still cascades to its tags: the children's foreign keys reach the rebuilt table.
    await db.deleteFrom('correctionSession').where('id', '=', sessionA.id).execute();
    expect(await db.selectFrom('correctionTag').select('id').execute()).toEqual([]);
    const indexes =
      DIALECT === 'postgres'
        ? await sql<{ name: string }>`select indexname as name from pg_indexes
            where tablename = 'correction_session' and schemaname = current_schema()`.execute(t.db)
        : await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and tbl_name = 'correction_session' and sql is not null`.execute(t.db);
    expect(indexes.rows.map((r) => r.name).filter((n) => !n.endsWith('_pkey'))).toEqual(
      expect.arrayContaining([
        'correction_session_project_idx',
        'correction_session_project_uuid',
        'correction_session_external_unique',
      ]),
    );
    expect(indexes.rows.map((r) => r.name)).not.toContain('correction_session_uuid_key');
  });
});
