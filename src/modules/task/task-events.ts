import type { Database } from '../../db/database';
import type { TaskEventKind, TaskStatus } from '../../graphql/types.generated';
import { newRowId } from '../../ids';
import { insertTaskEvent } from './task.repository';

// IQB event words and the one lifecycle (DECISIONS.md D2): the status follows the last status event.
export const STATUS_OF_EVENT: Partial<Record<TaskEventKind, TaskStatus>> = {
  CREATE: 'DRAFT',
  COMMIT: 'PENDING',
  START: 'IN_PROGRESS',
  PROGRESS: 'IN_PROGRESS',
  FINISH: 'COMPLETED',
  FAIL: 'FAILED',
  ABORT: 'CANCELED',
  DELETE: 'DELETED',
};

/** Appends an event to a task's timeline (call it in the transaction that changes the status). */
export async function appendTaskEvent(
  db: Database,
  task: { id: string; projectId: string },
  kind: TaskEventKind,
  message: string | null,
  actorId: string | null,
) {
  await insertTaskEvent(db, {
    id: newRowId('tev'),
    projectId: task.projectId,
    taskId: task.id,
    kind,
    message,
    actorId,
    createdAt: new Date().toISOString(),
  });
}
