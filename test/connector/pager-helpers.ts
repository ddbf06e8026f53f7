import { parseOutboundAllowedHosts } from '../../src/outbound/outbound-policy';
import { UPSTREAMS, type ConnectorKind, type UpstreamPage } from '../../src/modules/connector/upstreams';
import type { UpstreamClient } from '../../src/modules/connector/upstreams/upstream-http';

// A client of a fake upstream as a connector makes it (only 127.0.0.1 allowed through the guard), whose retries
// wait for nothing but are recorded; and a pager's pages read to the end.
export function clientOf(kind: ConnectorKind, baseUrl: string, key: string, overrides: Partial<UpstreamClient> = {}) {
  const waits: number[] = [];
  const client: UpstreamClient = {
    baseUrl,
    headers: UPSTREAMS[kind].headers(key),
    outbound: parseOutboundAllowedHosts('127.0.0.1'),
    retry: {
      maxAttempts: 4,
      baseMs: 1000,
      maxDelayMs: 30_000,
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    },
    ...overrides,
  };
  return { client, waits };
}

export async function readAll(
  kind: ConnectorKind,
  client: UpstreamClient,
  options: Record<string, unknown>,
  from: string | null = null,
  state: Record<string, unknown> = {},
): Promise<UpstreamPage[]> {
  const pages: UpstreamPage[] = [];
  for await (const page of UPSTREAMS[kind].pager({ client, options, from, state })) pages.push(page);
  return pages;
}

export const recordsOf = (pages: UpstreamPage[], type?: string) =>
  pages.flatMap((p) => p.records).filter((r) => !type || r.type === type);
