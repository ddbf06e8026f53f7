import { safeUrl, type OutboundPolicy } from '../../../outbound/outbound-policy';
import { OutboundFailed, OutboundRefused, outboundRequest } from '../../../outbound/outbound-request';
import { retryAfterMs, retryDelay, sleepFor, type RetryPolicy } from './retry-policy';
import { UpstreamAuthError, UpstreamError } from './upstream-errors';

// Every upstream call of a connector: a GET through the one outbound guard (D9) to the connector's own base URL
// (and no other origin), retried by the retry policy, answered as parsed JSON. 401/403 end at once (revoked
// credentials); redirects are not followed and end at once, as do other 4xx (a request the upstream will never
// accept) and an answer that is no JSON and does not say it is; 429, 5xx, network failures and malformed JSON retry.
// The upstream's own words are quoted in errors (they reach the run, the change log and webhooks) with the
// connector's credentials cut out: a hostile or careless upstream may echo the Authorization it was sent.

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
  /** Awaited before each call: the worker renews its lease on the way through a page of many calls. */
  onCall?: () => Promise<void>;
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

/**
 * What of the request's headers is secret, in every form an upstream could echo: each header value, its part after
 * the scheme (`Token k` -> `k`), and for Basic the decoded `user:password` and its user (Scale's key).
 */
export function secretsOf(headers: Record<string, string>): string[] {
  const secrets = new Set<string>();
  for (const value of Object.values(headers)) {
    const [scheme, ...rest] = value.split(' ');
    const credential = rest.join(' ');
    secrets.add(value).add(credential);
    if (scheme.toLowerCase() === 'basic' && credential) {
      const decoded = Buffer.from(credential, 'base64').toString('utf8');
      secrets.add(decoded).add(decoded.split(':')[0]);
    }
  }
  // Short fragments would cut ordinary words out of a message; an API key is never this short.
  return [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}

/** `text` with every secret replaced by [redacted]. */
export const redacted = (text: string, secrets: readonly string[]) =>
  secrets.reduce((t, secret) => t.split(secret).join('[redacted]'), text);

/** The upstream's own error words, from the bodies of reference/upstream-apis.md (`error`, `detail`, `message`). */
function upstreamWords(body: string, secrets: readonly string[]): string {
  let words = body;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const said = parsed.error ?? parsed.detail ?? parsed.message;
    if (typeof said === 'string') words = said;
  } catch {
    // not JSON: the text itself
  }
  // Redacted before it is cut (a secret across the cut would be left half there), in a window that holds any secret
  // starting before the cut: not the whole of a body of up to 64 MiB. Control characters (a terminal's escapes) go.
  return (
    redacted(words.slice(0, 300 + (secrets[0]?.length ?? 0)), secrets)
      .slice(0, 300)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .trim()
  );
}

const isJsonType = (contentType: string | undefined) =>
  !contentType || /^application\/([\w.+-]*\+)?json\b|^text\/json\b|^text\/plain\b/i.test(contentType.trim());

type Outcome = { value: unknown } | { retry: string; retryAfter: number | null };

async function once(client: UpstreamClient, url: string, secrets: readonly string[]): Promise<Outcome> {
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
      `${safeUrl(url)} refused the connector's credentials (HTTP ${status}: ${upstreamWords(response.body, secrets) || 'no reason given'}); set new ones with connectorUpdate`,
      status,
    );
  if (RETRIED_STATUSES.has(status))
    return { retry: `HTTP ${status}`, retryAfter: retryAfterMs(response.headers['retry-after']) };
  if (status >= 300 && status < 400)
    throw new UpstreamError(
      `${safeUrl(url)} answered HTTP ${status}, a redirect${response.headers.location ? ` to ${safeUrl(redacted(response.headers.location, secrets))}` : ''}; a connector does not follow redirects: set its baseUrl to where the API answers`,
    );
  if (status < 200 || status >= 300)
    throw new UpstreamError(
      `${safeUrl(url)} answered HTTP ${status}: ${upstreamWords(response.body, secrets)}`,
      status,
    );
  if (response.truncated)
    throw new UpstreamError(`${safeUrl(url)} answered more than ${MAX_PAGE_BYTES} bytes (the most one page may be)`);
  try {
    return { value: JSON.parse(response.body) };
  } catch {
    const type = response.headers['content-type'];
    // A web page where the API should be (a wrong baseUrl, a login portal) will not turn into JSON by asking again.
    if (!isJsonType(type))
      throw new UpstreamError(
        `${safeUrl(url)} answered ${JSON.stringify(type.slice(0, 100))}, not JSON: is the baseUrl the upstream's API?`,
      );
    return { retry: 'malformed JSON', retryAfter: null };
  }
}

/** GETs `url` and parses its JSON, retrying as the policy says; throws an Upstream*Error when it gives up. */
export async function getJson(client: UpstreamClient, url: string): Promise<unknown> {
  // The pagers build URLs under the base URL; an id from the upstream in a path must not lead anywhere else.
  if (!URL.canParse(url) || new URL(url).origin !== new URL(client.baseUrl).origin)
    throw new UpstreamError(`${safeUrl(url)} is not under the connector's baseUrl: not called`);
  const sleep = sleepFor(client.retry);
  const secrets = secretsOf(client.headers);
  for (let attempt = 1; ; attempt++) {
    await client.onCall?.();
    const outcome = await once(client, url, secrets);
    if ('value' in outcome) return outcome.value;
    if (attempt >= client.retry.maxAttempts)
      throw new UpstreamError(`${safeUrl(url)} failed ${attempt} times; last: ${outcome.retry}`);
    const delayMs = retryDelay(attempt, outcome.retryAfter, client.retry);
    await client.onRetry?.({ url: safeUrl(url), attempt, delayMs, reason: outcome.retry });
    await sleep(delayMs);
  }
}
