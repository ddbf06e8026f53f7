// Why a run stops. Each says what the upstream did in words an operator can act on; none carries a stack or a secret.

/** The upstream refused the credentials (401/403): no retry, the run fails; the connector needs new credentials. */
export class UpstreamAuthError extends Error {
  override name = 'UpstreamAuthError';
  constructor(
    message: string,
    readonly status: 401 | 403,
  ) {
    super(message);
  }
}

/** The upstream kept failing (5xx, 429, timeouts, resets, malformed JSON) past the retry policy, or answered 4xx. */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  /** The HTTP status of a final 4xx answer (a pager may take one as "gone" rather than end the run). */
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The upstream broke its own paging contract (a next_token that repeats, a cursor that goes backwards). */
export class UpstreamProtocolError extends Error {
  override name = 'UpstreamProtocolError';
}

export const isUpstreamError = (error: unknown): error is Error =>
  error instanceof UpstreamAuthError || error instanceof UpstreamError || error instanceof UpstreamProtocolError;
