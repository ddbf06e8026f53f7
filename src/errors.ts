import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

// Top-level error codes a client may see (DECISIONS.md D4). Anything else is masked.
export const TOP_LEVEL_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_NOT_TRUSTED',
  'RATE_LIMITED',
  'QUERY_TIMEOUT',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type TopLevelCode = (typeof TOP_LEVEL_CODES)[number];

/** An error the client caused or may know about; its message and extensions are sent as they are. */
export class AppError extends GraphQLError {
  constructor(message: string, code: TopLevelCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const badUserInput = (message: string, extensions?: Record<string, unknown>) =>
  new AppError(message, 'BAD_USER_INPUT', extensions);

/** QUERY_TIMEOUT's message when PostgreSQL's statement_timeout canceled a statement (SQLSTATE 57014). */
export const STATEMENT_TIMEOUT_MESSAGE =
  'A database statement ran past its time limit (statement_timeout) and was canceled';

/** The innermost error: what a resolver, a rule or a library actually threw. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Apollo's formatError. A GraphQLError at the root (AppError, a validation rule, the parser, variable
 * coercion) was raised on purpose and is sent as it is, with the root's code when it set one. Anything else
 * (a TypeError, a driver error) is logged and masked as INTERNAL_SERVER_ERROR: no stack, no SQL.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const root = rootCause(unwrapResolverError(error));
    if (root instanceof GraphQLError) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      // Apollo's own request errors (a persisted-query hash that does not match, a bad version) carry an HTTP 4xx
      // but no code; Apollo would default them to INTERNAL_SERVER_ERROR.
      const status = (root.extensions?.http as { status?: number } | undefined)?.status;
      const fallback =
        status !== undefined && status >= 400 && status < 500 && extensions.code === 'INTERNAL_SERVER_ERROR'
          ? 'BAD_REQUEST'
          : extensions.code;
      const code = root.extensions?.code ?? fallback;
      return { ...formatted, extensions: { ...extensions, code } };
    }
    // PostgreSQL refusing a character of client text (NUL: character_not_in_repertoire 22021, untranslatable 22P05).
    const sqlState = typeof root === 'object' && root !== null ? (root as { code?: unknown }).code : undefined;
    if (sqlState === '22021' || sqlState === '22P05') {
      return {
        message: 'Text may not contain NUL characters (U+0000)',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    // PostgreSQL's query_canceled (SQLSTATE 57014): statement_timeout stopped a statement (src/db/deadline.ts).
    if (typeof root === 'object' && root !== null && (root as { code?: unknown }).code === '57014') {
      logger.warn({ path: formatted.path }, 'a statement ran past statement_timeout and was canceled');
      return { message: STATEMENT_TIMEOUT_MESSAGE, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
    }
    logger.error({ err: root, path: formatted.path }, 'unexpected error while executing a request');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
