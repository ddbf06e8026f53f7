import { Migrator } from 'kysely';
import { migrations } from '../../src/db/migrations';
import { newId } from '../../src/ids';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

// 2026_12_07_0400_add_annotation_authors (and 0700's author_explicit): rows written before authorship get the
// author their origin implies: a prediction its run, a Scale row its thread's last submission, another import an
// anonymous contributor of its source, an Annograph row whoever the change log says created it.
describe(`${DIALECT}: the annotation authors migration`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.destroy());

  it('backfills every kind of existing annotation', async () => {
    const migrator = new Migrator({
      db: t.db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: t.schema,
    });
    expect((await migrator.migrateTo('2026_12_07_0300_create_webhooks')).error).toBeUndefined();

    const { projectId, organizationId, owner } = await insertProject(t.db);
    const now = new Date().toISOString();
    const db = t.db as any;
    const [promptId, versionId, runId, taskId, threadId] = [
      newId('prompt'),
      newId('promptVersion'),
      newId('inferenceRun'),
      newId('task'),
      newId('thread'),
    ];
    await db
      .insertInto('prompt')
      .values({
        id: promptId,
        organizationId,
        title: 'p',
        skillName: 'TEXT_CLASSIFICATION',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('promptVersion')
      .values({
        id: versionId,
        promptId,
        title: 'v',
        promptText: 'x',
        provider: 'OFFLINE',
        providerModelId: 'm',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('inferenceRun')
      .values({ id: runId, projectId, promptId, versionId, status: 'COMPLETED', projectSubset: 'ALL', createdAt: now })
      .execute();
    await db
      .insertInto('task')
      .values({
        id: taskId,
        projectId,
        kind: 'GENAI',
        status: 'PENDING',
        source: 'SCALE',
        dataJson: '{}',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('thread')
      .values({
        id: threadId,
        projectId,
        taskId,
        submissionsJson: JSON.stringify([{ contributorId: 'first' }, { contributorId: 'last' }]),
        createdAt: now,
      })
      .execute();
    const ids: Record<string, string> = {};
    const annotation = async (name: string, values: object) => {
      ids[name] = newId('annotation');
      await db
        .insertInto('annotation')
        .values({
          id: ids[name],
          projectId,
          taskId,
          level: 'TASK',
          source: 'ANNOGRAPH',
          key: name,
          type: 'INTEGER',
          sourceType: 'integer',
          createdAt: now,
          updatedAt: now,
          ...values,
        })
        .execute();
    };
    await annotation('prediction', { inferenceRunId: runId, promptVersionId: versionId });
    await annotation('scaleThread', { source: 'SCALE', level: 'THREAD', threadId });
    await annotation('scaleTask', { source: 'SCALE' });
    await annotation('labelStudio', { source: 'LABEL_STUDIO' });
    await annotation('byUser', {});
    await annotation('byToken', {});
    await annotation('unknown', {});
    // `sequence` given by hand: on PostgreSQL the change log assigns it at commit (change-log.ts), not a default.
    const created = (sequence: number, objectId: string, actorKind: string, actorId: string) =>
      db
        .insertInto('change')
        .values({
          sequence,
          id: newId('change'),
          type: 'ANNOTATION_CREATED',
          objectType: 'Annotation',
          objectId,
          organizationId,
          projectId,
          audience: 'MEMBERS',
          actorKind,
          actorId,
          payloadJson: '{}',
          createdAt: now,
        })
        .execute();
    await created(1, ids.byUser, 'USER', owner.userId);
    await created(2, ids.byToken, 'SERVICE_TOKEN', 'tok_1');

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await t.db
      .selectFrom('annotation')
      .select(['key', 'authorKind', 'authorUserId', 'authorSource', 'authorExternalId', 'authorKey', 'authorExplicit'])
      .orderBy('key')
      .execute();
    const row = (
      key: string,
      kind: string,
      userId: string | null,
      source: string | null,
      ext: string | null,
      authorKey: string,
    ) => ({
      key,
      authorKind: kind,
      authorUserId: userId,
      authorSource: source,
      authorExternalId: ext,
      authorKey,
      authorExplicit: 0,
    });
    expect(rows).toEqual(
      [
        row('byToken', 'CONTRIBUTOR', null, 'ANNOGRAPH', 'tok_1', 'contributor:ANNOGRAPH:tok_1'),
        row('byUser', 'USER', owner.userId, null, null, `user:${owner.userId}`),
        row('labelStudio', 'CONTRIBUTOR', null, 'LABEL_STUDIO', null, 'contributor:LABEL_STUDIO:'),
        row('prediction', 'RUN', null, null, null, `run:${runId}`),
        row('scaleTask', 'CONTRIBUTOR', null, 'SCALE', null, 'contributor:SCALE:'),
        row('scaleThread', 'CONTRIBUTOR', null, 'SCALE', 'last', 'contributor:SCALE:last'),
        row('unknown', 'CONTRIBUTOR', null, 'ANNOGRAPH', null, 'contributor:ANNOGRAPH:'),
      ].sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
  });
});
