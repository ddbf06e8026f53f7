import pino from 'pino';
import type { Viewer } from '../auth/viewer';
import { DEFAULT_LIMITS } from '../config';
import { createContext } from '../context';
import type { Database } from '../db/database';
import { createApolloServer } from '../server';

/** Runs a GraphQL operation as a viewer; throws on an error or a userError, returns the `data`. */
export type DemoGraphQL = (
  viewer: Viewer,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<Record<string, any>>;

/**
 * The demo writes through the application's own schema: the real Apollo server (validation, limits, role checks,
 * resolvers and services), executed in process without HTTP, with a context as each demo account. Whatever a
 * user's mutation does, the demo's does too, so the demo cannot disagree with the services.
 */
export async function createDemoClient(db: Database): Promise<{ gql: DemoGraphQL; stop: () => Promise<void> }> {
  // Only errors are logged (to stderr): an internal error of a service names its cause there, not in the answer.
  const server = createApolloServer({
    logger: pino({ level: 'error' }, pino.destination(2)),
    limits: DEFAULT_LIMITS,
    jit: false,
  });
  await server.start();
  const gql: DemoGraphQL = async (viewer, query, variables) => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createContext({ db, viewer }) },
    );
    if (response.body.kind !== 'single') throw new Error('demo seeding: expected a single result');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(`demo seeding: ${errors.map((e) => e.message).join('; ')}\n${query}`);
    for (const payload of Object.values(data ?? {})) {
      const userErrors = (payload as { userErrors?: unknown[] } | null)?.userErrors;
      if (userErrors?.length) throw new Error(`demo seeding: ${JSON.stringify(userErrors)}\n${query}`);
    }
    return data as Record<string, any>;
  };
  return { gql, stop: () => server.stop() };
}
