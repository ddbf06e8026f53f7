import { createAccess, type Access } from './auth/access';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import type { Database } from './db/database';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives; made anew for each request. */
export type Context = {
  db: Database;
  loaders: Loaders;
  access: Access;
  /** Tells the authenticator a token was revoked, so this process stops accepting it at once. */
  onTokenRevoked: (tokenId: string) => void;
};

type ContextOptions = { db: Database; viewer?: Viewer; onTokenRevoked?: (tokenId: string) => void };

export function createContext({ db, viewer = ANONYMOUS, onTokenRevoked = () => {} }: ContextOptions): Context {
  const loaders = createLoaders(db);
  return { db, loaders, access: createAccess(db, viewer, loaders), onTokenRevoked };
}
