import { defineList } from '../../db/list.repository';
import type { AnnotationLevel } from '../../graphql/types.generated';

type ParentColumn = 'taskId' | 'threadId' | 'turnId' | 'messageId' | 'chunkId';

function annotationsAt(level: AnnotationLevel, parentColumn: ParentColumn) {
  return defineList({
    table: 'annotation',
    parentColumn,
    filter: (qb, params: { level: AnnotationLevel }) => qb.where('annotation.level', '=', params.level),
  })({ level });
}

// Annotations attached to exactly this object (a task's list leaves out those on its threads, etc.).
export const annotationsOfTask = annotationsAt('TASK', 'taskId');
export const annotationsOfThread = annotationsAt('THREAD', 'threadId');
export const annotationsOfTurn = annotationsAt('TURN', 'turnId');
export const annotationsOfMessage = annotationsAt('MESSAGE', 'messageId');
export const annotationsOfChunk = annotationsAt('CHUNK', 'chunkId');
