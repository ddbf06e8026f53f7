import type { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { DEFAULT_LIMITS, type Limits } from '../../src/config';
import { createContext, type Context } from '../../src/context';
import type { Database } from '../../src/db/database';
import { createApolloServer } from '../../src/server';

export type GraphQLResult = {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  http: { status?: number };
};

export const silentLogger = pino({ level: 'silent' });

/** Runs operations through the real Apollo server (plugins, limits, formatError), without HTTP. */
export async function createTestServer(db: Database, limits: Partial<Limits> = {}) {
  const server: ApolloServer<Context> = createApolloServer({ logger: silentLogger, limits: { ...DEFAULT_LIMITS, ...limits } });
  await server.start();
  async function execute(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext({ db }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { ...(response.body.singleResult as any), http: { status: response.http.status } };
  }
  return { execute, stop: () => server.stop() };
}
