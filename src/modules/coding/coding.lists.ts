import { defineList } from '../../db/list.repository';

export const eventsOfTask = defineList({ table: 'taskEvent', parentColumn: 'taskId' })();
export const responsesOfChunk = defineList({ table: 'codingResponse', parentColumn: 'chunkId' })();
