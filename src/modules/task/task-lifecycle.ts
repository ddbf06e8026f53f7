import type { TaskStatus } from '../../graphql/types.generated';

/** The statuses of an open task (DECISIONS.md D2): its conversation and annotations may still change. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['DRAFT', 'PENDING', 'IN_PROGRESS'];

export const isOpenTask = (status: TaskStatus) => OPEN_TASK_STATUSES.includes(status);
