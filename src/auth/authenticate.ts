import type { Database } from '../db/database';
import { findActiveTokenByHash, updateTokenLastUsedAt } from '../modules/access/access.repository';
import { hashSecret, secretFromHeader } from './tokens';
import { ANONYMOUS, type AuthenticatedViewer, type Viewer } from './viewer';

export type AuthenticatorOptions = {
  /** How long a token lookup is reused in this process (a revocation elsewhere takes up to this long). */
  cacheMs?: number;
  /** lastUsedAt is written at most this often per token. */
  touchEveryMs?: number;
  now?: () => number;
};

const MAX_CACHED = 10_000;

/**
 * Turns an Authorization header into a Viewer: at most one SELECT (none when cached) and at most one UPDATE
 * (lastUsedAt, once a minute) per request. A missing, unknown or revoked token gives the anonymous viewer.
 */
export function createAuthenticator(
  db: Database,
  { cacheMs = 5_000, touchEveryMs = 60_000, now = Date.now }: AuthenticatorOptions = {},
) {
  const cache = new Map<string, { viewer: AuthenticatedViewer; expiresAt: number }>();
  const touchedAt = new Map<string, number>();

  async function lookup(tokenHash: string): Promise<AuthenticatedViewer | null> {
    const cached = cache.get(tokenHash);
    if (cached && cached.expiresAt > now()) return cached.viewer;
    const row = await findActiveTokenByHash(db, tokenHash);
    if (!row) {
      cache.delete(tokenHash);
      return null;
    }
    const viewer: AuthenticatedViewer = row.userId
      ? { kind: 'user', tokenId: row.id, userId: row.userId }
      : { kind: 'service', tokenId: row.id, organizationId: row.organizationId!, role: row.serviceRole! };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(tokenHash, { viewer, expiresAt: now() + cacheMs });
    return viewer;
  }

  return {
    async authenticate(authorization: string | undefined): Promise<Viewer> {
      const secret = secretFromHeader(authorization);
      if (!secret) return ANONYMOUS;
      const viewer = await lookup(hashSecret(secret));
      if (!viewer) return ANONYMOUS;
      const last = touchedAt.get(viewer.tokenId);
      if (last === undefined || now() - last >= touchEveryMs) {
        touchedAt.set(viewer.tokenId, now());
        await updateTokenLastUsedAt(db, viewer.tokenId, new Date(now()).toISOString());
      }
      return viewer;
    },
    /** Drops a revoked token from this process's cache at once. */
    forget(tokenId: string): void {
      for (const [hash, entry] of cache) if (entry.viewer.tokenId === tokenId) cache.delete(hash);
      touchedAt.delete(tokenId);
    },
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
