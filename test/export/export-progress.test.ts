import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIALECT } from '../support/db';
import { insertGenAiTasks } from '../support/factories';
import { collect, liveClient, startLiveServer, waitFor, type LiveServer } from '../support/live-server';

// jobProgress(id:) follows an export job (issue 19 on D9's one Job interface): QUEUED, then RUNNING page by page as
// the server's export worker writes, then SUCCEEDED with every task read; the stream completes.
const FOLLOW = `subscription($id: ID!) { jobProgress(id: $id) { __typename id jobStatus jobProgress { done total fraction } ... on ExportJob { status objectCount url } } }`;

describe(`${DIALECT}: jobProgress of an export`, () => {
  let s: LiveServer;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-export-progress-'));
    s = await startLiveServer(
      { EXPORT_WORKER: 'on', EXPORT_DIR: dir, EXPORT_PAGE_SIZE: '5' },
      { worker: { intervalMs: 20 } },
    );
    await insertGenAiTasks(s.t.db, s.projectId, 23, { threads: 1, turns: 1, annotationsPerLevel: 0, chunks: 1 });
  });
  afterAll(async () => {
    await s.server.stop();
    await s.t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('follows the export from QUEUED to SUCCEEDED, then completes', async () => {
    const { client } = liveClient(s.wsUrl, { authorization: `Bearer ${s.owner.secret}` });
    try {
      const { body } = await s.post(
        s.owner.secret,
        `mutation($p: ID!) { exportCreate(input: { projectId: $p, format: SCALE_JSONL }) { export { id } } }`,
        { p: s.projectId },
      );
      const id = body.data.exportCreate.export.id as string;
      const follow = collect(client, FOLLOW, { id });
      await waitFor(() => follow.events.length >= 1);
      const { events, ended } = await follow.done;
      expect(ended).toBe('complete');
      const states = events.map((e) => e.data!.jobProgress);
      expect(states[0]).toMatchObject({ __typename: 'ExportJob', id });
      expect(states.at(-1)).toEqual({
        __typename: 'ExportJob',
        id,
        jobStatus: 'SUCCEEDED',
        jobProgress: { done: 23, total: 23, fraction: 1 },
        status: 'COMPLETED',
        objectCount: 23,
        url: `/exports/${id}/file`,
      });
      const done = states.map((st: any) => st.jobProgress.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
    } finally {
      await client.dispose();
    }
  });
});
