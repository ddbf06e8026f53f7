import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A webhook receiver on 127.0.0.1 for the webhook tests and the benchmark: records every request (headers and raw
// body) and answers what `answer` says (200 by default), e.g. 500 then 200, or a redirect.
export type Received = { headers: Record<string, string>; body: string; at: number };
export type Answer = { status: number; headers?: Record<string, string>; body?: string };

export async function startReceiver(
  answer: (request: Received, index: number) => Answer = () => ({ status: 200 }),
  /** Each answer waits this long after the request arrived (requests stay in flight). */
  delayMs = 0,
) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const request = { headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      received.push(request);
      const a = answer(request, received.length - 1);
      const send = () => res.writeHead(a.status, a.headers ?? {}).end(a.body ?? 'ok');
      if (delayMs > 0) setTimeout(send, delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
