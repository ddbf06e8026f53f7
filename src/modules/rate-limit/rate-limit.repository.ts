import { sql } from 'kysely';
import type { AuthenticatedViewer } from '../../auth/viewer';
import type { Database } from '../../db/database';
import { isPostgres } from '../../db/dialect';

export type BucketLimits = { points: number; restorePerSecond: number };
export type BucketState = { available: number; atMs: number };

/**
 * Applies this instance's charges since its last write and the refill since the bucket's last write, in one
 * upsert, and returns the bucket as it now is: `available = min(points, available + elapsed * rate) - charged`. It
 * may go below zero (a request admitted on its estimate produced more, or instances overlapped): the debt is repaid
 * by the refill before the token is admitted again. Concurrent instances serialise on the row, so none loses
 * another's charge.
 */
export async function applyToBucket(
  db: Database,
  tokenId: string,
  limits: BucketLimits,
  charged: number,
  nowMs: number,
): Promise<BucketState> {
  const [least, greatest] = isPostgres(db) ? [sql.raw('least'), sql.raw('greatest')] : [sql.raw('min'), sql.raw('max')];
  const { points, restorePerSecond } = limits;
  const refilled = sql`${least}(cast(${points} as double precision), b.available + ${greatest}(0, ${nowMs} - b.updated_at_ms) * cast(${restorePerSecond} as double precision) / 1000.0)`;
  const result = await sql<{ available: number | string; at: number | string }>`
    insert into rate_limit_bucket as b (token_id, available, updated_at_ms)
    values (${tokenId}, cast(${points - charged} as double precision), ${nowMs})
    on conflict (token_id) do update set
      available = ${refilled} - ${charged},
      updated_at_ms = ${greatest}(b.updated_at_ms, ${nowMs})
    returning available, updated_at_ms as at`.execute(db);
  const row = result.rows[0];
  return { available: Number(row.available), atMs: Number(row.at) };
}

/** Slugs of the organizations a token acts for: a service token's own, a person's memberships (for overrides). */
export async function organizationSlugsOf(db: Database, viewer: AuthenticatedViewer): Promise<string[]> {
  const query =
    viewer.kind === 'service'
      ? db.selectFrom('organization').select('slug').where('id', '=', viewer.organizationId)
      : db
          .selectFrom('organization')
          .innerJoin('organizationMember as m', 'm.organizationId', 'organization.id')
          .select('slug')
          .where('m.userId', '=', viewer.userId);
  return (await query.execute()).map((r) => r.slug);
}
