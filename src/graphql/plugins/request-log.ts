import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

/** One log line per GraphQL request: operation, duration, HTTP status and error codes. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, errors, operationName }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          logger.info(
            {
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round(durationMs * 100) / 100,
              status: response.http.status ?? 200,
              errorCodes: codes.length ? codes : undefined,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
