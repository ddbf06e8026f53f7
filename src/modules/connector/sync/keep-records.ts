import { createHash } from 'node:crypto';
import type { Database } from '../../../db/database';
import type { Source } from '../../../graphql/types.generated';
import { transactionWithChanges } from '../../change/change-log';
import { findConnectorRecords, saveConnectorRecord } from '../connector-record.repository';
import type { UpstreamRecord } from '../upstreams';
import { addCounts, emptyCounts, validRecords, type PageCounts, type PageWriter, type SyncTarget } from './page-writer';

// The bookkeeping every writer shares: what was fetched of each record (source, external id, upstream status, raw
// record, hash). A record whose hash is the one kept is unchanged and writes nothing; a new or changed one is
// handed to `write` (which makes or replaces its Annograph rows) and kept in the same transaction.

export const hashOf = (raw: unknown) => createHash('sha256').update(JSON.stringify(raw)).digest('hex');

/** Writes a record's Annograph rows in `trx`: answers the id of the row it became (null when it has none). */
export type RecordWrite = (
  trx: Database,
  record: UpstreamRecord,
  previousLocalId: string | null,
) => Promise<string | null>;

export async function keepRecords(
  db: Database,
  target: SyncTarget,
  source: Source,
  records: UpstreamRecord[],
  statusOf: (raw: Record<string, unknown>) => unknown,
  write: RecordWrite = async () => null,
): Promise<PageCounts> {
  const counts = emptyCounts();
  const byType = new Map<string, UpstreamRecord[]>();
  for (const r of records) {
    const group = byType.get(r.type);
    if (group) group.push(r);
    else byType.set(r.type, [r]);
  }
  for (const [type, group] of byType) {
    const kept = await findConnectorRecords(
      db,
      target.projectId,
      source,
      type,
      group.map((r) => r.externalId!),
    );
    for (const record of group) {
      const hash = hashOf(record.raw);
      const before = kept.get(record.externalId!);
      if (before?.hash === hash) {
        counts.unchanged++;
        continue;
      }
      try {
        await transactionWithChanges(db, async (trx) => {
          const localId = await write(trx, record, before?.localId ?? null);
          const status = statusOf(record.raw as Record<string, unknown>);
          await saveConnectorRecord(trx, {
            projectId: target.projectId,
            source,
            type,
            externalId: record.externalId!,
            localId,
            sourceStatus: typeof status === 'string' ? status : null,
            hash,
            rawJson: JSON.stringify(record.raw),
            syncedAt: new Date().toISOString(),
          });
        });
        if (before) counts.updated++;
        else counts.created++;
      } catch (error) {
        counts.failed++;
        counts.failures.push({
          type,
          externalId: record.externalId,
          reason: `could not be written: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
  }
  return counts;
}

/** The page writer of an upstream whose pages hold one kind of record, each written by `write` in its transaction. */
export const oneTypeWriter =
  (
    source: Source,
    statusOf: (raw: Record<string, unknown>) => unknown,
    write: (trx: Database, target: SyncTarget, record: UpstreamRecord, previous: string | null) => Promise<string>,
  ): PageWriter =>
  async (db, target, records) => {
    const counts = emptyCounts();
    const valid = validRecords(records, counts);
    return addCounts(
      counts,
      await keepRecords(db, target, source, valid, statusOf, (trx, r, previous) => write(trx, target, r, previous)),
    );
  };
