import type { Database } from '../../../db/database';
import type { ChangeActor } from '../../change/change-log';
import type { UpstreamRecord } from '../upstreams';

// How a page of upstream records becomes Annograph's rows: one writer per upstream, each through the module's own
// write path, idempotent per (project, source, external id).

export type RecordFailure = { type: string; externalId: string | null; reason: string };
export type PageCounts = {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  failures: RecordFailure[];
};
export type SyncTarget = { projectId: string; organizationId: string; connectorId: string; by: ChangeActor };
export type PageWriter = (db: Database, target: SyncTarget, records: UpstreamRecord[]) => Promise<PageCounts>;

export const emptyCounts = (): PageCounts => ({ created: 0, updated: 0, unchanged: 0, failed: 0, failures: [] });

/** Adds `more` into `into` (failures appended). */
export function addCounts(into: PageCounts, more: PageCounts): PageCounts {
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
  into.failed += more.failed;
  into.failures.push(...more.failures);
  return into;
}

/** The records that validate; those that do not counted as failed with their external id and problem. */
export function validRecords(records: UpstreamRecord[], counts: PageCounts): UpstreamRecord[] {
  const valid: UpstreamRecord[] = [];
  for (const record of records) {
    if (record.problem === undefined && record.externalId !== null) valid.push(record);
    else {
      counts.failed++;
      counts.failures.push({ type: record.type, externalId: record.externalId, reason: record.problem ?? 'no id' });
    }
  }
  return valid;
}
