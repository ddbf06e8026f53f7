import type { ListQuery } from '../../db/list.repository';

export const eventsOfTask: ListQuery<'taskEvent'> = {
  table: 'taskEvent',
  parentColumn: 'taskId',
  key: 'taskEvent.taskId',
};
export const responsesOfChunk: ListQuery<'codingResponse'> = {
  table: 'codingResponse',
  parentColumn: 'chunkId',
  key: 'codingResponse.chunkId',
};
