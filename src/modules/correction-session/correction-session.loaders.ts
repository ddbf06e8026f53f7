import DataLoader from 'dataloader';
import { groupByKey } from '../../keyed';
import type { Database } from '../../db/database';
import type { CorrectionSegmentRow, CorrectionTagRow, SegmentRow } from '../../db/rows';
import {
  countGroupDocuments,
  findCorrectionSegments,
  findCorrectionStats,
  findCorrectionTags,
  findSegmentsByDocumentIds,
} from './correction-session.repository';

export type CorrectionStats = { total: number; annotated: number; kept: number };
const pair = (sessionId: string, segmentId: string) => `${sessionId}:${segmentId}`;
const split = (keys: readonly string[]) => {
  const pairs = keys.map((k) => k.split(':') as [string, string]);
  return { sessions: [...new Set(pairs.map((p) => p[0]))], segments: [...new Set(pairs.map((p) => p[1]))] };
};

/** Loaders of the correction module: one statement per access pattern, whatever the number of keys. */
export function createCorrectionLoaders(db: Database) {
  const statsBySessionId = new DataLoader<string, CorrectionStats>(async (ids) => {
    const rows = new Map((await findCorrectionStats(db, ids)).map((r) => [r.sessionId, r]));
    return ids.map((id) => rows.get(id) ?? { total: 0, annotated: 0, kept: 0 });
  });
  const segmentsByDocumentId = new DataLoader<string, SegmentRow[]>(async (ids) => {
    return groupByKey(ids, await findSegmentsByDocumentIds(db, ids), (r) => r.documentId);
  });
  const segmentState = new DataLoader<string, CorrectionSegmentRow | null>(async (keys) => {
    const { sessions, segments } = split(keys);
    const rows = new Map(
      (await findCorrectionSegments(db, sessions, segments)).map((r) => [pair(r.sessionId, r.segmentId), r]),
    );
    return keys.map((k) => rows.get(k) ?? null);
  });
  const tagsOfSegment = new DataLoader<string, CorrectionTagRow[]>(async (keys) => {
    const { sessions, segments } = split(keys);
    return groupByKey(keys, await findCorrectionTags(db, sessions, segments), (tag) =>
      pair(tag.sessionId, tag.segmentId),
    );
  });
  const documentCountByGroupId = new DataLoader<string, number>(async (ids) => {
    const rows = new Map((await countGroupDocuments(db, ids)).map((r) => [r.groupId, Number(r.n)]));
    return ids.map((id) => rows.get(id) ?? 0);
  });
  return {
    correctionStats: statsBySessionId,
    segmentsByDocumentId,
    correctionSegment: (sessionId: string, segmentId: string) => segmentState.load(pair(sessionId, segmentId)),
    correctionTags: (sessionId: string, segmentId: string) => tagsOfSegment.load(pair(sessionId, segmentId)),
    documentCountByGroupId,
  };
}

/** progress: annotated / all segments in percent; predictedScore: kept / annotated in percent (null before any). */
export function measures(stats: CorrectionStats): { progress: number; predictedScore: number | null } {
  return {
    progress: stats.total === 0 ? 0 : Math.round((stats.annotated / stats.total) * 1000) / 10,
    predictedScore: stats.annotated === 0 ? null : Math.round((stats.kept / stats.annotated) * 100),
  };
}
