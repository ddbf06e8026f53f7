import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  parseOutboundAllowedHosts,
  STRICT_OUTBOUND_POLICY,
  type OutboundPolicy,
  type Resolver,
} from '../../src/outbound/outbound-policy';
import { OutboundFailed, OutboundRefused, outboundRequest } from '../../src/outbound/outbound-request';

// One local server on 127.0.0.1 (allowed below by address) with a route per behaviour.
let server: http.Server;
let port: number;
const hits: string[] = [];
const LOCAL = parseOutboundAllowedHosts('127.0.0.1');

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url!);
    if (req.url === '/redirect') res.writeHead(302, { location: `http://127.0.0.1:${port}/target` }).end('moved');
    else if (req.url === '/target') res.writeHead(200).end('followed');
    else if (req.url === '/large') {
      // 1 MiB in 16 KiB chunks, never ending on its own quickly: the cap must stop reading.
      let sent = 0;
      res.writeHead(200, { 'content-type': 'text/plain' });
      const more = () => {
        while (sent < 1024 * 1024 && res.write('x'.repeat(16 * 1024))) sent += 16 * 1024;
        if (sent < 1024 * 1024) res.once('drain', more);
        else res.end();
      };
      more();
    } else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 2_000).unref();
    else if (req.url === '/echo') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () =>
        res
          .writeHead(201, { 'x-seen-auth': req.headers.authorization ?? '', 'set-cookie': ['a=1', 'b=2'] })
          .end(JSON.stringify({ method: req.method, body })),
      );
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => void (hits.length = 0));

describe('outboundRequest', () => {
  it('sends the method, headers and body, and reports the answer', async () => {
    const response = await outboundRequest(
      `http://127.0.0.1:${port}/echo`,
      { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: '{"a":1}' },
      LOCAL,
    );
    expect(response).toMatchObject({ status: 201, truncated: false, address: '127.0.0.1' });
    expect(JSON.parse(response.body)).toEqual({ method: 'POST', body: '{"a":1}' });
    expect(response.headers['x-seen-auth']).toBe('Bearer k');
    expect(response.headers['set-cookie']).toBe('a=1, b=2');
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses a loopback URL that is not allowed, without connecting', async () => {
    const call = outboundRequest(`http://127.0.0.1:${port}/echo`, { method: 'GET' }, STRICT_OUTBOUND_POLICY);
    await expect(call).rejects.toBeInstanceOf(OutboundRefused);
    await expect(call).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
    expect(hits).toEqual([]);
  });

  it('returns a redirect as it is and does not follow it', async () => {
    const response = await outboundRequest(`http://127.0.0.1:${port}/redirect`, { method: 'GET' }, LOCAL);
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`http://127.0.0.1:${port}/target`);
    expect(response.body).toBe('moved');
    expect(hits).toEqual(['/redirect']);
  });

  it('reads the body up to the cap, then drops the connection', async () => {
    const response = await outboundRequest(
      `http://127.0.0.1:${port}/large`,
      { method: 'GET', maxResponseBytes: 1000 },
      LOCAL,
    );
    expect(response.truncated).toBe(true);
    expect(response.body).toBe('x'.repeat(1000));
    const whole = await outboundRequest(`http://127.0.0.1:${port}/large`, { method: 'GET' }, LOCAL);
    expect(whole.truncated).toBe(true);
    expect(whole.body).toHaveLength(64 * 1024);
    const small = await outboundRequest(
      `http://127.0.0.1:${port}/target`,
      { method: 'GET', maxResponseBytes: 8 },
      LOCAL,
    );
    expect(small).toMatchObject({ body: 'followed', truncated: false });
  });

  it('times out on a slow server', async () => {
    const started = Date.now();
    const call = outboundRequest(`http://127.0.0.1:${port}/slow`, { method: 'GET', timeoutMs: 200 }, LOCAL);
    await expect(call).rejects.toBeInstanceOf(OutboundFailed);
    await expect(call).rejects.toMatchObject({ timedOut: true, reason: 'timed out after 200 ms' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('reports a connection failure as OutboundFailed', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(outboundRequest(`http://127.0.0.1:${freePort}/`, { method: 'GET' }, LOCAL)).rejects.toMatchObject({
      name: 'OutboundFailed',
      reason: 'ECONNREFUSED',
      timedOut: false,
    });
  });

  describe('DNS rebinding', () => {
    /** A resolver that answers `first` once and `later` after that, counting its calls. */
    const rebinding = (first: string, later: string) => {
      const calls: string[] = [];
      const resolve: Resolver = async (host) => {
        calls.push(host);
        return [{ address: calls.length === 1 ? first : later, family: 4 }];
      };
      return { calls, resolve };
    };

    it('connects to the address it vetted (public), never to what a second lookup gives (loopback)', async () => {
      const dns = rebinding('93.184.215.14', '127.0.0.1');
      const policy: OutboundPolicy = { ...STRICT_OUTBOUND_POLICY, resolve: dns.resolve };
      const error = await outboundRequest(
        `http://rebind.test:${port}/echo`,
        { method: 'GET', timeoutMs: 300 },
        policy,
      ).then(
        () => null,
        (e: unknown) => e,
      );
      // The public address is unreachable from here (or answers something else): what matters is where it went.
      expect(error).toBeInstanceOf(OutboundFailed);
      expect(dns.calls).toEqual(['rebind.test']);
      expect(hits).toEqual([]);
    });

    it('uses the one vetted answer for the connection (the local server, allowed by CIDR)', async () => {
      const dns = rebinding('127.0.0.1', '10.9.9.9');
      const policy: OutboundPolicy = { ...parseOutboundAllowedHosts('127.0.0.1/32'), resolve: dns.resolve };
      const response = await outboundRequest(`http://rebind.test:${port}/target`, { method: 'GET' }, policy);
      expect(response).toMatchObject({ status: 200, body: 'followed', address: '127.0.0.1' });
      expect(dns.calls).toEqual(['rebind.test']);
    });

    it('connects to a vetted 127.0.0.2, not to a rebound 127.0.0.1 where the server listens', async () => {
      const dns = rebinding('127.0.0.2', '127.0.0.1');
      const policy: OutboundPolicy = { ...parseOutboundAllowedHosts('127.0.0.2'), resolve: dns.resolve };
      const error = await outboundRequest(
        `http://rebind.test:${port}/echo`,
        { method: 'GET', timeoutMs: 1_000 },
        policy,
      ).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: 'OutboundFailed', address: '127.0.0.2' });
      expect(dns.calls).toEqual(['rebind.test']);
      expect(hits).toEqual([]);
    });

    it('refuses when the first answer is already loopback', async () => {
      const dns = rebinding('127.0.0.1', '93.184.215.14');
      const policy: OutboundPolicy = { ...STRICT_OUTBOUND_POLICY, resolve: dns.resolve };
      await expect(outboundRequest(`http://rebind.test:${port}/echo`, { method: 'GET' }, policy)).rejects.toThrow(
        /rebind\.test resolves to 127\.0\.0\.1, which is a loopback address/,
      );
      expect(hits).toEqual([]);
    });
  });
});
