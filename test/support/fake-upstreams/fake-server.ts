import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A fake upstream on 127.0.0.1 for the connector tests and the sync bench: answers by a route table of one
// contract, checks the credentials the contract expects, records every request, and fails on demand as real
// upstreams fail (the next N requests to a path).
export type FakeRequest = { method: string; path: string; query: URLSearchParams; headers: http.IncomingHttpHeaders };
export type Reply = { status: number; body: unknown; headers?: Record<string, string> };
export type Route = (req: FakeRequest) => Reply | null;

export type Failure =
  | { kind: 'status'; status: number; retryAfter?: string; body?: unknown; headers?: Record<string, string> }
  /** Answers exactly this text (a wrong content type, JSON the contract never produces). */
  | { kind: 'raw'; status: number; text: string; contentType: string }
  /** 200, then one byte every `everyMs`, never ending (a slow-drip body). */
  | { kind: 'drip'; everyMs: number }
  /** 200 with a body of `bytes` bytes streamed as fast as the client reads (`flooded` counts what it took). */
  | { kind: 'flood'; bytes: number }
  /** Never answers (the client's timeout fires). */
  | { kind: 'hang' }
  /** Closes the connection without an answer. */
  | { kind: 'reset' }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed' };

export type FakeUpstream = {
  url: string;
  requests: FakeRequest[];
  /** The next `times` requests whose path starts with `pathPrefix` fail so. */
  failNext: (pathPrefix: string, failure: Failure, times?: number) => void;
  /** Bytes of flood bodies the clients accepted before they dropped the connection (or the body ended). */
  flooded: () => number;
  /** From now on every answer waits `ms` (a slow upstream: a run long enough to be interrupted). */
  slow: (ms: number) => void;
  /** From now on every request answers the contract's refusal of bad credentials. */
  revoke: (status?: 401 | 403) => void;
  close: () => Promise<void>;
};

export type Contract = {
  routes: Route;
  /** Whether a request's headers carry the right credentials. */
  authorized: (headers: http.IncomingHttpHeaders) => boolean;
  /** The contract's body for a refused credential. */
  refusal: (status: 401 | 403) => unknown;
  notFound: (path: string) => unknown;
};

export async function startFakeUpstream(contract: Contract): Promise<FakeUpstream> {
  const requests: FakeRequest[] = [];
  const failures: { pathPrefix: string; failure: Failure; left: number }[] = [];
  let revoked: 401 | 403 | null = null;
  let delayMs = 0;
  let flooded = 0;
  const hanging = new Set<http.ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const request = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers };
    requests.push(request);
    const write = (reply: Reply) =>
      res
        .writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
        .end(JSON.stringify(reply.body));
    const send = (reply: Reply) => (delayMs ? setTimeout(() => write(reply), delayMs) : write(reply));
    const due = failures.find((f) => f.left > 0 && request.path.startsWith(f.pathPrefix));
    if (due) {
      due.left--;
      const f = due.failure;
      if (f.kind === 'hang') return void hanging.add(res);
      if (f.kind === 'reset') return void req.socket.destroy();
      if (f.kind === 'malformed')
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"tasks": [');
      if (f.kind === 'raw') return void res.writeHead(f.status, { 'content-type': f.contentType }).end(f.text);
      if (f.kind === 'drip') {
        res.writeHead(200, { 'content-type': 'application/json' }).write('{');
        const timer = setInterval(() => res.write(' '), f.everyMs);
        timers.add(timer);
        return void res.on('close', () => clearInterval(timer));
      }
      if (f.kind === 'flood') return flood(res, f.bytes, (n) => (flooded += n));
      return send({
        status: f.status,
        body: f.body ?? { error: `injected ${f.status}` },
        headers: { ...(f.retryAfter ? { 'retry-after': f.retryAfter } : {}), ...f.headers },
      });
    }
    if (revoked || !contract.authorized(req.headers)) {
      const status = revoked ?? 401;
      return send({ status, body: contract.refusal(status) });
    }
    send(contract.routes(request) ?? { status: 404, body: contract.notFound(request.path) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (pathPrefix, failure, times = 1) => failures.push({ pathPrefix, failure, left: times }),
    flooded: () => flooded,
    slow: (ms) => (delayMs = ms),
    revoke: (status = 401) => (revoked = status),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Streams `bytes` bytes of a JSON array (`[0,0,0,…`) in 1 MiB writes, each after the client took the last one. */
function flood(res: http.ServerResponse, bytes: number, took: (n: number) => void) {
  const chunk = Buffer.alloc(1024 * 1024, '0,');
  let left = bytes;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes) });
  const next = () => {
    while (left > 0 && !res.destroyed) {
      const part = left === bytes ? Buffer.concat([Buffer.from('['), chunk.subarray(1)]) : chunk;
      const piece = part.subarray(0, Math.min(part.length, left));
      left -= piece.length;
      if (!res.write(piece, () => took(piece.length))) return void res.once('drain', next);
    }
    if (left <= 0) res.end();
  };
  next();
}

/** Records offset by an opaque token, `limit` at a time: the page, and the token of the next (absent at the end). */
export function tokenPage<T>(items: T[], query: URLSearchParams, maxLimit = 100) {
  const limit = Math.min(maxLimit, Number(query.get('limit') ?? maxLimit) || maxLimit);
  const token = query.get('next_token');
  const offset = token ? Number(Buffer.from(token, 'base64url').toString('utf8').replace('offset:', '')) : 0;
  const page = items.slice(offset, offset + limit);
  const next =
    offset + limit < items.length ? Buffer.from(`offset:${offset + limit}`).toString('base64url') : undefined;
  return { page, next };
}

export const bearer = (key: string | null) => (headers: http.IncomingHttpHeaders) =>
  key === null || headers.authorization === `Bearer ${key}`;
