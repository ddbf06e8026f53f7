import { deepOpinionPager, DeepOpinionOptions } from './deepopinion';
import { bearerHeaders, embeddingStudioPager, EmbeddingStudioOptions } from './embedding-studio';
import { iqbPager } from './iqb';
import { labelStudioHeaders, labelStudioPager, LabelStudioOptions } from './label-studio';
import { scaleHeaders, scalePager, ScaleOptions } from './scale';
import { checkedPager, type ConnectorKind, type Pager } from './upstream-page';
import { z } from 'zod';

// The five upstream contracts: how each authenticates, pages and what options it needs.
export type UpstreamContract = {
  pager: Pager;
  headers: (key: string) => Record<string, string>;
  options: z.ZodTypeAny;
  /** Does the upstream require a key (Scale, Label Studio, DeepOpinion) or take one only when given? */
  keyRequired: boolean;
  /** The connector's sync state after a complete run that started at `startedAt` (incremental upstreams). */
  stateAfterRun?: (startedAt: string) => Record<string, unknown>;
};

const CONTRACTS: Record<ConnectorKind, UpstreamContract> = {
  SCALE: {
    pager: scalePager,
    headers: scaleHeaders,
    options: ScaleOptions,
    keyRequired: true,
    // Tasks completed and deliveries delivered since the last complete run started (less the worker's margin).
    stateAfterRun: (startedAt) => ({ completedAfter: startedAt, deliveredAfter: startedAt }),
  },
  LABEL_STUDIO: {
    pager: labelStudioPager,
    headers: labelStudioHeaders,
    options: LabelStudioOptions,
    keyRequired: true,
  },
  EMBEDDING_STUDIO: {
    pager: embeddingStudioPager,
    headers: bearerHeaders,
    options: EmbeddingStudioOptions,
    keyRequired: false,
  },
  DEEPOPINION: { pager: deepOpinionPager, headers: bearerHeaders, options: DeepOpinionOptions, keyRequired: true },
  IQB: { pager: iqbPager, headers: bearerHeaders, options: z.object({}).passthrough(), keyRequired: false },
};

export type { ConnectorKind, Pager, UpstreamPage, UpstreamRecord } from './upstream-page';

/** The contracts, each pager's records checked (checkedPager) before a writer sees them. */
export const UPSTREAMS = Object.fromEntries(
  Object.entries(CONTRACTS).map(([kind, contract]) => [kind, { ...contract, pager: checkedPager(contract.pager) }]),
) as Record<ConnectorKind, UpstreamContract>;
