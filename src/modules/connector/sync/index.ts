import type { ConnectorKind } from '../upstreams';
import { writeDeepOpinionPage } from './deepopinion-sync';
import { writeEmbeddingStudioPage } from './embedding-studio-sync';
import { writeIqbPage } from './iqb-sync';
import { writeLabelStudioPage } from './label-studio-sync';
import type { PageWriter } from './page-writer';
import { writeScalePage } from './scale-sync';

/** How each upstream's records become Annograph's rows. */
export const PAGE_WRITERS: Record<ConnectorKind, PageWriter> = {
  SCALE: writeScalePage,
  LABEL_STUDIO: writeLabelStudioPage,
  EMBEDDING_STUDIO: writeEmbeddingStudioPage,
  DEEPOPINION: writeDeepOpinionPage,
  IQB: writeIqbPage,
};

export type { PageCounts, RecordFailure, SyncTarget } from './page-writer';
