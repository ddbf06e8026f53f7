import http from 'node:http';
import type { HostileRequest } from './request';

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string; error?: string; ms: number };

/** Sends one request over HTTP with Node's client (any method, header or body bytes, which fetch refuses some of). */
export function send(base: URL, request: HostileRequest, agent: http.Agent | false, retried = false): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve) => {
    const made = typeof request.body === 'function' ? request.body() : request.body;
    const body = made === undefined ? undefined : Buffer.isBuffer(made) ? made : Buffer.from(made, 'utf8');
    const headers: http.OutgoingHttpHeaders = { ...request.headers };
    if (body) headers['content-length'] = body.length;
    let req: http.ClientRequest;
    try {
      req = http.request(
        { host: base.hostname, port: base.port, method: request.method, path: request.path, headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
              ms: Date.now() - started,
            }),
          );
          res.on('error', (e) =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
              error: String(e),
              ms: Date.now() - started,
            }),
          );
        },
      );
    } catch (error) {
      // The client itself refused it (e.g. a header value Node will not send): nothing reached the server.
      resolve({ status: -1, headers: {}, text: '', error: `client refused: ${(error as Error).message}`, ms: 0 });
      return;
    }
    req.setTimeout(15_000, () => req.destroy(new Error('no answer within 15 s')));
    req.on('error', (e: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed just as it was reused: send again on a new connection (once).
      if (req.reusedSocket && e.code === 'ECONNRESET' && !retried) resolve(send(base, request, false, true));
      else resolve({ status: 0, headers: {}, text: '', error: String(e), ms: Date.now() - started });
    });
    req.end(body);
  });
}

/** What is wrong with an answer, or an empty list. */
export function problemsOf(request: HostileRequest, answer: Answer): string[] {
  if (answer.status === -1) return []; // never sent
  const problems: string[] = [];
  if (answer.error) problems.push(`transport error: ${answer.error}`);
  // 504 is the request deadline's designed answer (one QUERY_TIMEOUT error): checked below, reported apart.
  if (answer.status >= 500 && !(answer.status === 504 && /"QUERY_TIMEOUT"/.test(answer.text)))
    problems.push(`HTTP ${answer.status}`);
  if (request.allowNonJson?.includes(answer.status) && !answer.text.trim().startsWith('{')) return problems;
  // HEAD answers, 204 (a CORS preflight) and 304 have no body by HTTP's definition.
  if (request.method === 'HEAD' || answer.status === 204 || answer.status === 304) return problems;
  let body: any;
  try {
    body = JSON.parse(answer.text);
  } catch {
    problems.push(
      `HTTP ${answer.status} with a body that is not JSON (${answer.headers['content-type'] ?? 'no content-type'}): ${JSON.stringify(answer.text.slice(0, 120))}`,
    );
    return problems;
  }
  const results = Array.isArray(body) ? body : [body];
  for (const result of results) {
    if (result === null || typeof result !== 'object') {
      problems.push(`a reply that is not an object: ${JSON.stringify(result)?.slice(0, 80)}`);
      continue;
    }
    if (answer.status >= 400 && !Array.isArray(result.errors) && request.path.startsWith('/graphql'))
      problems.push(`HTTP ${answer.status} without errors`);
    for (const error of Array.isArray(result.errors) ? result.errors : []) {
      const code = error?.extensions?.code;
      if (typeof code !== 'string' || !code)
        problems.push(`an error without extensions.code: ${JSON.stringify(error).slice(0, 200)}`);
      else if (code === 'INTERNAL_SERVER_ERROR')
        problems.push(`INTERNAL_SERVER_ERROR at HTTP ${answer.status}: ${JSON.stringify(error).slice(0, 200)}`);
    }
    for (const userError of userErrorsIn(result.data)) {
      if (typeof userError?.code !== 'string' || !userError.code)
        problems.push(`a userError without a code: ${JSON.stringify(userError).slice(0, 200)}`);
    }
  }
  if (/\n\s+at .+:\d+:\d+\)?/.test(answer.text) || /SQLITE_|syntax error at or near|node_modules\//.test(answer.text))
    problems.push('a stack trace or SQL in the reply');
  return problems;
}

/** Every `userErrors` entry anywhere in a result's data (iteratively: answers may be big). */
function userErrorsIn(data: unknown): any[] {
  const found: any[] = [];
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
      continue;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === 'userErrors' && Array.isArray(v)) found.push(...v);
      else stack.push(v);
    }
  }
  return found;
}

/** Runs `items` through `worker` with at most `concurrency` in flight. */
export async function pool<T>(items: T[], concurrency: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await worker(items[next++]);
    }),
  );
}
