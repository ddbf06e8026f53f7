import type { Database } from './db/database';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives; made anew for each request. */
export type Context = {
  db: Database;
  loaders: Loaders;
};

export function createContext({ db }: { db: Database }): Context {
  return { db, loaders: createLoaders(db) };
}
