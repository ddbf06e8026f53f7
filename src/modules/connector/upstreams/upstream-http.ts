import { safeUrl, type OutboundPolicy } from '../../../outbound/outbound-policy';
import { OutboundFailed, OutboundRefused, outboundRequest } from '../../../outbound/outbound-request';
import { retryAfterMs, retryDelay, sleepFor, type RetryPolicy } from './retry-policy';
import { UpstreamAuthError, UpstreamError } from './upstream-errors';

// Every upstream call of a connector: a GET through the one outbound guard (D9) to the connector's own base URL,
// retried by the retry policy, answered as parsed JSON. 401/403 end at once (revoked credentials); other 4xx end
// at once too (a request the upstream will never accept); 429, 5xx, network failures and malformed JSON retry.

export type UpstreamClient = {
  baseUrl: string;
  /** Authorization and other headers of the upstream's contract. */
  headers: Record<string, string>;
  outbound: OutboundPolicy;
  retry: RetryPolicy;
  /** One request's deadline (default 30 s). */
  timeoutMs?: number;
  /** Awaited before each wait: logs, and the worker renews its lease (waits may outlast it). */
  onRetry?: (info: { url: string; attempt: number; delayMs: number; reason: string }) => void | Promise<void>;
};

/** A page may be large (100 Scale tasks with their threads): far above the guard's 64 KiB default. */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
const RETRIED_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** `path` with its query under the base URL (whose own path prefix is kept); undefined values are left out. */
export function upstreamUrl(baseUrl: string, path: string, query: Record<string, string | number | undefined> = {}) {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  return url.toString();
}

/** The upstream's own error words, from the bodies of reference/upstream-apis.md (`error`, `detail`, `message`). */
function upstreamWords(body: string): string {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const words = parsed.error ?? parsed.detail ?? parsed.message;
    if (typeof words === 'string') return words.slice(0, 300);
  } catch {
    // not JSON: the text itself
  }
  return body.slice(0, 300).trim();
}

type Outcome = { value: unknown } | { retry: string; retryAfter: number | null };

async function once(client: UpstreamClient, url: string): Promise<Outcome> {
  let response;
  try {
    response = await outboundRequest(
      url,
      {
        method: 'GET',
        headers: { accept: 'application/json', ...client.headers },
        timeoutMs: client.timeoutMs ?? 30_000,
        maxResponseBytes: MAX_PAGE_BYTES,
      },
      client.outbound,
    );
  } catch (error) {
    if (error instanceof OutboundRefused) throw new UpstreamError(error.message);
    if (error instanceof OutboundFailed) return { retry: error.reason, retryAfter: null };
    throw error;
  }
  const { status } = response;
  if (status === 401 || status === 403)
    throw new UpstreamAuthError(
      `${safeUrl(url)} refused the connector's credentials (HTTP ${status}: ${upstreamWords(response.body) || 'no reason given'}); set new ones with connectorUpdate`,
      status,
    );
  if (RETRIED_STATUSES.has(status))
    return { retry: `HTTP ${status}`, retryAfter: retryAfterMs(response.headers['retry-after']) };
  if (status < 200 || status >= 300)
    throw new UpstreamError(`${safeUrl(url)} answered HTTP ${status}: ${upstreamWords(response.body)}`, status);
  if (response.truncated) throw new UpstreamError(`${safeUrl(url)} answered more than ${MAX_PAGE_BYTES} bytes`);
  try {
    return { value: JSON.parse(response.body) };
  } catch {
    return { retry: 'malformed JSON', retryAfter: null };
  }
}

/** GETs `url` and parses its JSON, retrying as the policy says; throws an Upstream*Error when it gives up. */
export async function getJson(client: UpstreamClient, url: string): Promise<unknown> {
  const sleep = sleepFor(client.retry);
  for (let attempt = 1; ; attempt++) {
    const outcome = await once(client, url);
    if ('value' in outcome) return outcome.value;
    if (attempt >= client.retry.maxAttempts)
      throw new UpstreamError(`${safeUrl(url)} failed ${attempt} times; last: ${outcome.retry}`);
    const delayMs = retryDelay(attempt, outcome.retryAfter, client.retry);
    await client.onRetry?.({ url: safeUrl(url), attempt, delayMs, reason: outcome.retry });
    await sleep(delayMs);
  }
}
