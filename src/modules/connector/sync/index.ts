import type { ConnectorKind } from '../upstreams';
import { keepRecords } from './keep-records';
import { validRecords, emptyCounts, addCounts, type PageWriter } from './page-writer';
import { writeScalePage } from './scale-sync';

/** Records kept as fetched only (no Annograph rows of their own): the fallback of a kind without a mapping. */
const keepOnly =
  (source: ConnectorKind): PageWriter =>
  async (db, target, records) => {
    const counts = emptyCounts();
    const valid = validRecords(records, counts);
    return addCounts(counts, await keepRecords(db, target, source, valid, (raw) => raw.status));
  };

export const PAGE_WRITERS: Record<ConnectorKind, PageWriter> = {
  SCALE: writeScalePage,
  LABEL_STUDIO: keepOnly('LABEL_STUDIO'),
  EMBEDDING_STUDIO: keepOnly('EMBEDDING_STUDIO'),
  DEEPOPINION: keepOnly('DEEPOPINION'),
  IQB: keepOnly('IQB'),
};

export type { PageCounts, RecordFailure, SyncTarget } from './page-writer';
