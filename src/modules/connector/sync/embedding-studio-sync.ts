import { z } from 'zod';
import type { Database } from '../../../db/database';
import { newId } from '../../../ids';
import { recordChange } from '../../change/change-log';
import {
  deleteSearchSessionById,
  findCollectingBatchId,
  findOrInsertUpstreamSessionBatch,
  insertSearchSession,
  insertSessionEvents,
  updateUpstreamBatchState,
} from '../../search-session/search-session.repository';
import type { UpstreamRecord } from '../upstreams';
import { oneTypeWriter } from './keep-records';
import type { PageWriter, SyncTarget } from './page-writer';
import { isoOf } from './upstream-time';

// EmbeddingStudio pages: each session of an upstream batch becomes a search session (source EMBEDDING_STUDIO, its
// upstream number) in a session batch named after the upstream batch, with its events. A changed session replaces
// its subtree (the session row and its events) under the same id. The run's last page holds each batch's state (see
// upstreams/embedding-studio.ts): collecting -> COLLECTING (the project's one collecting batch, D3), released ->
// RELEASED, the upstream's word kept as sourceStatus; a batch first made by its sessions starts RELEASED.

const id = z.string().min(1).max(1000);
const EsSession = z.object({
  session_id: id,
  // Not in BatchSession (clickstream_client.py): the envelope and the request name the batch; kept when a server sends it.
  batch_id: id.optional(),
  session_number: z.number().int().min(0),
  search_query: z.unknown(),
  created_at: z.number(),
  search_results: z.array(z.object({ object_id: id }).passthrough()).default([]),
  search_meta: z.record(z.unknown()).nullish(),
  payload_filter: z.unknown().nullish(),
  sort_by: z.unknown().nullish(),
  user_id: z.string().max(1000).nullish(),
  is_irrelevant: z.boolean().default(false),
  is_payload_search: z.boolean().default(false),
  events: z
    .array(
      z.object({
        event_id: id,
        object_id: id,
        event_type: z.string().max(1000).default('click'),
        created_at: z.number(),
        meta: z.record(z.unknown()).nullish(),
      }),
    )
    .default([]),
});
const EsBatch = z.object({
  batch_id: id,
  status: z.enum(['collecting', 'released']),
  last_number: z.number().int().min(0).nullable(),
});
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** The project's session batch of an upstream batch id, made (RELEASED until its state is read) when it is new. */
async function upstreamBatch(trx: Database, target: SyncTarget, externalId: string, now: string) {
  const batch = await findOrInsertUpstreamSessionBatch(trx, target.projectId, 'EMBEDDING_STUDIO', externalId, now);
  if (batch.created)
    recordChange(trx, {
      type: 'BATCH_CREATED',
      objectId: batch.id,
      projectId: target.projectId,
      by: target.by,
      payload: { kind: 'SESSIONS', status: 'RELEASED', externalId },
    });
  return batch;
}

async function writeSession(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const s = EsSession.parse(record.raw);
  const batchId = s.batch_id ?? record.parents?.batch;
  if (!batchId) throw new Error('no batch is named');
  const now = new Date().toISOString();
  const batch = await upstreamBatch(trx, target, batchId, now);
  if (previous) await deleteSearchSessionById(trx, previous);
  const sessionId = previous ?? newId('searchSession');
  await insertSearchSession(trx, {
    id: sessionId,
    projectId: target.projectId,
    batchId: batch.id,
    sessionNumber: s.session_number,
    source: 'EMBEDDING_STUDIO',
    externalId: s.session_id,
    searchQueryJson: JSON.stringify(s.search_query ?? null),
    searchResultsJson: JSON.stringify(s.search_results),
    searchMetaJson: json(s.search_meta),
    payloadFilterJson: json(s.payload_filter),
    sortByJson: json(s.sort_by),
    searchUserId: s.user_id ?? null,
    isIrrelevant: s.is_irrelevant ? 1 : 0,
    isPayloadSearch: s.is_payload_search ? 1 : 0,
    createdAt: isoOf(s.created_at, now),
    registeredAt: now,
  });
  if (s.events.length)
    await insertSessionEvents(
      trx,
      s.events.map((e) => ({
        id: newId('sessionEvent'),
        projectId: target.projectId,
        sessionId,
        externalId: e.event_id,
        objectId: e.object_id,
        eventType: e.event_type,
        metaJson: json(e.meta),
        createdAt: isoOf(e.created_at, now),
      })),
    );
  recordChange(trx, {
    type: previous ? 'SESSION_UPDATED' : 'SESSION_CREATED',
    objectId: sessionId,
    projectId: target.projectId,
    by: target.by,
    payload: { batchId: batch.id, sessionNumber: s.session_number, externalId: s.session_id },
  });
  return sessionId;
}

async function writeBatch(trx: Database, target: SyncTarget, record: UpstreamRecord) {
  const b = EsBatch.parse(record.raw);
  const now = new Date().toISOString();
  const batch = await upstreamBatch(trx, target, b.batch_id, now);
  const status = b.status === 'collecting' ? 'COLLECTING' : 'RELEASED';
  if (status === 'COLLECTING') {
    const collecting = await findCollectingBatchId(trx, target.projectId);
    if (collecting && collecting !== batch.id)
      throw new Error(`the project already collects into ${collecting}, and a project has one collecting batch`);
  }
  const before = await updateUpstreamBatchState(
    trx,
    batch.id,
    { status, sourceStatus: b.status, lastNumber: b.last_number },
    now,
  );
  if (before && before.status !== status)
    recordChange(trx, {
      type: status === 'RELEASED' ? 'BATCH_RELEASED' : 'BATCH_UPDATED',
      objectId: batch.id,
      projectId: target.projectId,
      by: target.by,
      payload: { externalId: b.batch_id, from: before.status, to: status },
    });
  return batch.id;
}

export const writeEmbeddingStudioPage: PageWriter = oneTypeWriter(
  'EMBEDDING_STUDIO',
  (raw) => raw.status ?? null,
  (trx, target, record, previous) =>
    record.type === 'batch' ? writeBatch(trx, target, record) : writeSession(trx, target, record, previous),
);
