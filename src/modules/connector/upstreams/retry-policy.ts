// How a connector waits before asking an upstream again (429, 5xx, timeouts, resets, malformed answers): a
// Retry-After the upstream sent is honoured up to a cap; without one, exponential backoff with full jitter; and a
// bounded number of attempts, after which the run fails with the last error.
export type RetryPolicy = {
  /** Attempts of one request, the first included. */
  maxAttempts: number;
  /** The first backoff's ceiling; each further attempt doubles it. */
  baseMs: number;
  /** No backoff (nor Retry-After) waits longer than this. */
  maxDelayMs: number;
  /** Jitter source in [0, 1); tests fix it. */
  random?: () => number;
  /** How to wait; tests record instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseMs: 500, maxDelayMs: 60_000 };

/** Retry-After in ms: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date names its day or month; Date.parse would also read "-5" or "1" as years.
  if (!/[a-z]{3}/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The wait before attempt `failedAttempts + 1`: the upstream's Retry-After (capped), else 0..base*2^(n-1) (capped). */
export function retryDelay(failedAttempts: number, retryAfter: number | null, policy: RetryPolicy): number {
  if (retryAfter !== null) return Math.min(retryAfter, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling * (policy.random ?? Math.random)());
}

export const sleepFor = (policy: RetryPolicy) =>
  policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
