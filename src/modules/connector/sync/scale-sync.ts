import { importScaleTasks } from '../../scale/scale-import';
import { keepRecords } from './keep-records';
import { addCounts, emptyCounts, validRecords, type PageWriter } from './page-writer';
import { writeScaleBatch, writeScaleDelivery } from './scale-records';

// Scale pages: batches through the batch module (applySourceBatch: status, metadata, callback and completion as
// Scale holds them), tasks through the Scale import (importScaleTasks: idempotent per (project, SCALE, task_id), an
// unchanged task writes nothing, a changed one replaces its subtree in one transaction; the batches a task names
// are found there or made), deliveries through the delivery module (applySourceDelivery: the delivery and exactly
// its tasks). Each batch and delivery record is kept with its hash (keepRecords): an unchanged one writes nothing,
// a changed one is applied in one transaction.
export const writeScalePage: PageWriter = async (db, target, records) => {
  const counts = emptyCounts();
  const valid = validRecords(records, counts);
  const status = (raw: Record<string, unknown>) => raw.status;
  const batches = valid.filter((r) => r.type === 'batch');
  if (batches.length)
    addCounts(
      counts,
      await keepRecords(db, target, 'SCALE', batches, status, (trx, r, previous) =>
        writeScaleBatch(trx, target, r, previous),
      ),
    );
  const deliveries = valid.filter((r) => r.type === 'delivery');
  if (deliveries.length)
    addCounts(
      counts,
      await keepRecords(
        db,
        target,
        'SCALE',
        deliveries,
        () => null,
        (trx, r, previous) => writeScaleDelivery(trx, target, r, previous),
      ),
    );
  const tasks = valid.filter((r) => r.type === 'task');
  if (tasks.length === 0) return counts;
  const summary = await importScaleTasks(
    db,
    target.projectId,
    tasks.map((r, i) => ({ line: i + 1, value: r.raw })),
    { by: target.by },
  );
  counts.created += summary.created;
  counts.updated += summary.updated;
  counts.unchanged += summary.unchanged;
  counts.failed += summary.failed;
  for (const f of summary.failures)
    counts.failures.push({ type: 'task', externalId: f.taskId ?? tasks[f.line - 1]?.externalId, reason: f.reason });
  return counts;
};
