import { defineList } from '../../db/list.repository';

export const responsesOfChunk = defineList({ table: 'codingResponse', parentColumn: 'chunkId' })();
