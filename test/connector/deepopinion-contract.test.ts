import { startFakeDeepOpinion } from '../support/fake-upstreams/deepopinion';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND } from './connector-helpers';

// The seed marks no field of a Correction required: a session that leaves out (or nulls) its name, type, classes,
// labels, document count or its model's display name still comes in, with the fallbacks the README names.
describe('DeepOpinion connector: sparse correction sessions', () => {
  let s: ProjectServer;
  beforeAll(async () => {
    s = await startProjectServer('DO contract', {}, { outbound: LOCAL_OUTBOUND });
  });
  afterAll(() => stopProjectServer(s));

  it('syncs a session with only id, uuid, status, created and model.id', async () => {
    const fake = await startFakeDeepOpinion('jwt', {
      projectId: 17,
      corrections: [
        {
          id: 901,
          uuid: '7f0c1d2e-0000-4000-8000-000000000901',
          status: 'ANNOTATING',
          created: '2026-11-02',
          model: { id: 77 },
          name: null,
          type: null,
          classes: null,
        },
        {
          id: 902,
          uuid: '7f0c1d2e-0000-4000-8000-000000000902',
          status: 'CREATED',
          created: '2026-11-02T10:00:00Z',
          model: { id: 77, display_name: 'Reviews v2' },
          labels: ['POS', 'NEG'],
        },
      ],
    });
    try {
      const api = connectorApi((q, v) => s.server.execute(q, v));
      const { connector } = await api.create({
        projectId: s.projectId,
        kind: 'DEEPOPINION',
        baseUrl: fake.url,
        credentials: 'jwt',
        options: { projectId: 17 },
      });
      const { run } = await api.run(connector.id);
      await drain(s.t.db);
      expect(await api.runOf(run.id)).toMatchObject({ status: 'COMPLETED', created: 2, failed: 0, failures: [] });
      const sessions = await s.t.db
        .selectFrom('correctionSession')
        .innerJoin('coder', 'coder.id', 'correctionSession.coderId')
        .select([
          'correctionSession.externalId',
          'correctionSession.name',
          'classificationType',
          'classesJson',
          'labelsJson',
          'sampleSize',
          'coder.label',
        ])
        .where('correctionSession.projectId', '=', s.projectId)
        .orderBy('correctionSession.externalId')
        .execute();
      expect(sessions).toEqual([
        {
          externalId: '901',
          name: '',
          classificationType: 'CLASS',
          classesJson: '[]',
          labelsJson: '[]',
          sampleSize: 0,
          label: 'Reviews v2',
        },
        {
          externalId: '902',
          name: '',
          classificationType: 'LABEL',
          classesJson: '[]',
          labelsJson: '["POS","NEG"]',
          sampleSize: 0,
          label: 'Reviews v2',
        },
      ]);
    } finally {
      await fake.close();
    }
  });
});
