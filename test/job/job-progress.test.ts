import { M2_COMMIT, M2_CREATE, M2_DATA } from '../../bench/operations';
import { DIALECT } from '../support/db';
import { collect, liveClient, startLiveServer, waitFor, type LiveServer } from '../support/live-server';

// Issue 18: one Job interface (coding tasks, inference runs, batches) and jobProgress(id:) following one job.
const JOB_FIELDS = `id jobStatus jobProgress { done failed total fraction } startedAt finishedAt estimatedFinishAt`;
const FOLLOW = `subscription($id: ID!) { jobProgress(id: $id) { __typename ${JOB_FIELDS} ... on Task { status } } }`;

describe(`${DIALECT}: jobs and jobProgress`, () => {
  let s: LiveServer;
  beforeAll(async () => {
    s = await startLiveServer({ CODING_WORKER: 'on' }, { worker: { intervalMs: 20, leaseMs: 5_000, stepSize: 1 } });
  });
  afterAll(async () => {
    await s.server.stop();
    await s.t.destroy();
  });
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await s.post(s.owner.secret, query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };

  it('follows a coding task from DRAFT to SUCCEEDED as the worker runs it, then completes', async () => {
    const id = (await gql(M2_CREATE, { projectId: s.projectId })).codingTaskCreate.task.id as string;
    for (let i = 0; i < 3; i++) await gql(M2_DATA, { id });
    const { client } = liveClient(s.wsUrl, { authorization: `Bearer ${s.owner.secret}` });
    try {
      const follow = collect(client, FOLLOW, { id });
      // The first event is the job as it is now, before anything else happens.
      await waitFor(() => follow.events.length >= 1);
      expect(follow.events[0].data!.jobProgress).toMatchObject({ __typename: 'Task', jobStatus: 'DRAFT' });
      await gql(M2_COMMIT, { id });
      const { events, ended } = await follow.done;
      expect(ended).toBe('complete');
      const states = events.map((e) => e.data!.jobProgress);
      expect(states[states.length - 1]).toMatchObject({
        jobStatus: 'SUCCEEDED',
        status: 'COMPLETED',
        jobProgress: { fraction: 1 },
        finishedAt: expect.any(String),
        startedAt: expect.any(String),
      });
      const order = ['DRAFT', 'QUEUED', 'RUNNING', 'SUCCEEDED'];
      const seen = states.map((st: any) => order.indexOf(st.jobStatus));
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(states.some((st: any) => st.jobStatus === 'RUNNING' || st.jobStatus === 'QUEUED')).toBe(true);
    } finally {
      await client.dispose();
    }
  });

  it('reads the same Job fields over HTTP, through the interface', async () => {
    const id = (await gql(M2_CREATE, { projectId: s.projectId })).codingTaskCreate.task.id as string;
    const data = await gql(`query($id: ID!) { node(id: $id) { ... on Job { ${JOB_FIELDS} } } }`, { id });
    expect(data.node).toEqual({
      id,
      jobStatus: 'DRAFT',
      jobProgress: { done: 0, failed: 0, total: 1, fraction: 0 },
      startedAt: null,
      finishedAt: null,
      estimatedFinishAt: null,
    });
  });

  it('refuses an id that is no job, and ends with FORBIDDEN for a job it cannot see', async () => {
    const { client } = liveClient(s.wsUrl, { authorization: `Bearer ${s.owner.secret}` });
    try {
      const notJob = await collect(client, FOLLOW, { id: s.projectId }).done;
      expect(JSON.stringify(notJob.error ?? notJob.events)).toMatch(/BAD_USER_INPUT/);
      const unknown = await collect(client, FOLLOW, { id: 'task_01KDVDWFFRKSCAZ58BPX6T02VZ' }).done;
      expect(unknown.events[0].errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(unknown.ended).toBe('complete');
    } finally {
      await client.dispose();
    }
  });
});
