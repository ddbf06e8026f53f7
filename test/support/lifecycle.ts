import type { Database } from '../../src/db/database';
import type { TaskStatus } from '../../src/graphql/types.generated';
import { newId } from '../../src/ids';
import { insertTask } from '../../src/modules/task/task.repository';

export const LIFECYCLE_WORKER = 'worker-1';
export const LIFECYCLE_T0 = '2026-01-01T00:00:00.000Z';

/** A coding task in `status`, held by LIFECYCLE_WORKER with a lease that ran out (every guard but the status passes). */
export function insertTaskIn(db: Database, projectId: string, status: TaskStatus) {
  return insertTask(db, {
    id: newId('task'),
    projectId,
    kind: 'CODING',
    status,
    sourceStatus: 'seeded',
    source: 'ANNOGRAPH',
    claimedBy: LIFECYCLE_WORKER,
    leaseUntil: '2000-01-01T00:00:00.000Z',
    createdAt: LIFECYCLE_T0,
    updatedAt: LIFECYCLE_T0,
  });
}

/** A task's timeline, oldest first. */
export const taskEventsOf = (db: Database, taskId: string) =>
  db
    .selectFrom('taskEvent')
    .select(['kind', 'message', 'actorId'])
    .where('taskId', '=', taskId)
    .orderBy('id')
    .execute();
