// Upstream times as Annograph's ISO-8601 UTC text: ISO strings as given (normalised), numbers as Unix time (IQB
// events in ms, older implementations in s; EmbeddingStudio in s).
export function isoOf(value: unknown, fallback: string): string {
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e14 ? value / 1000 : value > 1e11 ? value : value * 1000;
    return new Date(ms).toISOString();
  }
  return fallback;
}

/** Holder of a mirrored job still running upstream: Annograph's workers leave it alone (its lease never ends). */
export const UPSTREAM_HOLD = { leaseUntil: '9999-12-31T23:59:59.999Z' } as const;
