import pino from 'pino';
import { loadConfig } from '../../src/config';
import { recordChange, transactionWithChanges } from '../../src/modules/change/change-log';
import { pruneChanges, retentionHorizon } from '../../src/modules/change/change-retention';
import { startAnnograph } from '../../src/start';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

// CHANGE_RETENTION_DAYS: changes older than the horizon are pruned, in chunks of one statement each, by a job that
// every server runs (once soon after start, then periodically) and by `annograph changes prune`.
const DAY_MS = 24 * 60 * 60 * 1000;

describe(`${DIALECT}: change log retention`, () => {
  let t: TestDb;
  let projectId: string;
  beforeEach(async () => {
    t = await createTestDb();
    ({ projectId } = await insertProject(t.db, 'Retained'));
  });
  afterEach(() => t.destroy());

  /** Writes `n` changes by the real writer, then dates them `daysAgo` days back; their ids. */
  async function changesOf(n: number, daysAgo: number, mark: string): Promise<string[]> {
    await transactionWithChanges(t.db, async (trx) => {
      for (let i = 0; i < n; i++)
        recordChange(trx, {
          type: 'TASK_UPDATED',
          objectId: projectId,
          objectType: 'Project',
          projectId,
          by: { kind: 'SYSTEM', id: null },
          payload: { mark, i },
        });
    });
    const rows = await t.db
      .selectFrom('change')
      .select('id')
      .where('payloadJson', 'like', `%"mark":"${mark}"%`)
      .execute();
    const createdAt = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
    await t.db
      .updateTable('change')
      .set({ createdAt })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) => r.id);
  }
  const remaining = async () =>
    (await t.db.selectFrom('change').select('id').orderBy('sequence').execute()).map((r) => r.id).sort();

  it('deletes the changes older than the retention and keeps the newer ones, in chunks of the given size', async () => {
    await changesOf(10, 40, 'old');
    const edge = await changesOf(1, 29.9, 'edge');
    const recent = await changesOf(3, 0, 'recent');
    t.statements.length = 0;
    expect(await pruneChanges(t.db, { retentionDays: 30, chunkSize: 3 })).toBe(10);
    // 3 + 3 + 3 + 1: four delete statements, the last one short, so no fifth; nothing else.
    expect(t.statements).toHaveLength(4);
    expect(t.statements.every((s) => /^delete from "change"/i.test(s))).toBe(true);
    expect(await remaining()).toEqual([...edge, ...recent].sort());
    // Again (another instance, or the next hour): nothing left to delete, one statement.
    t.statements.length = 0;
    expect(await pruneChanges(t.db, { retentionDays: 30, chunkSize: 3 })).toBe(0);
    expect(t.statements).toHaveLength(1);
    // A shorter retention takes the edge change too; the default chunk (5,000) in one statement.
    expect(await pruneChanges(t.db, { retentionDays: 29 })).toBe(1);
    expect(await remaining()).toEqual([...recent].sort());
  });

  it('reads one chunk more when the chunk divides the old changes exactly, and stops at the first new one', async () => {
    await pruneChanges(t.db, { retentionDays: 1 });
    await changesOf(6, 40, 'old');
    const recent = await changesOf(2, 0, 'recent');
    t.statements.length = 0;
    // Oldest first by sequence (created_at grows with it): 3 + 3 old, then a chunk that holds only new ones.
    expect(await pruneChanges(t.db, { retentionDays: 30, chunkSize: 3 })).toBe(6);
    expect(t.statements).toHaveLength(3);
    expect(await remaining()).toEqual([...recent].sort());
  });

  it('two prunes at once delete each old change once between them, and keep the new ones', async () => {
    await changesOf(25, 31, 'old');
    const recent = await changesOf(2, 1, 'recent');
    const [a, b] = await Promise.all([
      pruneChanges(t.db, { retentionDays: 30, chunkSize: 4 }),
      pruneChanges(t.db, { retentionDays: 30, chunkSize: 4 }),
    ]);
    expect(a + b).toBe(25);
    expect(await remaining()).toEqual([...recent].sort());
  });

  it('the horizon is the retention before now', () => {
    const now = new Date('2026-12-07T12:00:00.000Z');
    expect(retentionHorizon(30, now)).toBe('2026-11-07T12:00:00.000Z');
    expect(retentionHorizon(1, now)).toBe('2026-12-06T12:00:00.000Z');
  });

  it('the server prunes soon after it starts and then periodically, with CHANGE_RETENTION_DAYS', async () => {
    await changesOf(4, 8, 'old');
    const kept = await changesOf(2, 6, 'kept');
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off', CHANGE_RETENTION_DAYS: '7' });
    const server = await startAnnograph(config, pino({ level: 'silent' }), t.db, {
      retention: { firstRunMs: 0, intervalMs: 50 },
    });
    try {
      await until(async () => (await remaining()).length === 2);
      expect(await remaining()).toEqual([...kept].sort());
      // Written after the first run: the next one takes it.
      await changesOf(1, 9, 'later');
      await until(async () => (await remaining()).length === 2);
      expect(await remaining()).toEqual([...kept].sort());
    } finally {
      await server.stop();
    }
  });
});

describe('CHANGE_RETENTION_DAYS', () => {
  it('defaults to 30 days and takes a positive whole number', () => {
    expect(loadConfig({}).changeRetentionDays).toBe(30);
    expect(loadConfig({ CHANGE_RETENTION_DAYS: '7' }).changeRetentionDays).toBe(7);
  });
  it.each(['0', '-3', 'abc', '1.5', '', '30d'])('refuses %p', (value) => {
    expect(() => loadConfig({ CHANGE_RETENTION_DAYS: value })).toThrow(/CHANGE_RETENTION_DAYS/);
  });
});

/** Polls `condition` every 20 ms; fails after 10 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > 10_000) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
