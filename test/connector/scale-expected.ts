import { fixture } from '../support/fake-upstreams/fixtures';

// What the Scale fixtures (test/fixtures/upstreams/scale) hold, as a sync should leave it in Annograph: written out
// from the fixture files, not from the code under test.
export const MEMBERS = fixture<Record<string, string[]>>('scale/delivery-tasks.json');

export const sorted = (ids: string[]) => [...ids].sort();
export const batch = (
  externalId: string,
  status: string,
  sourceStatus: string,
  more: Record<string, unknown> = {},
) => ({
  externalId,
  source: 'SCALE',
  kind: 'TASKS',
  status,
  sourceStatus,
  metadata: {},
  callback: null,
  completedAt: null,
  ...more,
});
export const FIXTURE_BATCHES = [
  batch('batch_1', 'PAUSED', 'paused', { metadata: { team: 'returns', priority: 2 } }),
  batch('batch_2', 'IN_PROGRESS', 'in_progress', { callback: 'https://hooks.example.com/scale/batch_2' }),
  batch('batch_3', 'IN_PROGRESS', 'in_progress', { metadata: { team: 'billing' } }),
  batch('batch_4', 'COMPLETED', 'completed', {
    metadata: { team: 'returns', reviewed: true },
    callback: 'ops@example.com',
    completedAt: '2026-10-28T17:30:00.000Z',
  }),
  batch('batch_5', 'STAGING', 'staging'),
  batch('batch_6', 'CANCELED', 'cancelled', { metadata: { reason: 'duplicate upload' } }),
];
export const FIXTURE_DELIVERIES = [
  { n: 1, at: '2026-11-02T09:00:00.000Z', size: 130 },
  { n: 2, at: '2026-11-03T09:00:00.000Z', size: 45 },
  { n: 3, at: '2026-11-04T09:30:00.000Z', size: 5 },
].map(({ n, at, size }) => {
  const tasks = sorted(MEMBERS[`delivery_00${n}`]);
  if (tasks.length !== size) throw new Error(`the fixture's delivery_00${n} has ${tasks.length} tasks`);
  return {
    externalId: `delivery_00${n}`,
    name: `Support RLHF delivery ${n}`,
    source: 'SCALE',
    deliveredAt: at,
    tasks,
  };
});
