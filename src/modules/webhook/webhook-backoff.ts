// When a failed delivery is tried again. Multiples of WEBHOOK_BACKOFF_BASE_MS (30 s by default): 30 s, 2 min, 10 min,
// 30 min, 2 h, 6 h, 14 h, then doubling, so the default 8 attempts span about 23 hours; each delay is spread ±20%
// (jitter) so that webhooks failing together do not retry in step.
const FACTORS = [1, 4, 20, 60, 240, 720, 1680];
const JITTER = 0.2;

/** The delay before attempt `failedAttempts + 1`, after `failedAttempts` (1 or more) failures. */
export function retryDelayMs(failedAttempts: number, baseMs: number, random: () => number = Math.random): number {
  const index = Math.max(0, failedAttempts - 1);
  const factor =
    index < FACTORS.length ? FACTORS[index] : FACTORS[FACTORS.length - 1] * 2 ** (index - FACTORS.length + 1);
  return Math.round(baseMs * factor * (1 - JITTER + 2 * JITTER * random()));
}
