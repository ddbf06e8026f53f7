import autocannon from 'autocannon';

export type Request =
  | { body: string }
  | { setup: (context: Record<string, any>) => string; onBody?: (body: string, context: Record<string, any>) => void };
export type LoadResult = {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

/**
 * Drives `url` with autocannon from this process: `connections` keep-alive connections, each cycling through
 * `requests` in order (a request's onBody can hand an id to the next one, as M2's create -> data -> commit -> abort does).
 */
export async function drive(
  url: string,
  headers: Record<string, string>,
  requests: Request[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests: requests.map((r) =>
      'body' in r
        ? { method: 'POST' as const, body: r.body }
        : {
            method: 'POST' as const,
            setupRequest: (req: any, context: any) => ({ ...req, body: r.setup(context) }),
            onResponse: r.onBody
              ? (_status: number, body: string, context: any) => r.onBody!(body, context)
              : undefined,
          },
    ),
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
