import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { OutboundRefused, safeUrl, vetOutboundUrl, type OutboundPolicy, type ResolvedAddress } from './outbound-policy';

// The one way Annograph calls out over HTTP (D9): inference providers now, webhooks and connectors next. The URL is
// vetted (outbound-policy.ts) and the connection goes to the addresses vetted, never to a second resolution (DNS
// rebinding); a redirect is answered as it is, never followed; the whole call has a deadline; the body is read up to
// a cap, then the connection is dropped.

export type OutboundInit = {
  method: 'POST' | 'GET';
  headers?: Record<string, string>;
  body?: string;
  /** Deadline of the whole call (resolution, connection, answer and body), in ms; default 10 000. */
  timeoutMs?: number;
  /** Bytes of the body kept; past them the connection is dropped and `truncated` is true. Default 64 KiB. */
  maxResponseBytes?: number;
};

export type OutboundResponse = {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body as UTF-8, at most maxResponseBytes of it. */
  body: string;
  truncated: boolean;
  durationMs: number;
  /** The address connected to (one of those vetted). */
  address: string;
};

export const DEFAULT_OUTBOUND_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

/** A call that was allowed but did not get an answer: DNS failure, connection error, reset, timeout. */
export class OutboundFailed extends Error {
  override name = 'OutboundFailed';
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly timedOut = false,
    /** The vetted address the connection went to, when it got that far. */
    readonly address: string | null = null,
  ) {
    super(`Call to ${safeUrl(url)} failed: ${reason}`);
  }
}

export { OutboundRefused };

/** Hands node:net the vetted addresses instead of resolving the name again. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = typeof options === 'object' ? options.family : options;
    const fitting = addresses.filter((a) => !family || a.family === family);
    const usable = fitting.length ? fitting : addresses;
    if (typeof options === 'object' && options.all) (callback as any)(null, usable);
    else callback(null, usable[0].address, usable[0].family);
  };
}

export async function outboundRequest(
  url: string,
  init: OutboundInit,
  policy: OutboundPolicy,
): Promise<OutboundResponse> {
  const started = performance.now();
  const timeoutMs = init.timeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS;
  const maxBytes = init.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const timedOut = () => new OutboundFailed(url, `timed out after ${timeoutMs} ms`, true);
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(timedOut());
      abort.abort();
    }, timeoutMs);
  });
  deadline.catch(() => {});
  try {
    const target = await Promise.race([
      vetOutboundUrl(url, policy).catch((error: unknown) => {
        if (error instanceof OutboundRefused) throw error;
        const code = (error as { code?: string }).code;
        throw new OutboundFailed(
          url,
          `could not resolve ${new URL(url).hostname}: ${code ?? (error as Error).message}`,
        );
      }),
      deadline,
    ]);
    return await Promise.race([
      send(url, target.url, target.addresses, init, maxBytes, started, abort.signal),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function send(
  url: string,
  target: URL,
  addresses: ResolvedAddress[],
  init: OutboundInit,
  maxBytes: number,
  started: number,
  signal: AbortSignal,
): Promise<OutboundResponse> {
  return new Promise<OutboundResponse>((resolve, reject) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
    let address: string | null = null;
    const request = (target.protocol === 'https:' ? https : http).request(target, {
      method: init.method,
      headers,
      // A fresh connection each time: a pooled socket would skip the lookup below (and was vetted for another call).
      agent: false,
      lookup: pinnedLookup(addresses),
      signal,
    });
    const fail = (error: Error) => {
      request.destroy();
      reject(
        new OutboundFailed(
          url,
          (error as { code?: string }).code ?? error.message,
          false,
          address ?? addresses[0].address,
        ),
      );
    };
    request.on('socket', (socket) => {
      socket.once('lookup', (_error: Error | null, looked: string) => (address = looked));
      socket.once('connect', () => (address = socket.remoteAddress ?? address));
    });
    request.on('error', fail);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const finish = () => {
        const result: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers))
          if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({
          status: response.statusCode ?? 0,
          headers: result,
          body: Buffer.concat(chunks).toString('utf8'),
          truncated,
          durationMs: Math.round(performance.now() - started),
          address: address ?? addresses[0].address,
        });
      };
      response.on('data', (chunk: Buffer) => {
        if (truncated) return;
        if (size + chunk.length > maxBytes) {
          chunks.push(chunk.subarray(0, maxBytes - size));
          size = maxBytes;
          truncated = true;
          // Enough read: drop the connection rather than read (or wait for) the rest.
          request.destroy();
          finish();
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      response.on('end', () => !truncated && finish());
      response.on('error', (error) => !truncated && fail(error));
      response.on('aborted', () => !truncated && fail(new Error('the connection was closed mid-answer')));
    });
    request.end(init.body);
  });
}
