import { importScaleTasks } from '../../scale/scale-import';
import { keepRecords } from './keep-records';
import { addCounts, emptyCounts, validRecords, type PageWriter } from './page-writer';

// Scale pages: tasks through the Scale import (importScaleTasks: idempotent per (project, SCALE, task_id), an
// unchanged task writes nothing, a changed one replaces its subtree in one transaction; the batches a task names
// are made there); batch records are kept as fetched (the import makes the batch rows from the tasks).
export const writeScalePage: PageWriter = async (db, target, records) => {
  const counts = emptyCounts();
  const valid = validRecords(records, counts);
  const batches = valid.filter((r) => r.type === 'batch');
  if (batches.length) addCounts(counts, await keepRecords(db, target, 'SCALE', batches, (raw) => raw.status));
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
