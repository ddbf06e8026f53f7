import { GraphQLError } from 'graphql';
import { defineList, type ListQuery } from '../../db/list.repository';
import type { AnnotationAuthorKind, AnnotationFilter, AnnotationLevel } from '../../graphql/types.generated';
import { tableOfId } from '../../ids';
import { distinct } from '../distinct';
import { contributorAuthor, runAuthor, userAuthor } from './annotation-author';

type ParentColumn = 'taskId' | 'threadId' | 'turnId' | 'messageId' | 'chunkId';

type AnnotationListParams = {
  level: AnnotationLevel;
  key: string | null;
  authorKind: AnnotationAuthorKind | null;
  /** author_key values the annotation must equal: one per author named; two different ones match nothing. */
  authorKeys: string[];
};

const annotationsUnder = (parentColumn: ParentColumn) =>
  defineList({
    table: 'annotation',
    parentColumn,
    filter: (qb, p: AnnotationListParams) =>
      qb
        .where('annotation.level', '=', p.level)
        .$if(p.key !== null, (q) => q.where('annotation.key', '=', p.key!))
        .$if(p.authorKind !== null, (q) => q.where('annotation.authorKind', '=', p.authorKind!))
        .$if(p.authorKeys.length > 0, (q) =>
          p.authorKeys.reduce((acc, k) => acc.where('annotation.authorKey', '=', k), q),
        ),
  });

const LISTS = {
  TASK: annotationsUnder('taskId'),
  THREAD: annotationsUnder('threadId'),
  TURN: annotationsUnder('turnId'),
  MESSAGE: annotationsUnder('messageId'),
  CHUNK: annotationsUnder('chunkId'),
} as const;

const badId = (field: string, expected: string) =>
  new GraphQLError(`filter.${field} is not the id of ${expected}`, {
    extensions: { code: 'BAD_USER_INPUT', field: ['filter', field], http: { status: 400 } },
  });

/** The author filter as author_key values (the column agreement groups by); ids of another type are refused. */
function authorKeysOf(f: AnnotationFilter): string[] {
  const keys: string[] = [];
  if (f.authorUserId != null) {
    if (tableOfId(f.authorUserId) !== 'appUser') throw badId('authorUserId', 'a user');
    keys.push(userAuthor(f.authorUserId).authorKey);
  }
  if (f.authorInferenceRunId != null) {
    if (tableOfId(f.authorInferenceRunId) !== 'inferenceRun') throw badId('authorInferenceRunId', 'an inference run');
    keys.push(runAuthor(f.authorInferenceRunId).authorKey);
  }
  if (f.authorContributor != null) {
    const c = f.authorContributor;
    keys.push(contributorAuthor(c.source, c.externalId ?? null).authorKey);
  }
  return distinct(keys).sort();
}

// The unfiltered list of each level, made once: a nested query asks for it once per message (or turn, thread, task).
const UNFILTERED = Object.fromEntries(
  Object.entries(LISTS).map(([level, list]) => [
    level,
    list({ level: level as AnnotationLevel, key: null, authorKind: null, authorKeys: [] }),
  ]),
) as Record<AnnotationLevel, ListQuery<'annotation'>>;

/** Annotations attached to exactly this object (a task's list leaves out those on its threads, etc.), filtered. */
export function annotationsAt(
  level: AnnotationLevel,
  filter: AnnotationFilter | null | undefined,
): ListQuery<'annotation'> {
  if (!filter) return UNFILTERED[level];
  const f = filter;
  return LISTS[level]({
    level,
    key: f.key ?? null,
    authorKind: f.authorKind ?? null,
    authorKeys: authorKeysOf(f),
  });
}
