import type { ListQuery } from '../../db/list.repository';

export const threadsOfTask: ListQuery<'thread'> = { table: 'thread', parentColumn: 'taskId', key: 'thread.taskId' };
export const turnsOfThread: ListQuery<'turn'> = { table: 'turn', parentColumn: 'threadId', key: 'turn.threadId' };
export const messagesOfTurn: ListQuery<'message'> = { table: 'message', parentColumn: 'turnId', key: 'message.turnId' };
