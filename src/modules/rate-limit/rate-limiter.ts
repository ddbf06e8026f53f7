import type { Logger } from 'pino';
import type { AuthenticatedViewer } from '../../auth/viewer';
import type { Database } from '../../db/database';
import type { ThrottleStatus } from '../../graphql/cost/request-cost';
import { applyToBucket, organizationSlugsOf, type BucketLimits, type BucketState } from './rate-limit.repository';

export type RateLimitSettings = BucketLimits & {
  /** Bucket sizes and refill rates per organization slug (a person's token takes the largest of their organizations). */
  overrides: Map<string, BucketLimits>;
  /** How stale this instance's view of a bucket may get before it writes its charges and reads the others'. */
  syncMs: number;
};

type LocalBucket = {
  limits: BucketLimits;
  /** The bucket as the database last answered. */
  state: BucketState;
  syncedAt: number;
  /** Charged and reserved here since the last write. */
  pending: number;
  syncing: Promise<void> | null;
};

/** `reserved` points are held for the request until charge() settles them with what it actually cost. */
export type Admission = { allowed: boolean; status: ThrottleStatus; retryAfterSeconds: number; reserved: number };

// An instance writes its charges once they reach this share of the bucket, however recent its last write.
const PENDING_SHARE = 0.1;
const MAX_BUCKETS = 10_000;

/**
 * Cost-based leaky buckets per API token, shared by every instance on one database (rate_limit_bucket). Admission
 * reserves what a request may cost at most, so concurrent requests on one instance cannot together overspend; the
 * actual cost settles the reservation afterwards. Each instance keeps a view of a token's bucket and refreshes it
 * with one upsert when it is older than `syncMs` or when its unwritten charges reach a tenth of the bucket: at most
 * one write per token and second per instance, plus one per tenth of the bucket spent. Between writes instances do
 * not see each other's charges, so N instances can together overspend a bucket by at most (N - 1) x (a tenth of it
 * + the requests each admits in one sync interval); the overspend is a debt the refill repays before the next
 * admission.
 */
export function createRateLimiter(
  db: Database,
  settings: RateLimitSettings,
  { logger, now = Date.now }: { logger?: Logger; now?: () => number } = {},
) {
  // Least recently used first: a bucket pushed out writes its unwritten charges first.
  const buckets = new Map<string, Promise<LocalBucket>>();

  async function limitsFor(viewer: AuthenticatedViewer): Promise<BucketLimits> {
    const defaults = { points: settings.points, restorePerSecond: settings.restorePerSecond };
    if (settings.overrides.size === 0) return defaults;
    const own = (await organizationSlugsOf(db, viewer))
      .map((slug) => settings.overrides.get(slug))
      .filter((o): o is BucketLimits => !!o);
    return own.sort((a, b) => b.points - a.points)[0] ?? defaults;
  }

  function bucketOf(viewer: AuthenticatedViewer): Promise<LocalBucket> {
    let bucket = buckets.get(viewer.tokenId);
    if (bucket) {
      buckets.delete(viewer.tokenId);
      buckets.set(viewer.tokenId, bucket);
      return bucket;
    }
    bucket = (async () => {
      const limits = await limitsFor(viewer);
      return {
        limits,
        state: await applyToBucket(db, viewer.tokenId, limits, 0, now()),
        syncedAt: now(),
        pending: 0,
        syncing: null,
      };
    })();
    buckets.set(viewer.tokenId, bucket);
    bucket.catch(() => buckets.delete(viewer.tokenId));
    if (buckets.size > MAX_BUCKETS) evictOldest();
    return bucket;
  }

  function evictOldest(): void {
    const [tokenId, oldest] = buckets.entries().next().value!;
    buckets.delete(tokenId);
    oldest
      .then((b) => (b.pending !== 0 ? sync(tokenId, b) : undefined))
      .catch((error: unknown) => logger?.warn({ err: error }, 'rate limit bucket not written on eviction'));
  }

  function sync(tokenId: string, bucket: LocalBucket): Promise<void> {
    bucket.syncing ??= (async () => {
      const sending = bucket.pending;
      bucket.pending = 0;
      try {
        bucket.state = await applyToBucket(db, tokenId, bucket.limits, sending, now());
        bucket.syncedAt = now();
      } catch (error) {
        bucket.pending += sending;
        throw error;
      } finally {
        bucket.syncing = null;
      }
    })();
    return bucket.syncing;
  }

  /** Points left now, as this instance sees them (reservations of requests in flight taken off). */
  function level(bucket: LocalBucket, at: number): number {
    const { points, restorePerSecond } = bucket.limits;
    const refilled = Math.min(
      points,
      bucket.state.available + (Math.max(0, at - bucket.state.atMs) * restorePerSecond) / 1000,
    );
    return refilled - bucket.pending;
  }

  function statusOf(bucket: LocalBucket): ThrottleStatus {
    return {
      maximumAvailable: bucket.limits.points,
      currentlyAvailable: Math.max(0, Math.floor(level(bucket, now()))),
      restoreRate: bucket.limits.restorePerSecond,
    };
  }

  return {
    /**
     * Admits a request that may cost `cost` points when that many are available (a request never needs more than a
     * full bucket), and reserves them.
     */
    async admit(viewer: AuthenticatedViewer, cost: number): Promise<Admission> {
      const bucket = await bucketOf(viewer);
      if (now() - bucket.syncedAt >= settings.syncMs) await sync(viewer.tokenId, bucket);
      const needed = Math.min(cost, bucket.limits.points);
      const available = level(bucket, now());
      if (needed > available) {
        const retryAfterSeconds = Math.max(1, Math.ceil((needed - available) / bucket.limits.restorePerSecond));
        return { allowed: false, status: statusOf(bucket), retryAfterSeconds, reserved: 0 };
      }
      bucket.pending += needed;
      return { allowed: true, status: statusOf(bucket), retryAfterSeconds: 0, reserved: needed };
    },

    /** Settles a request: charges what it actually cost in place of what admission reserved; the bucket after it. */
    async charge(viewer: AuthenticatedViewer, cost: number, reserved = 0): Promise<ThrottleStatus> {
      const bucket = await bucketOf(viewer);
      bucket.pending += cost - reserved;
      if (settings.syncMs === 0 || bucket.pending >= bucket.limits.points * PENDING_SHARE) {
        await sync(viewer.tokenId, bucket).catch((error: unknown) =>
          logger?.warn({ err: error }, 'rate limit bucket not written; kept for the next write'),
        );
      }
      return statusOf(bucket);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
