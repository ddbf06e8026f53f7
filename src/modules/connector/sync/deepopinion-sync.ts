import { z } from 'zod';
import type { Database } from '../../../db/database';
import { newId } from '../../../ids';
import { recordChange } from '../../change/change-log';
import {
  deleteCorrectionSessionById,
  insertCorrectionSession,
} from '../../correction-session/correction-session.repository';
import type { UpstreamRecord } from '../upstreams';
import { CORRECTION_STATUSES } from '../upstreams/deepopinion';
import { oneTypeWriter } from './keep-records';
import type { PageWriter, SyncTarget } from './page-writer';
import { upstreamCoder } from './upstream-coder';
import { isoOf } from './upstream-time';

// DeepOpinion pages: each correction session becomes a correction session (source DEEPOPINION) of the model it
// improves, which becomes the project's CLASSIFIER coder (made once per upstream model id, its display name kept up
// to date). A changed session replaces its row under the same id. Its documents are not read (the contract's
// documents endpoint is another call per session): the session's progress and predicted score stay in the record.

// The seed marks none of the fields required: what a session may leave out (or send as null) has a fallback.
const words = z.array(z.string().max(1000)).nullish();
const Correction = z.object({
  id: z.number().int(),
  uuid: z.string().uuid(),
  name: z.string().max(1000).nullish(),
  description: z.string().max(10_000).nullish(),
  status: z.enum(CORRECTION_STATUSES),
  type: z.enum(['ABSA', 'CLASS', 'LABEL', 'CLASSLABEL']).nullish(),
  created: z.string(),
  finished: z.string().nullish(),
  document_count: z.number().int().min(0).nullish(),
  classes: words,
  labels: words,
  model: z.object({ id: z.number().int(), display_name: z.string().max(1000).nullish() }),
});

/** The session's ClassificationType, or the one its classes and labels imply when it names none. */
function classificationOf(c: z.infer<typeof Correction>) {
  if (c.type) return c.type;
  const classes = (c.classes ?? []).length > 0;
  const labels = (c.labels ?? []).length > 0;
  return classes && labels ? 'CLASSLABEL' : labels ? 'LABEL' : 'CLASS';
}

async function writeCorrection(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const c = Correction.parse(record.raw);
  const now = new Date().toISOString();
  const coderId = await upstreamCoder(trx, target, {
    source: 'DEEPOPINION',
    kind: 'CLASSIFIER',
    externalId: String(c.model.id),
    label: c.model.display_name || `Model ${c.model.id}`,
  });
  if (previous) await deleteCorrectionSessionById(trx, previous);
  const id = previous ?? newId('correctionSession');
  await insertCorrectionSession(trx, {
    id,
    projectId: target.projectId,
    coderId,
    source: 'DEEPOPINION',
    externalId: String(c.id),
    uuid: c.uuid,
    name: c.name ?? '',
    description: c.description ?? null,
    status: c.status,
    classificationType: classificationOf(c),
    classesJson: JSON.stringify(c.classes ?? []),
    labelsJson: JSON.stringify(c.labels ?? []),
    sampleSize: c.document_count ?? 0,
    createdAt: isoOf(c.created, now),
    finishedAt: c.finished ? isoOf(c.finished, now) : null,
    updatedAt: now,
  });
  recordChange(trx, {
    type: previous ? 'SESSION_UPDATED' : 'SESSION_CREATED',
    objectId: id,
    projectId: target.projectId,
    by: target.by,
    payload: { source: 'DEEPOPINION', externalId: String(c.id), status: c.status },
  });
  return id;
}

export const writeDeepOpinionPage: PageWriter = oneTypeWriter('DEEPOPINION', (raw) => raw.status, writeCorrection);
