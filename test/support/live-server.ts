import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';

type ExecutionResult<T = any> = FormattedExecutionResult<T, unknown>;
import pino from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { startAnnograph, type RunningServer, type StartOptions } from '../../src/start';
import { createTestDb, type TestDb } from './db';
import { insertProject } from './factories';

/** The real server (HTTP and WebSocket) on 127.0.0.1, port 0, over a fresh test database with one project. */
export async function startLiveServer(env: Record<string, string> = {}, options: StartOptions = {}) {
  const t: TestDb = await createTestDb();
  const { projectId, organizationId, owner } = await insertProject(t.db, 'Live project');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CODING_WORKER: 'off', ...env });
  const server: RunningServer = await startAnnograph(config, pino({ level: 'silent' }), t.db, options);
  const wsUrl = server.url.replace(/^http/, 'ws');
  const post = async (secret: string, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as ExecutionResult<any> };
  };
  return { t, server, wsUrl, projectId, organizationId, owner, post };
}

export type LiveServer = Awaited<ReturnType<typeof startLiveServer>>;

/** A graphql-ws client; `closed` resolves with the close event's code and reason. */
export function liveClient(url: string, connectionParams?: Record<string, unknown>, headers?: Record<string, string>) {
  let closed!: (event: { code: number; reason: string }) => void;
  const closedWith = new Promise<{ code: number; reason: string }>((resolve) => (closed = resolve));
  const client: Client = createClient({
    url,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    // A refused or closed connection is what several tests expect; `closedWith` reports it.
    onNonLazyError: () => {},
    on: { closed: (event) => closed(event as { code: number; reason: string }) },
  });
  return { client, closedWith };
}

/** Collects a subscription's events until `until` holds (or the stream ends); the results and how it ended. */
export function collect<T = any>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  until: (events: ExecutionResult<T>[]) => boolean = () => false,
) {
  const events: ExecutionResult<T>[] = [];
  let unsubscribe = () => {};
  const done = new Promise<{ events: ExecutionResult<T>[]; ended: 'complete' | 'error' | 'until'; error?: unknown }>(
    (resolve) => {
      unsubscribe = client.subscribe<T>(
        { query, variables },
        {
          next: (value) => {
            events.push(value);
            if (until(events)) {
              unsubscribe();
              resolve({ events, ended: 'until' });
            }
          },
          error: (error) => resolve({ events, ended: 'error', error }),
          complete: () => resolve({ events, ended: 'complete' }),
        },
      );
    },
  );
  return { events, done, stop: () => unsubscribe() };
}

/** Waits until `condition` holds (polling every 10 ms); fails after `ms`. */
export async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
