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

const KNOWN = new Set<string>(TOP_LEVEL_CODES);

/**
 * Apollo's formatError: passes errors Annograph or Apollo raised on purpose, and masks everything else
 * as INTERNAL_SERVER_ERROR after logging it (never a stack or an SQL message to the client).
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const deliberate =
      original instanceof AppError ||
      (original instanceof GraphQLError && !original.originalError && typeof code === 'string' && KNOWN.has(code));
    if (deliberate) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while executing a request');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
