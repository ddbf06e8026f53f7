import { defineList } from '../../db/list.repository';

export const threadsOfTask = defineList({ table: 'thread', parentColumn: 'taskId' })();
export const turnsOfThread = defineList({ table: 'turn', parentColumn: 'threadId' })();
export const messagesOfTurn = defineList({ table: 'message', parentColumn: 'turnId' })();
