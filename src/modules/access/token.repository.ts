import type { Database } from '../../db/database';
import type { Role } from '../../graphql/types.generated';

export function findActiveTokenByHash(db: Database, tokenHash: string) {
  return db
    .selectFrom('apiToken')
    .select(['id', 'userId', 'organizationId', 'serviceRole'])
    .where('tokenHash', '=', tokenHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

export async function touchToken(db: Database, tokenId: string, at: string): Promise<void> {
  await db.updateTable('apiToken').set({ lastUsedAt: at }).where('id', '=', tokenId).execute();
}

export type NewToken = { id: string; name: string; tokenHash: string; prefix: string; createdAt: string } & (
  | { userId: string; organizationId?: null; serviceRole?: null }
  | { userId?: null; organizationId: string; serviceRole: Role }
);

export function insertToken(db: Database, token: NewToken) {
  return db.insertInto('apiToken').values(token).returningAll().executeTakeFirstOrThrow();
}

/** Revokes a token unless it already is (one conditional statement: of two racing calls, one wins). */
export function revokeToken(db: Database, tokenId: string, at: string) {
  return db
    .updateTable('apiToken')
    .set({ revokedAt: at })
    .where('id', '=', tokenId)
    .where('revokedAt', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
