import type { Database } from '../../../db/database';
import { applySourceBatch, BATCH_STATUS_FROM_SCALE } from '../../batch/batch-source';
import { applySourceDelivery } from '../../delivery/delivery-source';
import type { UpstreamRecord } from '../upstreams';
import type { ScaleDeliveryRecord } from '../upstreams/scale-deliveries';
import type { SyncTarget } from './page-writer';
import { isoOf } from './upstream-time';

// Scale's batch and delivery records (validated by the pager) as the batch and delivery modules' source objects,
// written through their services in keepRecords' transaction.

export function writeScaleBatch(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const raw = record.raw as Record<string, unknown>;
  const word = raw.status as string;
  return applySourceBatch(
    trx,
    target.projectId,
    {
      source: 'SCALE',
      externalId: record.externalId!,
      name: raw.name as string,
      status: BATCH_STATUS_FROM_SCALE[word],
      sourceStatus: word,
      metadata: (raw.metadata as Record<string, unknown> | null | undefined) ?? {},
      callback: typeof raw.callback === 'string' ? raw.callback : null,
      completedAt: raw.completed_at == null ? null : isoOf(raw.completed_at, '') || null,
    },
    previous,
    target.by,
  );
}

export function writeScaleDelivery(trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) {
  const { delivery, task_ids } = record.raw as ScaleDeliveryRecord;
  return applySourceDelivery(
    trx,
    target.projectId,
    {
      source: 'SCALE',
      externalId: record.externalId!,
      name: delivery.name as string,
      deliveredAt: new Date(delivery.delivered_at as string).toISOString(),
      taskExternalIds: task_ids,
    },
    previous,
    target.by,
  );
}
