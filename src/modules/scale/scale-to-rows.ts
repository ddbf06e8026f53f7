import { createHash } from 'node:crypto';
import { contributorAuthor } from '../annotation/annotation-author';
import type { RowBundle } from '../../db/row-bundle';
import type { AnnotationLevel } from '../../graphql/types.generated';
import type { IdFactory } from '../../ids';
import { annotationTypeOf } from '../annotation/annotation-value';
import { camelCaseKeys } from './keys';
import {
  refId,
  SCALE_KEPT_KEYS as KEYS,
  STATUS_FROM_SCALE,
  type ScaleAnnotationRecord,
  type ScaleTaskRecord,
} from './scale-task.schema';

/** A stable fingerprint of a source record: a re-import of the same record changes nothing. */
export function recordHash(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

const iso = (value: string) => new Date(value).toISOString();
const json = (value: unknown) => JSON.stringify(value);
const list = <T>(value: T[] | null | undefined): T[] => value ?? [];

/**
 * The keys of an object stored whole that validation keeps, in its order (what ScaleTask's parse returns), so a
 * record mapped without being parsed (known valid by the fast check) writes the same JSON.
 */
function kept<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}
const keptAll = <T extends object>(values: T[] | null | undefined, keys: readonly string[]) =>
  list(values).map((v) => kept(v, keys));

/** Where a record goes; a replaced task keeps its delivery. */
export type TaskTarget = {
  taskId: string;
  projectId: string;
  batchId: string | null;
  hash: string;
  now: string;
  deliveryId?: string | null;
};

/**
 * Adds one Scale task to a bundle: the task row and its threads, turns, messages, chunks and annotations at every
 * level. Ids are new Annograph ids in document order, so lists read back in the order of the file.
 */
export function addScaleTask(bundle: RowBundle, newId: IdFactory, record: ScaleTaskRecord, target: TaskTarget): void {
  const { taskId, projectId, now } = target;
  bundle.task.push({
    id: taskId,
    projectId,
    batchId: target.batchId,
    deliveryId: target.deliveryId ?? null,
    kind: 'GENAI',
    status: STATUS_FROM_SCALE[record.status],
    sourceStatus: record.status,
    source: 'SCALE',
    externalId: record.task_id,
    sourceProject: refId(record.project),
    sourceHash: target.hash,
    metadataJson: json(record.metadata ?? {}),
    errorsJson: json(keptAll(record.errors, KEYS.reportedIssue)),
    sensitiveContentReportsJson: json(keptAll(record.sensitive_content_reports, KEYS.reportedIssue)),
    createdAt: iso(record.created_at),
    updatedAt: now,
    completedAt: record.completed_at ? iso(record.completed_at) : null,
  });
  const annotate = (
    items: ScaleAnnotationRecord[] | null | undefined,
    level: AnnotationLevel,
    parents: Partial<Record<'threadId' | 'turnId' | 'messageId' | 'chunkId', string>>,
    contributorId: string | null,
  ) => {
    for (const a of list(items)) {
      bundle.annotation.push({
        id: newId('annotation'),
        projectId,
        taskId,
        level,
        threadId: null,
        turnId: null,
        messageId: null,
        chunkId: null,
        ...parents,
        source: 'SCALE',
        // An annotation's own contributor_id (explicit) wins over the one its thread's submission implies.
        ...contributorAuthor('SCALE', a.contributor_id ?? contributorId),
        authorExplicit: a.contributor_id ? 1 : 0,
        externalId: a.id ?? null,
        key: a.key,
        type: annotationTypeOf(a.type),
        sourceType: a.type,
        title: a.title ?? null,
        description: a.description ?? null,
        labelsJson: json(list(a.labels)),
        notApplicable: a.not_applicable ? 1 : 0,
        cannotAssess: a.cannot_assess ? 1 : 0,
        metadataJson: json(a.metadata ?? {}),
        justification: a.justification ?? null,
        valueJson: a.value === undefined ? null : json(a.value),
        possibleValuesJson: a.possible_values === undefined ? null : json(a.possible_values),
        createdAt: now,
        updatedAt: now,
      });
    }
  };
  annotate(record.annotations, 'TASK', {}, null);
  for (const thread of list(record.threads)) {
    const threadId = newId('thread');
    bundle.thread.push({
      id: threadId,
      projectId,
      taskId,
      externalId: thread.id,
      submissionsJson: json(keptAll(thread.submissions, KEYS.submission).map(camelCaseKeys)),
      createdAt: now,
    });
    // Scale names who worked a thread in its submissions: the last one is the author of what it holds.
    const contributorId = list(thread.submissions).at(-1)?.contributor_id ?? null;
    annotate(thread.annotations, 'THREAD', { threadId }, contributorId);
    for (const turn of list(thread.turns)) {
      const turnId = newId('turn');
      bundle.turn.push({
        id: turnId,
        projectId,
        threadId,
        externalId: turn.id,
        rubricsJson: json(list(turn.rubrics)),
        createdAt: now,
      });
      annotate(turn.annotations, 'TURN', { threadId, turnId }, contributorId);
      for (const message of list(turn.messages)) {
        const messageId = newId('message');
        const c = message.content;
        bundle.message.push({
          id: messageId,
          projectId,
          turnId,
          role: message.role.toUpperCase() as never,
          text: c.text ?? null,
          createdAt: now,
          referenceTextsJson: json(keptAll(c.reference_texts, KEYS.referenceText)),
          attachmentsJson: json(list(c.attachments).map(camelCaseKeys)),
          reasoningJson: json(keptAll(c.reasoning, KEYS.reasoning)),
          sourceId: message.source_id ?? null,
          modelParametersJson: message.model_parameters
            ? json(camelCaseKeys(kept(message.model_parameters, KEYS.modelParameters)))
            : null,
          rubricEvaluationsJson: json(list(message.rubric_evaluations)),
        });
        annotate(message.annotations, 'MESSAGE', { threadId, turnId, messageId }, contributorId);
        for (const chunk of list(c.chunks)) {
          const chunkId = newId('messageChunk');
          bundle.messageChunk.push({ id: chunkId, projectId, messageId, type: chunk.type, text: chunk.text });
          annotate(chunk.annotations, 'CHUNK', { threadId, turnId, messageId, chunkId }, contributorId);
        }
      }
    }
  }
}
