import { inTransaction } from '../../src/modules/result';
import { STATUS_OF_EVENT } from '../../src/modules/task/task-events';
import {
  applyTaskTransition,
  TASK_STATUSES,
  TASK_TRANSITIONS,
  type TaskTransition,
  type TaskTransitionName,
  type TransitionActor,
} from '../../src/modules/task/task-lifecycle';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { insertTaskIn, LIFECYCLE_T0, LIFECYCLE_WORKER, taskEventsOf } from '../support/lifecycle';

// The one task lifecycle (DECISIONS.md D2), driven as a table: every status x every transition, allowed or refused
// exactly as TASK_TRANSITIONS says; then the table itself against D2 and D3 written out by hand.
const NAMES = Object.keys(TASK_TRANSITIONS) as TaskTransitionName[];

describe(`${DIALECT}: the task lifecycle table`, () => {
  let t: TestDb;
  let projectId: string;
  let userId: string;

  beforeAll(async () => {
    t = await createTestDb();
    const fixture = await insertProject(t.db);
    projectId = fixture.projectId;
    userId = fixture.owner.userId;
  });
  afterAll(() => t.destroy());

  const actorOf = (transition: TaskTransition): TransitionActor =>
    transition.field === 'worker' ? { workerId: LIFECYCLE_WORKER } : { userId, actor: { kind: 'USER', id: userId } };

  describe.each(NAMES)('%s', (name) => {
    const transition: TaskTransition = TASK_TRANSITIONS[name];
    it.each(TASK_STATUSES)(`from %s: as the table says`, async (status) => {
      const task = await insertTaskIn(t.db, projectId, status);
      const result = await inTransaction(t.db, (trx) =>
        applyTaskTransition(trx, name, task.id, { by: actorOf(transition) }),
      );
      const row = await t.db.selectFrom('task').selectAll().where('id', '=', task.id).executeTakeFirstOrThrow();
      const events = await taskEventsOf(t.db, task.id);
      if (transition.from.includes(status)) {
        expect(result).toEqual({ ok: true, value: row });
        expect(row).toMatchObject({ status: transition.to, sourceStatus: transition.sourceStatus });
        expect(row.completedAt === null).toBe(!transition.completes);
        expect(row.updatedAt === LIFECYCLE_T0).toBe(!!transition.keepsUpdatedAt);
        expect(events).toEqual([
          {
            kind: transition.event,
            message: transition.message,
            actorId: transition.field === 'worker' ? null : userId,
          },
        ]);
      } else {
        expect(result).toEqual({
          ok: false,
          userErrors: [
            {
              code: 'INVALID_STATE_TRANSITION',
              field: ['id'],
              message: expect.stringContaining(`Cannot ${transition.verb} a task that is ${status} (allowed from `),
            },
          ],
        });
        expect(row).toEqual(task);
        expect(events).toEqual([]);
      }
    });
  });

  it('takes the event message and further columns the caller gives', async () => {
    const task = await insertTaskIn(t.db, projectId, 'PENDING');
    const result = await inTransaction(t.db, (trx) =>
      applyTaskTransition(trx, 'fail', task.id, {
        by: { userId: null, actor: { kind: 'SYSTEM', id: null } },
        message: 'German prompt',
        set: { errorsJson: '[{"type":"LANGUAGE_MISMATCH","message":"German prompt"}]' },
      }),
    );
    expect(result.ok && result.value).toMatchObject({
      status: 'FAILED',
      errorsJson: expect.stringContaining('German'),
    });
    expect(await taskEventsOf(t.db, task.id)).toEqual([{ kind: 'FAIL', message: 'German prompt', actorId: null }]);
  });

  it("refuses a worker's step on a task another worker holds, and a takeover while the lease runs", async () => {
    const held = await insertTaskIn(t.db, projectId, 'IN_PROGRESS');
    for (const name of ['progress', 'finish', 'workerFail'] as const) {
      const result = await inTransaction(t.db, (trx) =>
        applyTaskTransition(trx, name, held.id, { by: { workerId: 'worker-2' } }),
      );
      expect(result).toMatchObject({
        ok: false,
        userErrors: [{ code: 'INVALID_STATE_TRANSITION', message: expect.stringContaining('held by worker-2') }],
      });
    }
    await t.db.updateTable('task').set({ leaseUntil: '2999-01-01T00:00:00.000Z' }).where('id', '=', held.id).execute();
    const takeover = await inTransaction(t.db, (trx) =>
      applyTaskTransition(trx, 'resume', held.id, { by: { workerId: 'worker-2' } }),
    );
    expect(takeover.ok).toBe(false);
    expect(await taskEventsOf(t.db, held.id)).toEqual([]);
  });

  it("refuses a worker's step to a request, and a request's change to a worker (programming errors)", async () => {
    const task = await insertTaskIn(t.db, projectId, 'IN_PROGRESS');
    await expect(
      applyTaskTransition(t.db, 'finish', task.id, { by: { userId, actor: { kind: 'USER', id: userId } } }),
    ).rejects.toThrow(/worker's step/);
    await expect(
      applyTaskTransition(t.db, 'complete', task.id, { by: { workerId: LIFECYCLE_WORKER } }),
    ).rejects.toThrow(/request/);
  });
});

describe('the task lifecycle table against DECISIONS.md D2 and D3', () => {
  const ALL = ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED', 'DELETED'];
  // Written out from D2 (Scale's complete/error/cancel/delete, IQB's commit/start/progress/finish/fail/abort) and
  // D3's role table, not derived from TASK_TRANSITIONS.
  const EXPECTED: Record<string, [from: string[], to: string, word: string, event: string, role: string]> = {
    complete: [['PENDING', 'IN_PROGRESS'], 'COMPLETED', 'completed', 'FINISH', 'REVIEWER'],
    fail: [['PENDING', 'IN_PROGRESS'], 'FAILED', 'error', 'FAIL', 'REVIEWER'],
    cancel: [['DRAFT', 'PENDING', 'IN_PROGRESS'], 'CANCELED', 'canceled', 'ABORT', 'MANAGER'],
    delete: [
      ['DRAFT', 'PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELED'],
      'DELETED',
      'deleted',
      'DELETE',
      'MANAGER',
    ],
    commit: [['DRAFT'], 'PENDING', 'commit', 'COMMIT', 'MANAGER'],
    abort: [['PENDING', 'IN_PROGRESS'], 'CANCELED', 'abort', 'ABORT', 'MANAGER'],
    start: [['PENDING'], 'IN_PROGRESS', 'start', 'START', 'worker'],
    resume: [['IN_PROGRESS'], 'IN_PROGRESS', 'start', 'WARNING', 'worker'],
    progress: [['IN_PROGRESS'], 'IN_PROGRESS', 'progress', 'PROGRESS', 'worker'],
    finish: [['IN_PROGRESS'], 'COMPLETED', 'finish', 'FINISH', 'worker'],
    workerFail: [['IN_PROGRESS'], 'FAILED', 'fail', 'FAIL', 'worker'],
  };

  it('has exactly the transitions D2 names, from the statuses, to the status, with the word, event and role it names', () => {
    const table = Object.fromEntries(
      Object.entries(TASK_TRANSITIONS).map(([name, t]: [string, TaskTransition]) => [
        name,
        [[...t.from].sort(), t.to, t.sourceStatus, t.event, t.leastRole],
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED).map(([name, [from, ...rest]]) => [name, [[...from].sort(), ...rest]]),
    );
    expect(table).toEqual(expected);
    expect([...TASK_STATUSES].sort()).toEqual([...ALL].sort());
  });

  it('never moves a task out of DELETED or back to DRAFT, and never cancels a COMPLETED task', () => {
    const all: TaskTransition[] = Object.values(TASK_TRANSITIONS);
    expect(all.filter((t) => t.from.includes('DELETED'))).toEqual([]);
    expect(all.filter((t) => t.to === 'DRAFT')).toEqual([]);
    expect(all.filter((t) => t.to === 'CANCELED' && t.from.includes('COMPLETED'))).toEqual([]);
    // Only deletion leaves a closed task (COMPLETED, FAILED, CANCELED).
    for (const closed of ['COMPLETED', 'FAILED', 'CANCELED'] as const)
      expect(all.filter((t) => t.from.includes(closed)).map((t) => t.to)).toEqual(['DELETED']);
  });

  it("writes status events that agree with the timeline's rule (the status follows the last status event)", () => {
    for (const t of Object.values<TaskTransition>(TASK_TRANSITIONS)) {
      const status = STATUS_OF_EVENT[t.event];
      if (status) expect({ event: t.event, status: t.to }).toEqual({ event: t.event, status });
      else expect({ event: t.event, from: t.from, to: t.to }).toEqual({ event: t.event, from: [t.to], to: t.to });
    }
  });
});
