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
  /** Charged here since the last write. */
  pending: number;
  syncing: Promise<void> | null;
};

export type Admission = { allowed: boolean; status: ThrottleStatus; retryAfterSeconds: number };

// An instance writes its charges once they reach this share of the bucket, however recent its last write.
const PENDING_SHARE = 0.1;
const MAX_BUCKETS = 10_000;

/**
 * Cost-based leaky buckets per API token, shared by every instance on one database (rate_limit_bucket). Each
 * instance keeps a view of a token's bucket and refreshes it with one upsert when it is older than `syncMs` or when
 * its unwritten charges reach a tenth of the bucket: at most one write per token and second per instance, plus one
 * per tenth of the bucket spent. Between writes instances do not see each other's charges, so N instances can
 * together overspend a bucket by at most N x (a tenth of it + one request's cost).
 */
export function createRateLimiter(db: Database, settings: RateLimitSettings, { logger, now = Date.now }: { logger?: Logger; now?: () => number } = {}) {
  const buckets = new Map<string, Promise<LocalBucket>>();

  async function limitsFor(viewer: AuthenticatedViewer): Promise<BucketLimits> {
    const defaults = { points: settings.points, restorePerSecond: settings.restorePerSecond };
    if (settings.overrides.size === 0) return defaults;
    const own = (await organizationSlugsOf(db, viewer)).map((slug) => settings.overrides.get(slug)).filter((o): o is BucketLimits => !!o);
    return own.sort((a, b) => b.points - a.points)[0] ?? defaults;
  }

  function bucketOf(viewer: AuthenticatedViewer): Promise<LocalBucket> {
    let bucket = buckets.get(viewer.tokenId);
    if (!bucket) {
      if (buckets.size >= MAX_BUCKETS) buckets.clear();
      bucket = (async () => {
        const limits = await limitsFor(viewer);
        return { limits, state: await applyToBucket(db, viewer.tokenId, limits, 0, now()), syncedAt: now(), pending: 0, syncing: null };
      })();
      buckets.set(viewer.tokenId, bucket);
      bucket.catch(() => buckets.delete(viewer.tokenId));
    }
    return bucket;
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

  /** Points left now, as this instance sees them. */
  function level(bucket: LocalBucket, at: number): number {
    const { points, restorePerSecond } = bucket.limits;
    const refilled = Math.min(points, bucket.state.available + (Math.max(0, at - bucket.state.atMs) * restorePerSecond) / 1000);
    return refilled - bucket.pending;
  }

  function statusOf(bucket: LocalBucket): ThrottleStatus {
    return { maximumAvailable: bucket.limits.points, currentlyAvailable: Math.max(0, Math.floor(level(bucket, now()))), restoreRate: bucket.limits.restorePerSecond };
  }

  return {
    /** Admits a request that may cost `cost` points when that many are available (a request can never need more than a full bucket). */
    async admit(viewer: AuthenticatedViewer, cost: number): Promise<Admission> {
      const bucket = await bucketOf(viewer);
      if (now() - bucket.syncedAt >= settings.syncMs) await sync(viewer.tokenId, bucket);
      const needed = Math.min(cost, bucket.limits.points);
      const available = level(bucket, now());
      const allowed = needed <= available;
      const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((needed - available) / bucket.limits.restorePerSecond));
      return { allowed, status: statusOf(bucket), retryAfterSeconds };
    },

    /** Charges what a request actually cost; returns the bucket after it. */
    async charge(viewer: AuthenticatedViewer, cost: number): Promise<ThrottleStatus> {
      const bucket = await bucketOf(viewer);
      bucket.pending += cost;
      if (settings.syncMs === 0 || bucket.pending >= bucket.limits.points * PENDING_SHARE) {
        await sync(viewer.tokenId, bucket).catch((error: unknown) => logger?.warn({ err: error }, 'rate limit bucket not written; kept for the next write'));
      }
      return statusOf(bucket);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
