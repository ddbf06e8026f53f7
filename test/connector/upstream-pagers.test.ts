import { startFakeDeepOpinion } from '../support/fake-upstreams/deepopinion';
import { startFakeEmbeddingStudio } from '../support/fake-upstreams/embedding-studio';
import { startFakeIqb } from '../support/fake-upstreams/iqb';
import { startFakeLabelStudio } from '../support/fake-upstreams/label-studio';
import { startFakeScale } from '../support/fake-upstreams/scale';
import { clientOf, readAll, recordsOf } from './pager-helpers';

// Each upstream's pager against its fake: every fixture record once, in the contract's pages, with the contract's
// credentials, and a checkpoint per page that resumes at the next.
describe('upstream pagers', () => {
  it('Scale: batches, tasks, then deliveries by project name, limit 100 and next_token, HTTP Basic with the key as user', async () => {
    const fake = await startFakeScale('live_key');
    try {
      const { client } = clientOf('SCALE', fake.url, 'live_key');
      const pages = await readAll('SCALE', client, { projectName: 'Support RLHF' });
      expect(recordsOf(pages, 'batch')).toHaveLength(6);
      expect(recordsOf(pages, 'task').map((r) => r.externalId)).toEqual(fake.data.tasks.map((t) => t.task_id));
      // 1 page of batches, 3 of tasks (230 = 100 + 100 + 30), one per delivery; the last has no next checkpoint.
      expect(pages.map((p) => p.records.length)).toEqual([6, 100, 100, 30, 1, 1, 1]);
      expect(pages[pages.length - 1].next).toBeNull();
      const tasks = fake.requests.filter((r) => r.path === '/v2/tasks');
      expect(tasks.map((r) => r.query.get('limit'))).toEqual(['100', '100', '100']);
      expect(tasks[0].query.get('next_token')).toBeNull();
      expect(tasks[0].headers.authorization).toBe(`Basic ${Buffer.from('live_key:').toString('base64')}`);
      // Resuming at the checkpoint after the second tasks page reads only the last one.
      fake.requests.length = 0;
      const rest = await readAll('SCALE', client, { projectName: 'Support RLHF' }, pages[1].next);
      expect(rest.map((p) => p.records.length)).toEqual([100, 30, 1, 1, 1]);
      // 2 tasks pages, the deliveries, and the 2 + 1 + 1 tasks pages of the three deliveries.
      expect(fake.requests.map((r) => r.path)).toEqual([
        '/v2/tasks',
        '/v2/tasks',
        '/v2/deliveries',
        ...['/v2/delivery', '/v2/delivery', '/v2/delivery', '/v2/delivery'],
      ]);
    } finally {
      await fake.close();
    }
  });

  it('Scale: incremental by completed_after', async () => {
    const fake = await startFakeScale('k');
    try {
      const { client } = clientOf('SCALE', fake.url, 'k');
      const since = '2026-11-01T08:08:00Z';
      const pages = await readAll('SCALE', client, { projectName: 'Support RLHF' }, null, { completedAfter: since });
      const expected = fake.data.tasks.filter((t) => typeof t.completed_at === 'string' && t.completed_at > since);
      expect(expected.length).toBeGreaterThan(0);
      expect(recordsOf(pages, 'task').map((r) => r.externalId)).toEqual(expected.map((t) => t.task_id));
      expect(fake.requests.find((r) => r.path === '/v2/tasks')!.query.get('completed_after')).toBe(since);
    } finally {
      await fake.close();
    }
  });

  it('Label Studio: prompts by page/page_size with their versions and runs, Authorization: Token', async () => {
    const fake = await startFakeLabelStudio('ls_token');
    try {
      const { client } = clientOf('LABEL_STUDIO', fake.url, 'ls_token');
      const pages = await readAll('LABEL_STUDIO', client, { pageSize: 2 });
      expect(pages).toHaveLength(3);
      expect(recordsOf(pages, 'prompt').map((r) => r.externalId)).toEqual(['101', '102', '103', '104', '105']);
      const versions = Object.values(fake.data.versions).flat();
      expect(recordsOf(pages, 'version')).toHaveLength(versions.length);
      expect(recordsOf(pages, 'run')).toHaveLength(Object.values(fake.data.runs).flat().length);
      expect(fake.requests.every((r) => r.headers.authorization === 'Token ls_token')).toBe(true);
      // The `next` URL is not followed: the page number is the connector's own.
      expect(fake.requests.filter((r) => r.path === '/api/prompts/').map((r) => r.query.get('page'))).toEqual([
        '1',
        '2',
        '3',
      ]);
    } finally {
      await fake.close();
    }
  });

  it('EmbeddingStudio: sessions by batch_id and after_number until last_number stops moving', async () => {
    const fake = await startFakeEmbeddingStudio();
    try {
      const { client } = clientOf('EMBEDDING_STUDIO', fake.url, '');
      const pages = await readAll('EMBEDDING_STUDIO', client, { batchIds: ['batch_released_1'], limit: 10 });
      expect(recordsOf(pages, 'session')).toHaveLength(25);
      const afters = fake.requests.map((r) => r.query.get('after_number'));
      expect(afters).toEqual(['0', '10', '20', '25']);
      expect(fake.requests[0].query.get('events_limit')).toBe('100');
      expect(fake.requests[0].headers.authorization).toBeUndefined();
    } finally {
      await fake.close();
    }
  });

  it('DeepOpinion: correction sessions of the project in one unfiltered request, Bearer', async () => {
    const fake = await startFakeDeepOpinion('jwt');
    try {
      const { client } = clientOf('DEEPOPINION', fake.url, 'jwt');
      const pages = await readAll('DEEPOPINION', client, { projectId: 17 });
      expect(pages).toHaveLength(1);
      expect(recordsOf(pages, 'correction').map((r) => r.externalId)).toEqual(
        fake.data.corrections.map((c) => String(c.id)),
      );
      expect(fake.requests.map((r) => [r.path, r.query.has('status')])).toEqual([['/projects/17/corrections', false]]);
      expect(fake.requests[0].headers.authorization).toBe('Bearer jwt');
    } finally {
      await fake.close();
    }
  });

  it('DeepOpinion: options.statuses asks for those statuses only, one page each, resumable per status', async () => {
    const fake = await startFakeDeepOpinion('jwt');
    try {
      const { client } = clientOf('DEEPOPINION', fake.url, 'jwt');
      const options = { projectId: 17, statuses: ['ANNOTATING', 'FINISHED'] };
      const pages = await readAll('DEEPOPINION', client, options);
      expect(fake.requests.map((r) => r.query.get('status'))).toEqual(['ANNOTATING', 'FINISHED']);
      expect(pages.map((p) => p.next)).toEqual(['1', null]);
      const expected = fake.data.corrections.filter((c) => c.status === 'ANNOTATING' || c.status === 'FINISHED');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(fake.data.corrections.length);
      expect(recordsOf(pages, 'correction')).toHaveLength(expected.length);
      fake.requests.length = 0;
      await readAll('DEEPOPINION', client, options, '1');
      expect(fake.requests.map((r) => r.query.get('status'))).toEqual(['FINISHED']);
    } finally {
      await fake.close();
    }
  });

  it('IQB: info, coders, then tasks with their data chunks read in', async () => {
    const fake = await startFakeIqb();
    try {
      const { client } = clientOf('IQB', fake.url, '');
      const pages = await readAll('IQB', client, {});
      expect(recordsOf(pages, 'info')).toHaveLength(1);
      expect(recordsOf(pages, 'coder').map((r) => r.externalId)).toEqual(['coder-1', 'coder-2']);
      const tasks = recordsOf(pages, 'task');
      expect(tasks.map((r) => r.externalId)).toEqual(['task#1001', 'task#1002', 'task#1003', 'task#1004']);
      expect((tasks[1].raw as { chunks: Record<string, unknown[]> }).chunks['chunk-3']).toHaveLength(2);
      expect(fake.requests.some((r) => r.path === '/tasks/task%231002/data/chunk-3')).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('IQB: a 403 on /coders (documented there, the spec has no auth) means no coders; the tasks go on', async () => {
    const fake = await startFakeIqb();
    try {
      fake.failNext('/coders', { kind: 'status', status: 403 });
      const { client } = clientOf('IQB', fake.url, '');
      const pages = await readAll('IQB', client, {});
      expect(recordsOf(pages, 'coder')).toEqual([]);
      expect(recordsOf(pages, 'task').filter((r) => !r.problem)).toHaveLength(4);
    } finally {
      await fake.close();
    }
  });

  it('IQB: a chunk answering 404 (its task deleted meanwhile) fails that task only', async () => {
    const fake = await startFakeIqb();
    try {
      delete fake.data.chunks['chunk-3'];
      const { client } = clientOf('IQB', fake.url, '');
      const tasks = recordsOf(await readAll('IQB', client, {}), 'task');
      expect(tasks.map((r) => [r.externalId, r.problem ?? null])).toEqual([
        ['task#1001', null],
        ['task#1002', 'its data chunk chunk-3 is gone (404)'],
        ['task#1003', null],
        ['task#1004', null],
      ]);
    } finally {
      await fake.close();
    }
  });

  it('Scale: a tasks next_token equal to a batches one is no repeat (one guard per endpoint); opts asks for details', async () => {
    const fake = await startFakeScale('k');
    try {
      // 150 batches: the batches and the tasks both answer the same offset token after their first page.
      for (let i = fake.data.batches.length; i < 150; i++)
        fake.data.batches.push({ ...fake.data.batches[0], id: `batch_extra_${i}`, name: `extra ${i}` });
      const { client } = clientOf('SCALE', fake.url, 'k');
      const pages = await readAll('SCALE', client, { projectName: 'Support RLHF' });
      expect(recordsOf(pages, 'batch')).toHaveLength(150);
      expect(recordsOf(pages, 'task')).toHaveLength(fake.data.tasks.length);
      const tokens = (path: string) =>
        fake.requests.filter((r) => r.path === path && r.query.get('next_token')).map((r) => r.query.get('next_token'));
      expect(tokens('/v2/tasks')[0]).toBe(tokens('/v2/batches')[0]);
      const tasks = fake.requests.filter((r) => r.path === '/v2/tasks');
      expect(tasks.every((r) => r.query.get('opts') === 'annotation_details')).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('Scale: an upstream without /v2/deliveries (404) syncs its batches and tasks, and no deliveries', async () => {
    const fake = await startFakeScale('k');
    try {
      fake.failNext('/v2/deliveries', { kind: 'status', status: 404, body: { status_code: 404, error: 'Not found' } });
      const { client } = clientOf('SCALE', fake.url, 'k');
      const pages = await readAll('SCALE', client, { projectName: 'Support RLHF' });
      expect(recordsOf(pages, 'task')).toHaveLength(fake.data.tasks.length);
      expect(recordsOf(pages, 'delivery')).toEqual([]);
      expect(fake.requests.some((r) => r.path === '/v2/delivery')).toBe(false);
      expect(pages[pages.length - 1].next).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it('Label Studio: a prompts list answered unpaged (a bare array) is one page, the last', async () => {
    const fake = await startFakeLabelStudio('ls_token');
    try {
      const all = fake.data.prompts;
      fake.failNext('/api/prompts/', {
        kind: 'raw',
        status: 200,
        contentType: 'application/json',
        text: JSON.stringify(all),
      });
      const { client } = clientOf('LABEL_STUDIO', fake.url, 'ls_token');
      const pages = await readAll('LABEL_STUDIO', client, { pageSize: 2 });
      expect(pages).toHaveLength(1);
      expect(pages[0].next).toBeNull();
      expect(recordsOf(pages, 'prompt')).toHaveLength(all.length);
    } finally {
      await fake.close();
    }
  });
});
