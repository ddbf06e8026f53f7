import type { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { DEFAULT_LIMITS, type Limits, type RateLimitConfig } from '../../src/config';
import { createRateLimiter } from '../../src/modules/rate-limit/rate-limiter';
import { createAuthenticator } from '../../src/auth/authenticate';
import type { Viewer } from '../../src/auth/viewer';
import { createContext, type Context } from '../../src/context';
import type { Database } from '../../src/db/database';
import { STRICT_OUTBOUND_POLICY, type OutboundPolicy } from '../../src/outbound/outbound-policy';
import { DEV_SECRETS_KEY, SecretBox } from '../../src/secrets/secret-box';
import { createApolloServer } from '../../src/server';

/** The secrets box of test servers (the development key); give it to a worker that must open what they sealed. */
export const testSecrets = new SecretBox(DEV_SECRETS_KEY);

export type GraphQLResult = {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  http: { status?: number };
};

export const silentLogger = pino({ level: 'silent' });

/**
 * Runs operations through the real Apollo server (plugins, limits, formatError), without HTTP. `execute` acts as
 * `viewer` (default: the one set with `actAs`); `executeWithToken` authenticates a secret as HTTP requests do.
 */
export async function createTestServer(
  db: Database,
  limits: Partial<Limits> = {},
  {
    jit = true,
    rateLimit = null,
    outbound = STRICT_OUTBOUND_POLICY,
  }: { jit?: boolean; rateLimit?: RateLimitConfig; outbound?: OutboundPolicy } = {},
) {
  const rateLimiter = rateLimit ? createRateLimiter(db, rateLimit) : undefined;
  const server: ApolloServer<Context> = createApolloServer({
    logger: silentLogger,
    limits: { ...DEFAULT_LIMITS, ...limits },
    jit,
    rateLimiter,
  });
  await server.start();
  const authenticator = createAuthenticator(db);
  let defaultViewer: Viewer | undefined;
  async function run(
    contextValue: Context,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult> {
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { ...(response.body.singleResult as any), http: { status: response.http.status } };
  }
  return {
    actAs: (viewer: Viewer) => void (defaultViewer = viewer),
    execute: (query: string, variables?: Record<string, unknown>, viewer: Viewer | undefined = defaultViewer) =>
      run(
        createContext({ db, viewer, onTokenRevoked: authenticator.forget, outbound, secrets: testSecrets }),
        query,
        variables,
      ),
    executeWithToken: async (authorization: string | undefined, query: string, variables?: Record<string, unknown>) =>
      run(
        createContext({
          db,
          viewer: await authenticator.authenticate(authorization),
          onTokenRevoked: authenticator.forget,
          outbound,
          secrets: testSecrets,
        }),
        query,
        variables,
      ),
    stop: () => server.stop(),
  };
}
