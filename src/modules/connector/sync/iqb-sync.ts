import { z } from 'zod';
import type { Database } from '../../../db/database';
import type { TaskStatus } from '../../../graphql/types.generated';
import { newId, newRowId } from '../../../ids';
import { recordChange } from '../../change/change-log';
import { findCoderByExternalId } from '../../coder/coder.repository';
import { codingResponseRow, insertCodingResponses, insertDataChunk } from '../../coding/coding-data.repository';
import { deleteTasksByIds } from '../../scale/scale.repository';
import { insertTask, insertTaskEvents } from '../../task/task.repository';
import type { UpstreamRecord } from '../upstreams';
import { keepRecords } from './keep-records';
import { addCounts, emptyCounts, validRecords, type PageWriter, type SyncTarget } from './page-writer';
import { upstreamCoder } from './upstream-coder';
import { isoOf } from './upstream-time';

// IQB coding service pages: coders become the project's CODING coders; tasks become CODING tasks (source IQB)
// with their event timeline and data chunks (responses). A changed task replaces its subtree (events, chunks,
// responses) under the same id. Status is the last status event's, as DECISIONS.md D2 maps IQB's events; a mirrored
// task is the coding service's to run, never Annograph's coding worker's. Service info is kept as fetched only.

const EVENT_KINDS = ['create', 'commit', 'start', 'progress', 'warning', 'fail', 'finish', 'abort'] as const;
const STATUS_OF_EVENT: Record<string, TaskStatus> = {
  create: 'DRAFT',
  commit: 'PENDING',
  start: 'IN_PROGRESS',
  progress: 'IN_PROGRESS',
  finish: 'COMPLETED',
  fail: 'FAILED',
  abort: 'CANCELED',
};
const RESPONSE_STATUSES = [
  'UNSET',
  'NOT_REACHED',
  'DISPLAYED',
  'VALUE_CHANGED',
  'DERIVE_ERROR',
  'CODING_COMPLETE',
  'NO_CODING',
  'INVALID',
  'CODING_INCOMPLETE',
  'CODING_ERROR',
  'PARTLY_DISPLAYED',
  'DERIVE_PENDING',
  'INTENDED_INCOMPLETE',
  'CODE_SELECTION_PENDING',
] as const;

const IqbTask = z.object({
  id: z.string().min(1).max(255),
  label: z.string().max(10_000).nullish(),
  type: z.enum(['train', 'code', 'unknown']),
  coder: z.string().nullish(),
  instructions: z.record(z.unknown()).nullish(),
  events: z.array(
    z.object({ status: z.enum(EVENT_KINDS), message: z.string().max(10_000).nullish(), timestamp: z.number() }),
  ),
  data: z.array(z.object({ id: z.string().min(1), type: z.enum(['input', 'output']) })).default([]),
  chunks: z.record(
    z.array(
      z.object({
        setId: z.string(),
        id: z.string(),
        status: z.enum(RESPONSE_STATUSES),
        value: z.unknown(),
        subform: z.string().nullish(),
        code: z.number().int().nullish(),
        score: z.number().int().nullish(),
        codes: z.array(z.unknown()).nullish(),
      }),
    ),
  ),
});

const writeCoder = (trx: Database, target: SyncTarget, record: UpstreamRecord) => {
  const raw = record.raw as { id: string; label: string };
  return upstreamCoder(trx, target, { source: 'IQB', kind: 'CODING', externalId: raw.id, label: raw.label });
};

async function writeTask(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const task = IqbTask.parse(record.raw);
  const now = new Date().toISOString();
  const statusEvents = task.events.filter((e) => e.status !== 'warning');
  const last = statusEvents[statusEvents.length - 1];
  const coder = task.coder ? await findCoderByExternalId(trx, target.projectId, 'IQB', task.coder) : undefined;
  if (previous) await deleteTasksByIds(trx, [previous]);
  const id = previous ?? newId('task');
  const status = last ? STATUS_OF_EVENT[last.status] : 'DRAFT';
  await insertTask(trx, {
    id,
    projectId: target.projectId,
    kind: 'CODING',
    source: 'IQB',
    externalId: task.id,
    status,
    sourceStatus: last?.status ?? null,
    codingType: task.type === 'train' ? 'TRAIN' : task.type === 'code' ? 'CODE' : 'UNKNOWN',
    label: task.label ?? null,
    instructionsJson: task.instructions ? JSON.stringify(task.instructions) : null,
    coderId: coder?.id ?? null,
    createdAt: isoOf(task.events[0]?.timestamp, now),
    completedAt: status === 'COMPLETED' ? isoOf(last.timestamp, now) : null,
    updatedAt: isoOf(task.events[task.events.length - 1]?.timestamp, now),
  });
  if (task.events.length)
    await insertTaskEvents(
      trx,
      task.events.map((e) => ({
        id: newRowId('tev'),
        taskId: id,
        projectId: target.projectId,
        kind: e.status.toUpperCase() as 'CREATE',
        message: e.message || null,
        actorId: null,
        createdAt: isoOf(e.timestamp, now),
      })),
    );
  for (const chunk of task.data) {
    const chunkId = newId('dataChunk');
    await insertDataChunk(trx, {
      id: chunkId,
      projectId: target.projectId,
      taskId: id,
      type: chunk.type === 'input' ? 'INPUT' : 'OUTPUT',
      createdAt: now,
    });
    const responses = (task.chunks[chunk.id] ?? []).map((r) => ({
      ...codingResponseRow(target.projectId, chunkId, { ...r, value: r.value ?? null, variableId: r.id }),
      codesJson: r.codes ? JSON.stringify(r.codes) : null,
    }));
    await insertCodingResponses(trx, responses);
  }
  recordChange(trx, {
    type: previous ? 'TASK_UPDATED' : 'TASK_CREATED',
    objectId: id,
    projectId: target.projectId,
    by: target.by,
    payload: { source: 'IQB', externalId: task.id, status },
  });
  return id;
}

const lastStatus = (raw: Record<string, unknown>) => {
  const events = Array.isArray(raw.events) ? (raw.events as { status?: unknown }[]) : [];
  return events.filter((e) => e.status !== 'warning').pop()?.status;
};

export const writeIqbPage: PageWriter = async (db, target, records) => {
  const counts = emptyCounts();
  const valid = validRecords(records, counts);
  const write = (trx: Database, record: UpstreamRecord, previous: string | null) =>
    record.type === 'coder'
      ? writeCoder(trx, target, record)
      : record.type === 'task'
        ? writeTask(trx, target, record, previous)
        : Promise.resolve(null);
  // Coders first: a task names its coder by the upstream id.
  for (const type of ['info', 'coder', 'task'])
    addCounts(
      counts,
      await keepRecords(
        db,
        target,
        'IQB',
        valid.filter((r) => r.type === type),
        lastStatus,
        write,
      ),
    );
  return counts;
};
